/**
 * The search files and how entry pages point into them: the search data file, each entry's answer
 * file, and the Pagefind sort key that gives each entry page its position in the search data.
 * Shared by the build that writes them and the browser that reads them.
 */
import type { Property } from './properties.ts';
import type { SearchEntry } from './query.ts';
import type { SynonymGroups } from '../model/schemas/synonyms.ts';

/** What search knows of the knowledge base. */
export interface SearchData {
  entries: SearchEntry[];
  synonyms: SynonymGroups;
  /** What a reader can ask about an entry, with the words that ask for it (`properties.ts`). */
  properties: Property[];
}

/** The search data as its file holds it: an entry's id is the last segment of its URL. */
interface SearchDataFile extends Omit<SearchData, 'entries'> {
  entries: Omit<SearchEntry, 'id'>[];
}

/** The search data file, in the search bundle folder. */
export const SEARCH_DATA_FILE = 'kb-search.json';

/** The text of the search data file. */
export function searchDataFile(data: SearchData): string {
  const file: SearchDataFile = { ...data, entries: data.entries.map(({ id: _id, ...rest }) => rest) };
  return JSON.stringify(file);
}

/** The search data, from the parsed search data file. */
export function readSearchData(file: unknown): SearchData {
  const { entries, ...rest } = file as SearchDataFile;
  return { ...rest, entries: entries.map((e) => ({ ...e, id: e.url.split('/').at(-2)! })) };
}

/** Where an entry's answers are served, below the search bundle folder. */
export function answersPath(id: string): string {
  return `kb-answers/${id}.json`;
}

/** The Pagefind sort key whose value is an entry page's position in the search data. */
export const PAGE_ORDER = 'n';

/** The `data-pagefind-sort` value of the page of the entry at `position` in the search data. */
export function pageSortKey(position: number): string {
  return `${PAGE_ORDER}:${position}`;
}
