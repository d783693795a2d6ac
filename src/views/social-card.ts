/**
 * The social image of a page (1200×630) as a satori element tree, and the cache key of a drawn
 * card: pure, so the layout and the key are tested without drawing.
 */
import { createHash } from 'node:crypto';
import { factText } from './parts/fact-text.ts';
import type { KbIndex } from '../model/index/kb-index.ts';
import { COLLECTION_LABELS, kindLabel } from '../model/vocab/kinds.ts';
import { keyFact } from './pages/tables.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the template changes, so cached images are redrawn. */
const SOCIAL_CARD_VERSION = 4;

export interface SocialCard {
  /** "Actor · State" */
  type: string;
  title: string;
  /** One key fact, in full. */
  fact: string;
}

/** A satori element: a type and props with a style and children. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

const el = (style: CardNode['props']['style'], children?: string | CardNode[]): CardNode => ({
  type: 'div',
  props: { style, children },
});

/** Titles longer than this are set smaller, so two lines fit. */
const LONG_TITLE = 40;

/** The card: an accent bar, then type, title, key fact, and a footer with the site's name and date. */
export function socialCardTree({ type, title, fact }: SocialCard, site: { name: string; asOf: string }): CardNode {
  return el(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      background: '#fdfdfb',
      color: '#1d1d1b',
      fontFamily: 'Inter',
    },
    [
      el({ height: 16, background: '#8a3b12' }),
      el(
        {
          flexGrow: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '48px 72px 56px',
        },
        [
          el({ fontSize: 30, color: '#8a3b12', fontWeight: 700, letterSpacing: 2, textTransform: 'uppercase' }, type),
          el({ display: 'flex', flexDirection: 'column' }, [
            el({ fontSize: title.length > LONG_TITLE ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }, title),
            el({ fontSize: 34, color: '#3d3d3a', marginTop: 28, lineHeight: 1.3 }, fact),
          ]),
          el({ display: 'flex', justifyContent: 'space-between', fontSize: 26, color: '#555550' }, [
            el({}, site.name),
            el({}, `As of ${site.asOf}`),
          ]),
        ],
      ),
    ],
  );
}

/** A key that changes whenever anything the image shows changes: the file name of its cache entry. */
export function socialCardKey(card: SocialCard, site: { name: string; asOf: string }): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        v: SOCIAL_CARD_VERSION,
        site: site.name,
        asOf: site.asOf,
        type: card.type,
        title: card.title,
        fact: card.fact,
      }),
    )
    .digest('hex');
}

/** The site's own card, for pages that are not entries (`/og/site.png`). */
export const SITE_CARD_ID = 'site';

/**
 * Every social image of the site by file name (without `.png`): one per entry, showing its type
 * and kind, title and key fact, and the site's own card.
 */
export function socialCards(index: KbIndex, site: { name: string; description: string }): Map<string, SocialCard> {
  const title = (id: string) => index.byId.get(id)?.data.title ?? id;
  const cards = new Map<string, SocialCard>([
    [SITE_CARD_ID, { type: 'Knowledge base', title: site.name, fact: site.description }],
  ]);
  for (const entry of index.entries) {
    if (cards.has(entry.id))
      throw new Error(`${entry.file}: the id "${entry.id}" is taken by the site's own social image`);
    cards.set(entry.id, {
      type: `${COLLECTION_LABELS[entry.collection].singular} · ${kindLabel(entry.collection, entry.data.kind)}`,
      title: entry.data.title,
      fact: keyFact(index, entry.id, (fact) => factText(fact, title)),
    });
  }
  return cards;
}
