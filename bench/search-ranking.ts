/**
 * The search ranking benchmark, run in Node against a built site: Pagefind's own JS bundle and
 * WebAssembly loaded from `<dist>/pagefind/` (its file requests answered from disk), the search
 * data file, and the same search code the browser runs (`src/search/run.ts`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchData } from '../src/search/data.ts';
import { prepareIndex } from '../src/search/rank.ts';
import { PAGEFIND_OPTIONS, runSearch, type PagefindApi } from '../src/search/run.ts';
import { RANKING_QUERIES, type RankingQuery } from './search-queries.ts';

export interface RankingResult {
  total: number;
  top1: number;
  top3: number;
  /** Queries whose first result is not a right answer, with the first three results. */
  misses: { query: RankingQuery; got: string[]; inTop3: boolean }[];
}

/** Runs every benchmark query against the site built into `dist`. */
export async function rankingBenchmark(
  dist: string,
  queries: readonly RankingQuery[] = RANKING_QUERIES,
): Promise<RankingResult> {
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
    const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindApi & {
      options(o: object): Promise<void>;
      init(): Promise<void>;
    };
    await pagefind.options({ basePath: '/pagefind/', ...PAGEFIND_OPTIONS });
    await pagefind.init();
    const data = JSON.parse(await readFile(join(dist, 'pagefind/kb-search.json'), 'utf8')) as SearchData;
    const index = prepareIndex(data.entries, data.synonyms);
    const result: RankingResult = { total: queries.length, top1: 0, top3: 0, misses: [] };
    for (const query of queries) {
      const got = (await runSearch(pagefind, index, query.q)).results.slice(0, 3).map((s) => s.entry.url);
      const inTop1 = query.want.includes(got[0] ?? '');
      const inTop3 = got.some((u) => query.want.includes(u));
      result.top1 += Number(inTop1);
      result.top3 += Number(inTop3);
      if (!inTop1) result.misses.push({ query, got, inTop3 });
    }
    return result;
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** The benchmark's lines for `npm run bench`. */
export function rankingReport(r: RankingResult): string[] {
  const pct = (n: number) => `${((100 * n) / r.total).toFixed(1)}%`;
  return [
    `search ranking: ${r.total} queries, top-1 ${r.top1} (${pct(r.top1)}, target ≥ 80%), top-3 ${r.top3} (${pct(r.top3)}, target ≥ 95%)`,
    ...r.misses.map(
      (m) =>
        `  ${m.inTop3 ? 'not first' : 'MISS     '}  [${m.query.kind}] "${m.query.q}" → ${m.got.join(' ') || '(nothing)'}   wanted ${m.query.want.join(' or ')}`,
    ),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node bench/search-ranking.ts <built site folder>');
  console.log(rankingReport(await rankingBenchmark(dist)).join('\n'));
}
