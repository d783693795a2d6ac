/**
 * Loading search: Pagefind's script and the knowledge base's search data, fetched once and only
 * when search is first used; a failed load is forgotten, so the next search tries again. The
 * engine ranks with the knowledge base (`src/search/run.ts`), fetches the answer files of a query
 * that asks about an entry, and remembers Pagefind's results, so a result's page data (excerpt,
 * matched sections) can be read when the result comes into view.
 */
import type { EntryAnswers } from '../../search/answer-types.ts';
import { SEARCH_DATA_FILE, answersPath, readSearchData } from '../../search/files.ts';
import { prepareIndex, type RankIndex, type SearchEntry } from '../../search/query.ts';
import {
  PAGEFIND_OPTIONS,
  pageIdsInOrder,
  runSearch,
  type Filters,
  type AnswerFiles,
  type PagefindApi,
  type SearchOutcome,
} from '../../search/run.ts';

/** Where the search bundle is served. */
const BUNDLE = '/pagefind/';

/** An element with an id on the page, and where it starts among the page's indexed words. */
interface PageAnchor {
  element: string;
  id: string;
  location: number;
}
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PageAnchor;
}
export interface PageData {
  url: string;
  excerpt: string;
  sub_results: SubResult[];
  anchors: PageAnchor[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PageData>;
}
interface Pagefind extends PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
}

export interface Engine {
  index: RankIndex;
  entries: SearchEntry[];
  search(query: string, filters: Filters, typing: boolean): Promise<SearchOutcome>;
  /** Pagefind's page data (excerpt, matched sections) of an entry it found. */
  details(id: string): Promise<PageData | undefined>;
}

let engine: Promise<Engine> | undefined;

/** Each entry's answer file, fetched once; a failed fetch is forgotten, so a later search asks again. */
const answerFiles = new Map<string, Promise<EntryAnswers>>();

/** Loads the answer files of `ids`. */
const loadAnswers: AnswerFiles = async (ids) => {
  const files = await Promise.all(
    ids.map((id) => {
      let file = answerFiles.get(id);
      if (!file) {
        file = fetch(`${BUNDLE}${answersPath(id)}`).then((r) => {
          if (!r.ok) throw new Error(`answers of ${id}: HTTP ${r.status}`);
          return r.json() as Promise<EntryAnswers>;
        });
        file.catch(() => answerFiles.delete(id));
        answerFiles.set(id, file);
      }
      return file.then((f) => [id, f] as const);
    }),
  );
  return new Map(files);
};
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
    fetch(`${BUNDLE}${SEARCH_DATA_FILE}`).then((r) => {
      if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
      return r.json().then(readSearchData);
    }),
  ]);
  await pagefind.options({ basePath: BUNDLE, ...PAGEFIND_OPTIONS });
  await pagefind.init();
  const index = prepareIndex(
    data.entries,
    data.synonyms,
    data.properties,
    await pageIdsInOrder(pagefind, data.entries.length),
  );
  const found = new Map<string, PagefindResult>();
  const recording: PagefindApi = {
    async search(term) {
      const response = await pagefind.search(term);
      for (const r of response?.results ?? []) {
        const id = index.byPage.get(r.id)?.entry.id;
        if (id) found.set(id, r);
      }
      return response;
    },
  };
  return {
    index,
    entries: data.entries,
    search: (query, filters, typing) => runSearch(recording, index, query, filters, typing, loadAnswers),
    details: async (id) => found.get(id)?.data(),
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
