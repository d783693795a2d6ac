/**
 * The paths of alias redirect pages, read from the content at config time, so the sitemap can leave
 * them out. The same rule as the pages themselves: an alias or later name whose slug differs from
 * its entry's id.
 */
import { otherNames, type AnyEntry } from '../model/entries.ts';
import { entryPath, slugify } from '../model/ids.ts';

export function aliasRedirectPaths(entries: readonly AnyEntry[]): Set<string> {
  return new Set(
    entries.flatMap((e) =>
      otherNames(e)
        .map(slugify)
        .filter((slug) => slug !== e.id)
        .map((slug) => entryPath(e.collection, slug)),
    ),
  );
}
