/**
 * The search data file (`/pagefind/kb-search.json`): every indexed entry as ranking and results
 * need it (title, aliases, keywords, links, type, kind, summary), keyed by Pagefind's page id, and
 * the synonym list. Entry pages carry these values as Pagefind metadata (see `EntryHeader.astro`);
 * the build reads them back from Pagefind's fragments once the index is written.
 */
import { META_LIST_SEPARATOR } from '../views/parts/search-meta.ts';
import type { SearchEntry } from './rank.ts';
import type { SynonymGroups } from '../model/schemas/synonyms.ts';

export interface SearchData {
  entries: SearchEntry[];
  synonyms: SynonymGroups;
}

/** Reads a list written by `metaList`. */
export function readMetaList(value: string | undefined): string[] {
  return (value ?? '')
    .split(META_LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A Pagefind fragment as the build reads it back. */
export interface Fragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/**
 * One search entry from a page's fragment. Throws naming the fragment file and the missing field
 * when the page lacks what search needs (so a page can never silently drop out of ranking).
 */
export function searchEntryFromFragment(page: string, fragment: Fragment, file: string): SearchEntry {
  const need = (value: string | undefined, field: string): string => {
    if (!value) throw new Error(`${file} (${fragment.url}): search metadata "${field}" is missing`);
    return value;
  };
  const id = fragment.url.split('/').filter(Boolean).at(-1);
  return {
    page,
    url: fragment.url,
    id: need(id, 'url'),
    title: need(fragment.meta.title, 'title'),
    aliases: readMetaList(fragment.meta.aliases),
    keywords: readMetaList(fragment.meta.keywords),
    links: (fragment.meta.links ?? '').split(' ').filter(Boolean),
    type: need(fragment.meta.type, 'type'),
    kind: need(fragment.filters.kind?.[0], 'kind'),
    summary: need(fragment.meta.summary, 'summary'),
  };
}
