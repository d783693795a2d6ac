/**
 * The redirect pages of the generic entry route: one at each alias or later name whose slug differs
 * from its entry's id, and one at each old path of a renamed entry (`src/config/redirects.ts`).
 */
import { otherNames } from '../model/entries.ts';
import { BROWSE_COLLECTIONS, entryPath, slugify, type CollectionName } from '../model/ids.ts';
import type { KbIndex } from '../model/index/kb-index.ts';

export interface EntryRedirect {
  collection: CollectionName;
  /** The last segment of the redirect page's path. */
  slug: string;
  /** The name the page is for: an alias, a later name, or the old path of a renamed entry. */
  name: string;
  /** The entry it leads to. */
  id: string;
  /** Path of the redirect page. */
  from: string;
  /** Path of the entry. */
  to: string;
}

/** Every alias or later name whose slug differs from its entry's id. */
export function aliasRedirects(index: KbIndex): EntryRedirect[] {
  return index.entries.flatMap((entry) =>
    otherNames(entry)
      .filter((alias) => slugify(alias) !== entry.id)
      .map((alias) => ({
        collection: entry.collection,
        slug: slugify(alias),
        name: alias,
        id: entry.id,
        from: entryPath(entry.collection, slugify(alias)),
        to: entryPath(entry.collection, entry.id),
      })),
  );
}

const ENTRY_PAGE = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/**
 * The redirect pages of renamed entries, from `renamed` (old path → new path). Throws one error
 * naming `src/config/redirects.ts` and every bad line: an old path that is not an entry page's shape, or is
 * still a page (an entry or an alias); a new path that is no entry page.
 */
export function renameRedirects(index: KbIndex, renamed: Readonly<Record<string, string>>): EntryRedirect[] {
  const pages = new Map(index.entries.map((e) => [entryPath(e.collection, e.id), e]));
  const aliases = new Set(aliasRedirects(index).map((r) => r.from));
  const problems: string[] = [];
  const redirects: EntryRedirect[] = [];
  for (const [from, to] of Object.entries(renamed)) {
    const old = ENTRY_PAGE.exec(from);
    const target = pages.get(to);
    if (!old || !(BROWSE_COLLECTIONS as readonly string[]).includes(old[1]!))
      problems.push(`"${from}": an old path must be an entry page, /<collection>/<id>/`);
    else if (pages.has(from) || aliases.has(from)) problems.push(`"${from}": is still a page; it cannot redirect`);
    else if (!target) problems.push(`"${from}": leads to "${to}", which is no entry page`);
    else
      redirects.push({
        collection: old[1] as CollectionName,
        slug: old[2]!,
        name: from,
        id: target.id,
        from,
        to,
      });
  }
  if (problems.length) throw new Error(`src/config/redirects.ts: ${problems.join('; ')}`);
  return redirects;
}
