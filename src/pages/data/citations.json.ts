import type { APIRoute } from 'astro';
import { currentKnowledgeBase } from '../../data/kb.ts';
import { BROWSE_COLLECTIONS } from '../../model/ids.ts';

/** `/data/citations.json`: every entry page's CSL-JSON record, as its "Cite this entry" uses it. */
export const GET: APIRoute = async () => {
  const kb = await currentKnowledgeBase();
  const served = new Set<string>(BROWSE_COLLECTIONS);
  const items = kb.index.entries.filter((e) => served.has(e.collection)).map((e) => kb.page(e.id).citation!.csl);
  return new Response(JSON.stringify(items, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
