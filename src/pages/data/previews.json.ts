import type { APIRoute } from 'astro';
import { previewData } from '../../data/open-data.ts';

/** Title, kind and summary of every entry, fetched once by the link-preview enhancement. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await previewData()), { headers: { 'Content-Type': 'application/json' } });
