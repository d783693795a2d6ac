import type { APIRoute, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { CSV_TABLES, csvTable, type CsvTable } from '../../views/data/open-data.ts';
import { REGION_GROUP } from '../../config/site.ts';

/** `/data/memberships.csv`, `/data/borders.csv`, `/data/stances.csv`. */
export const getStaticPaths = (() => CSV_TABLES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(csvTable(await knowledgeBase(), params.table as CsvTable, REGION_GROUP), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
