import type { APIRoute } from 'astro';
import { ENTRY_ROUTE_COLLECTIONS, SITE } from '../../data/paths.ts';
import { knowledgeBase } from '../../data/kb.ts';
import { SITE_VERSION } from '../../data/version.ts';
import { entryView } from '../../views/entry/entry-view.ts';

/** `/data/citations.json`: every entry page's CSL-JSON record, as its "Cite this entry" uses it. */
export const GET: APIRoute = async () => {
  const kb = await knowledgeBase();
  const served = new Set<string>(ENTRY_ROUTE_COLLECTIONS);
  const items = kb.entries
    .filter((e) => served.has(e.collection))
    .map((e) => entryView(kb, e.id, SITE, SITE_VERSION).citation!.csl);
  return new Response(JSON.stringify(items, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
