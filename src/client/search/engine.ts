/**
 * Loading search: Pagefind's script and the knowledge base's search data, fetched once and only
 * when search is first used; a failed load is forgotten, so the next search tries again. The
 * engine ranks with the knowledge base (`src/search/run.ts`) and remembers Pagefind's results, so
 * a result's page data (excerpt, matched sections) can be read afterwards.
 */
import type { SearchData } from '../../search/data.ts';
import { prepareIndex, type RankIndex, type SearchEntry } from '../../search/rank.ts';
import { PAGEFIND_OPTIONS, runSearch, type Filters, type PagefindApi, type SearchOutcome } from '../../search/run.ts';

/** Where the search bundle is served. */
const BUNDLE = '/pagefind/';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id: string };
}
export interface PageData {
  url: string;
  excerpt: string;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PageData>;
}
interface Pagefind extends PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface Engine {
  index: RankIndex;
  entries: SearchEntry[];
  search(query: string, filters: Filters, typing: boolean): Promise<SearchOutcome>;
  /** Pagefind's page data (excerpt, matched sections) of a result it found. */
  details(page: string): Promise<PageData | undefined>;
}

let engine: Promise<Engine> | undefined;
let bundle: Promise<Pagefind> | undefined;
let failedImports = 0;

/** Pagefind's script, imported once; a failed import stays failed for its URL, so a retry asks for a fresh one. */
function importPagefind(): Promise<Pagefind> {
  const url = `${BUNDLE}pagefind.js${failedImports ? `?retry=${failedImports}` : ''}`;
  bundle ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).catch((error: unknown) => {
    bundle = undefined;
    failedImports++;
    throw error;
  });
  return bundle;
}

async function load(): Promise<Engine> {
  const [pagefind, data] = await Promise.all([
    importPagefind(),
    fetch(`${BUNDLE}kb-search.json`).then((r) => {
      if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
      return r.json() as Promise<SearchData>;
    }),
  ]);
  await pagefind.options({ basePath: BUNDLE, ...PAGEFIND_OPTIONS });
  await pagefind.init();
  const index = prepareIndex(data.entries, data.synonyms);
  const found = new Map<string, PagefindResult>();
  const recording: PagefindApi = {
    async search(term) {
      const response = await pagefind.search(term);
      for (const r of response?.results ?? []) found.set(r.id, r);
      return response;
    },
  };
  return {
    index,
    entries: data.entries,
    search: (query, filters, typing) => runSearch(recording, index, query, filters, typing),
    details: async (page) => found.get(page)?.data(),
  };
}

/** Loads search once; after a failure the next call tries again. */
export function loadEngine(): Promise<Engine> {
  engine ??= load().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}
