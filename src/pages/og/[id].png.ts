import type { APIRoute, GetStaticPaths } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { drawSocialImages, socialImage } from '../../data/social-image.ts';
import { socialImageSettings } from '../../data/social-image-settings.ts';
import { factText } from '../../lib/fact-text.ts';
import { COLLECTION_LABELS, kindLabel } from '../../lib/kinds.ts';
import type { SocialCard } from '../../lib/social-card.ts';
import { keyFact } from '../../lib/views.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../site.config.ts';

/**
 * A 1200×630 social image per entry, and one for the site (`/og/site.png`). Listing the paths
 * starts drawing every card not yet cached, in worker threads, so they are drawn while pages render.
 */
export const getStaticPaths = (async () => {
  const kb = await knowledgeBase();
  const title = (other: string) => kb.byId.get(other)?.data.title ?? other;
  const paths: { params: { id: string }; props: { card: SocialCard } }[] = [
    { params: { id: 'site' }, props: { card: { type: 'Knowledge base', title: SITE_NAME, fact: SITE_DESCRIPTION } } },
    ...kb.entries.map((entry) => ({
      params: { id: entry.id },
      props: {
        card: {
          type: `${COLLECTION_LABELS[entry.collection].singular} · ${kindLabel(entry.collection, entry.data.kind)}`,
          title: entry.data.title,
          fact: keyFact(kb, entry.id, (fact) => factText(fact, title)),
        },
      },
    })),
  ];
  drawSocialImages(
    paths.map((p) => p.props.card),
    socialImageSettings,
  );
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response(new Uint8Array(await socialImage(props.card, socialImageSettings)), {
    headers: { 'Content-Type': 'image/png' },
  });
