/**
 * Backlinks: the entries that link to each entry. (Which entries cite each place of the source is
 * what their pages show, so the source page reads it from the entries' views.)
 */
import { mentionsOf, type AnyEntry } from '../entries.ts';
import type { ByTitle } from './lists.ts';

/** The entries linking to each entry, by title. */
export function indexBacklinks(entries: readonly AnyEntry[], byTitle: ByTitle): Map<string, string[]> {
  const backlinks = new Map<string, Set<string>>();
  for (const entry of entries) {
    const found = mentionsOf(entry);
    for (const id of [...found.ids.map((r) => r.id), ...found.relationEnds.map((r) => r.id)]) {
      if (id === entry.id) continue;
      if (!backlinks.has(id)) backlinks.set(id, new Set());
      backlinks.get(id)!.add(entry.id);
    }
  }
  return new Map([...backlinks].map(([key, set]) => [key, [...set].sort(byTitle)]));
}
