/**
 * One search, from the typed query to the ranked, filtered entries: asks Pagefind for the query's
 * terms (stop words dropped, compounds split), and term by term when the whole query finds little,
 * then ranks with the knowledge base (`search-rank.ts`) and applies the type and kind filters.
 * Pagefind is passed in, so the same code runs in the browser and, for the benchmark, in Node.
 */
import { queryTerms, rankEntries, type EntryScore, type RankIndex } from './rank.ts';

/** The part of Pagefind's JS API search uses. */
export interface PagefindApi {
  search(term: string): Promise<{ results: { id: string }[] } | null>;
}

export type Filters = Record<string, string[]>;

/** Filter names, the entry field each filters on, and the label the filter pane shows. */
export const FILTER_FIELDS = { type: 'type', kind: 'kind' } as const;
export type FilterName = keyof typeof FILTER_FIELDS;

export interface SearchOutcome {
  query: string;
  /** Ranked entries passing the filters. */
  results: EntryScore[];
  /** For each filter, each value with how many results it would leave (other filters applied). */
  counts: Record<FilterName, [string, number][]>;
}

/** Fewer Pagefind results than this for the whole query also searches each term on its own. */
const FEW = 5;

function passes(score: EntryScore, filters: Filters, skip?: FilterName): boolean {
  return (Object.keys(FILTER_FIELDS) as FilterName[]).every((name) => {
    const wanted = filters[name];
    return name === skip || !wanted?.length || wanted.includes(score.entry[FILTER_FIELDS[name]]);
  });
}

/** Counts per filter value among `ranked`, each filter counted with the others applied. */
export function filterCounts(ranked: readonly EntryScore[], filters: Filters): SearchOutcome['counts'] {
  const counts = {} as SearchOutcome['counts'];
  for (const name of Object.keys(FILTER_FIELDS) as FilterName[]) {
    const tally = new Map<string, number>();
    for (const score of ranked)
      if (passes(score, filters, name))
        tally.set(score.entry[FILTER_FIELDS[name]], (tally.get(score.entry[FILTER_FIELDS[name]]) ?? 0) + 1);
    for (const value of filters[name] ?? []) if (!tally.has(value)) tally.set(value, 0);
    counts[name] = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }
  return counts;
}

/** Pagefind's page ids for the query, best first. */
export async function pagefindPages(pagefind: PagefindApi, query: string): Promise<string[]> {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const whole = (await pagefind.search(terms.join(' ')))?.results.map((r) => r.id) ?? [];
  if (whole.length >= FEW || terms.length === 1) return whole;
  // Few pages hold every term: add the pages of each term, round-robin by rank.
  const each = await Promise.all(
    terms.slice(0, 4).map(async (t) => (await pagefind.search(t))?.results.map((r) => r.id) ?? []),
  );
  const pages = [...whole];
  for (let i = 0; each.some((list) => i < list.length); i++)
    for (const list of each) if (i < list.length && !pages.includes(list[i]!)) pages.push(list[i]!);
  return pages;
}

/** Runs a search. `typing` lets the last term match as a prefix (as-you-type). */
export async function runSearch(
  pagefind: PagefindApi,
  index: RankIndex,
  query: string,
  filters: Filters = {},
  typing = false,
): Promise<SearchOutcome> {
  const ranked = rankEntries(query, await pagefindPages(pagefind, query), index, typing);
  return { query, results: ranked.filter((s) => passes(s, filters)), counts: filterCounts(ranked, filters) };
}

/**
 * Pagefind's options. Pagefind runs in its worker (`noWorker: false`): decompressing its
 * WebAssembly and index chunks and searching stay off the main thread, so the page never blocks
 * while search loads (about 11 KB more on the first search than searching on the main thread). Ranking: `termFrequency: 0` and `pageLength: 0`
 * rank by the weighted count of matches rather than their density, `termSaturation: 2` lets
 * repeated mentions keep counting, and title and summary metadata add nothing (the weighted `<h1>`
 * and aliases already count); the knowledge-base ranking above decides the order in the end.
 */
export const PAGEFIND_OPTIONS = {
  noWorker: false,
  excerptLength: 24,
  ranking: { termFrequency: 0, pageLength: 0, termSaturation: 2, metaWeights: { title: 0, summary: 0 } },
};
