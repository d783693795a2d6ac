import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { previewData } from '../../views/pages/previews.ts';

/** Title, kind and summary of every entry, fetched once by the link-preview enhancement. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(previewData(await knowledgeBase())), { headers: { 'Content-Type': 'application/json' } });
