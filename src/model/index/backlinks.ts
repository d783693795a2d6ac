/**
 * What entries mention: the places of the source each entry cites, the entries citing each place,
 * and backlinks (the entries that link to each entry).
 */
import { uniqueCites, type CitePlace } from '../article-places.ts';
import { mentionsOf, type AnyEntry } from '../entries.ts';
import type { ByTitle } from './lists.ts';

export interface Mentions {
  /** Each entry's cited places, in reading order. */
  cites: Map<string, CitePlace[]>;
  /** The entries citing each place, by title. */
  citedBy: Map<CitePlace, string[]>;
  /** The entries linking to each entry, by title. */
  backlinks: Map<string, string[]>;
}

/** The citations and links of every entry, read both ways. */
export function indexMentions(entries: readonly AnyEntry[], byTitle: ByTitle): Mentions {
  const cites = new Map<string, CitePlace[]>();
  const citedBy = new Map<CitePlace, Set<string>>();
  const backlinks = new Map<string, Set<string>>();
  for (const entry of entries) {
    const found = mentionsOf(entry);
    const places = uniqueCites(found.cites.map((c) => c.place as CitePlace));
    cites.set(entry.id, places);
    for (const place of places) {
      if (!citedBy.has(place)) citedBy.set(place, new Set());
      citedBy.get(place)!.add(entry.id);
    }
    for (const id of [...found.ids.map((r) => r.id), ...found.relationEnds.map((r) => r.id)]) {
      if (id === entry.id) continue;
      if (!backlinks.has(id)) backlinks.set(id, new Set());
      backlinks.get(id)!.add(entry.id);
    }
  }
  const sorted = <K>(map: Map<K, Set<string>>) => new Map([...map].map(([key, set]) => [key, [...set].sort(byTitle)]));
  return { cites, citedBy: sorted(citedBy), backlinks: sorted(backlinks) };
}
