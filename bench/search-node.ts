/**
 * Search in Node against a built site, as the browser runs it: Pagefind's own JS bundle and
 * WebAssembly loaded from `<dist>/pagefind/` (its file requests answered from disk), the search
 * data file and the answer files, and the same search code (`src/search/`). Used by the ranking
 * benchmark and by tests that read what Pagefind indexed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EntryAnswers } from '../src/search/answer-types.ts';
import { SEARCH_DATA_FILE, answersPath, readSearchData, type SearchData } from '../src/search/files.ts';
import { prepareIndex, type RankIndex } from '../src/search/query.ts';
import { PAGEFIND_OPTIONS, pageIdsInOrder } from '../src/search/run.ts';

/** What Pagefind's JS API gives for a page: its indexed text among the rest. */
interface PagefindPage {
  url: string;
  content: string;
}

export interface SiteSearch {
  /** Pagefind's JS API, whose results also give each page's data. */
  pagefind: {
    search(
      term: string | null,
      options?: { sort?: Record<string, 'asc' | 'desc'> },
    ): Promise<{ results: { id: string; data(): Promise<PagefindPage> }[] } | null>;
  };
  data: SearchData;
  index: RankIndex;
  /** An entry's answer file, or undefined when its page holds no claim. */
  answers(id: string): Promise<EntryAnswers | undefined>;
}

/**
 * Runs `use` with search loaded from the site built into `dist`. Pagefind fetches its files; while
 * `use` runs, `fetch` reads them from `dist`.
 */
export async function withSiteSearch<T>(dist: string, use: (search: SiteSearch) => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const path = new URL(input instanceof Request ? input.url : String(input), 'http://site/').pathname;
    try {
      return new Response(await readFile(join(dist, path)));
    } catch {
      return new Response('', { status: 404 });
    }
  }) as typeof fetch;
  try {
    const pagefind = (await import(
      pathToFileURL(join(dist, 'pagefind/pagefind.js')).href
    )) as SiteSearch['pagefind'] & {
      options(o: object): Promise<void>;
      init(): Promise<void>;
    };
    await pagefind.options({ basePath: '/pagefind/', ...PAGEFIND_OPTIONS });
    await pagefind.init();
    const data = readSearchData(JSON.parse(await readFile(join(dist, 'pagefind', SEARCH_DATA_FILE), 'utf8')));
    const pages = await pageIdsInOrder(pagefind, data.entries.length);
    const index = prepareIndex(data.entries, data.synonyms, data.properties, pages);
    const answers = async (id: string) => {
      try {
        return JSON.parse(await readFile(join(dist, 'pagefind', answersPath(id)), 'utf8')) as EntryAnswers;
      } catch {
        return undefined;
      }
    };
    return await use({ pagefind, data, index, answers });
  } finally {
    globalThis.fetch = realFetch;
  }
}
