/**
 * The paths of pages the sitemap leaves out: the 404 page and the alias redirect pages (the same
 * rule as the pages themselves: an alias or later name whose slug differs from its entry's id).
 */
import { otherNames, type AnyEntry } from '../model/entries.ts';
import { entryPath, slugify } from '../model/ids.ts';

const known = new WeakMap<readonly AnyEntry[], Set<string>>();

export function unlistedPaths(entries: readonly AnyEntry[]): Set<string> {
  let paths = known.get(entries);
  if (!paths) {
    paths = new Set([
      '/404/',
      ...entries.flatMap((e) =>
        otherNames(e)
          .map(slugify)
          .filter((slug) => slug !== e.id)
          .map((slug) => entryPath(e.collection, slug)),
      ),
    ]);
    known.set(entries, paths);
  }
  return paths;
}
