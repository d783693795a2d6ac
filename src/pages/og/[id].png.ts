import type { APIRoute, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { socialImage } from '../../data/social-image.ts';
import { factText } from '../../lib/fact-text.ts';
import { COLLECTION_LABELS, kindLabel } from '../../lib/kinds.ts';
import { keyFact } from '../../lib/views.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../site.config.ts';

/** A 1200×630 social image per entry, and one for the site (`/og/site.png`). */
export const getStaticPaths = (async () => {
  const kb = await knowledgeBase();
  return [{ params: { id: 'site' } }, ...kb.entries.map((e) => ({ params: { id: e.id } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kb = await knowledgeBase();
  const id = params.id!;
  const entry = kb.byId.get(id);
  const title = (other: string) => kb.byId.get(other)?.data.title ?? other;
  const png = await socialImage(entry
    ? {
        type: `${COLLECTION_LABELS[entry.collection].singular} · ${kindLabel(entry.collection, entry.data.kind)}`,
        title: entry.data.title,
        fact: keyFact(kb, id, (fact) => factText(fact, title)),
      }
    : { type: 'Knowledge base', title: SITE_NAME, fact: SITE_DESCRIPTION });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
