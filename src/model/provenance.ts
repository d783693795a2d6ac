/**
 * Where each claim comes from, in one shape. A claim is either from the article — its citations and
 * the article's certainty, with the entry whose position it reports — or context from outside the
 * article, with its basis and the paragraphs it relates to. Never both: a reader sees one marker.
 *
 * Dates are claims of their own: an event "stated ¶1" may carry a day the article never gives, or a
 * month it gives only as "this April", so a date has its own provenance where it differs from its
 * item's ({@link dateProvenance}): context, or our reading of the article's words.
 */
import type { DateValue } from './dates.ts';
import type { Certainty } from './vocab/certainty.ts';
import { uniqueCites, type CitePlace } from './article-places.ts';

/**
 * Provenance of one claim as a page shows it: from the article; our reading of the article's words
 * (a date it does not give in full, worked out from them); or context from outside the article.
 */
export type Provenance =
  | { kind: 'article'; certainty: Certainty; cite: CitePlace[]; attributedTo?: string }
  | { kind: 'reading'; words: string; cite: CitePlace[] }
  | { kind: 'context'; basis: string; cite: CitePlace[] };

/** The provenance fields a content item may carry. */
export interface ProvenanceInput {
  cite?: readonly CitePlace[] | undefined;
  certainty?: Certainty | undefined;
  attributedTo?: string | undefined;
  context?: string | undefined;
}

/**
 * The provenance of a validated item. Content is validated so that exactly one form applies; an
 * item with neither a context basis nor a certainty is a programming error and throws.
 */
export function provenanceOf(item: ProvenanceInput): Provenance {
  const cite = uniqueCites(item.cite ?? []);
  if (item.context !== undefined) return { kind: 'context', basis: item.context, cite };
  if (item.certainty === undefined) throw new TypeError('provenanceOf: an item from the article needs a certainty');
  return {
    kind: 'article',
    certainty: item.certainty,
    cite,
    ...(item.attributedTo ? { attributedTo: item.attributedTo } : {}),
  };
}

/**
 * The provenance of a date inside an item: context when the date (or its precision) comes from
 * outside the article; our reading of the article's words when the article does not give it in
 * full (`resolvedFrom`); otherwise the places the date itself cites, else those of its item.
 */
export function dateProvenance(
  date: DateValue & { cite?: readonly CitePlace[] | undefined },
  item: Provenance,
): Provenance {
  if (date.context !== undefined) return { kind: 'context', basis: date.context, cite: [] };
  if (date.resolvedFrom !== undefined)
    return { kind: 'reading', words: date.resolvedFrom, cite: uniqueCites(date.cite ?? item.cite) };
  if (item.kind === 'context') return item;
  return date.cite ? { ...item, cite: uniqueCites(date.cite) } : item;
}

/** Whether two provenances are the same marker with the same places (a reader could not tell them apart). */
export function sameProvenance(a: Provenance, b: Provenance): boolean {
  const norm = (p: Provenance) =>
    JSON.stringify(
      p.kind === 'context'
        ? [p.kind, p.basis, uniqueCites(p.cite)]
        : p.kind === 'reading'
          ? [p.kind, p.words, uniqueCites(p.cite)]
          : [p.kind, p.certainty, p.attributedTo ?? null, uniqueCites(p.cite)],
    );
  return norm(a) === norm(b);
}
