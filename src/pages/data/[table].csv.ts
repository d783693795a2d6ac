import type { APIRoute, GetStaticPaths } from 'astro';
import { CSV_TABLES, csvTable, type CsvTable } from '../../data/open-data.ts';

/** `/data/memberships.csv`, `/data/borders.csv`, `/data/stances.csv`. */
export const getStaticPaths = (() => CSV_TABLES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await csvTable(params.table as CsvTable), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
