/**
 * One search, from the typed query to the ranked, filtered entries: asks Pagefind for the query's
 * terms (stop words dropped, compounds split), and term by term when the whole query finds little,
 * then ranks with the knowledge base (`rank.ts`) and applies the type and kind filters.
 * Pagefind is passed in, so the same code runs in the browser and, for the benchmark, in Node.
 */
import type { EntryAnswers } from './answer-types.ts';
import { answerFor, answerSubjects, type Answer } from './answers.ts';
import { PAGE_ORDER } from './files.ts';
import { readQuery, type RankIndex } from './query.ts';
import { rankEntries, type EntryScore } from './rank.ts';
import { queryTerms } from './words.ts';

/** The part of Pagefind's JS API search uses. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string }[] } | null>;
}

/**
 * Pagefind's page ids in the order of the search data. Pagefind names each page by an id of its own
 * (a hash of what it indexed); every entry page carries its position in the search data as a sort
 * key, so one search for every page sorted by that key (a search for `null`, Pagefind's documented
 * way to list pages by a sort) pairs each id with its entry. Throws when Pagefind does not list
 * exactly `count` pages: the search data and the index come from different builds.
 */
export async function pageIdsInOrder(pagefind: PagefindApi, count: number): Promise<string[]> {
  const ids = (await pagefind.search(null, { sort: { [PAGE_ORDER]: 'asc' } }))?.results.map((r) => r.id) ?? [];
  if (ids.length !== count)
    throw new Error(`search: Pagefind lists ${ids.length} entry pages, the search data ${count}; rebuild the site`);
  return ids;
}

export type Filters = Record<string, string[]>;

/** Filter names, the entry field each filters on, and the label the filter pane shows. */
export const FILTER_FIELDS = { type: 'type', kind: 'kind' } as const;
export type FilterName = keyof typeof FILTER_FIELDS;

export interface SearchOutcome {
  query: string;
  /** What the typed data answers, when the query asks about one entry or names two. */
  answer?: Answer | undefined;
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

/**
 * Pagefind's page ids for the query, best first: the pages holding every term, then (when they are
 * few) the pages of each term. `whole` counts the first.
 */
export async function pagefindPages(pagefind: PagefindApi, query: string): Promise<{ pages: string[]; whole: number }> {
  const terms = queryTerms(query);
  if (!terms.length) return { pages: [], whole: 0 };
  const whole = (await pagefind.search(terms.join(' ')))?.results.map((r) => r.id) ?? [];
  if (whole.length >= FEW || terms.length === 1) return { pages: whole, whole: whole.length };
  // Few pages hold every term: add the pages of each term, round-robin by rank.
  const each = await Promise.all(
    terms.slice(0, 4).map(async (t) => (await pagefind.search(t))?.results.map((r) => r.id) ?? []),
  );
  const pages = [...whole];
  for (let i = 0; each.some((list) => i < list.length); i++)
    for (const list of each) if (i < list.length && !pages.includes(list[i]!)) pages.push(list[i]!);
  return { pages, whole: whole.length };
}

/** Loads the answer files of entries (by id); the answer is left out when they cannot be loaded. */
export type AnswerFiles = (ids: readonly string[]) => Promise<Map<string, EntryAnswers>>;

/**
 * Runs a search. `typing` lets the last term match as a prefix (as-you-type). With `answerFiles`,
 * a query that asks about an entry, or names two, is answered from their answer files, loaded
 * while Pagefind searches.
 */
export async function runSearch(
  pagefind: PagefindApi,
  index: RankIndex,
  query: string,
  filters: Filters = {},
  typing = false,
  answerFiles?: AnswerFiles,
): Promise<SearchOutcome> {
  const reading = readQuery(query, index, typing);
  const wanted = answerFiles ? answerSubjects(reading, index) : [];
  const [found, files] = await Promise.all([
    pagefindPages(pagefind, query),
    wanted.length ? answerFiles!(wanted).catch(() => undefined) : undefined,
  ]);
  const ranked = rankEntries(query, found.pages, index, typing, reading, found.whole);
  return {
    query,
    answer: files && answerFor(reading, index, files),
    results: ranked.filter((s) => passes(s, filters)),
    counts: filterCounts(ranked, filters),
  };
}

/**
 * Pagefind's options. Pagefind searches on the main thread (`noWorker: true`): its worker would be
 * 11 KB more on the first search, and this index is small enough that loading it and searching
 * take a few milliseconds (`npm run bench` prints the longest task of a first search); Pagefind 1.6
 * hands the same options to its main-thread instance, which logs once that it does not know
 * `noWorker` — the option still takes effect. Ranking:
 * `termFrequency: 0` and `pageLength: 0` rank by the weighted count of matches rather than their
 * density, `termSaturation: 2` lets repeated mentions keep counting, and title and summary
 * metadata add nothing (the weighted `<h1>` and aliases already count); the knowledge-base ranking
 * above decides the order in the end.
 */
export const PAGEFIND_OPTIONS = {
  noWorker: true,
  excerptLength: 24,
  ranking: { termFrequency: 0, pageLength: 0, termSaturation: 2, metaWeights: { title: 0, summary: 0 } },
};
