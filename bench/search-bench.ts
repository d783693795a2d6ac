/**
 * The search part of `npm run bench`: a first search in a fresh browser (bytes by file, brotli, and
 * timings), what a query with an answer adds, a first search that is answered, warm keystroke-to-results work, whether results were
 * painted in their final order, and the ranking and answer benchmark. Timings are printed, never
 * asserted.
 */
import { brotliCompressSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DEBOUNCE_MS } from '../src/client/search-ui.ts';
import { answerBenchmark, rankingBenchmark, rankingReport } from './search-ranking.ts';

type Row = (...cells: (string | number)[]) => void;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
// Pagefind's index, fragments and WebAssembly are already compressed; a server sends them as they are.
const precompressed = (path: string) => /\.(?:pf_\w+|pagefind)$/.test(path);

/**
 * Waits until no response has come for half a second: results in view fetch their page data once
 * painted, after the network was idle for a moment.
 */
async function quiet(page: Page, responses: () => number): Promise<void> {
  let seen = -1;
  while (seen !== responses()) {
    seen = responses();
    await page.waitForTimeout(500);
  }
  await page.waitForLoadState('networkidle');
}

interface Sent {
  path: string;
  /** As sent: brotli, or as stored when Pagefind compressed it. */
  bytes: number;
}

/** Records every response of `page` with its size as sent; `take()` returns those since the last call. */
function recordResponses(page: Page) {
  let files: Sent[] = [];
  const pending: Promise<void>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    const path = new URL(response.url()).pathname;
    pending.push(
      response
        .body()
        .then((body) => {
          files.push({ path, bytes: precompressed(path) ? body.length : brotliCompressSync(body).length });
        })
        .catch(() => undefined),
    );
  };
  page.on('response', listener);
  return {
    count: () => files.length,
    async take(): Promise<Sent[]> {
      await Promise.all(pending);
      const taken = files;
      files = [];
      return taken;
    },
    stop: () => page.off('response', listener),
  };
}

/** Warm searches: each query typed anew; the time from the debounced search starting to results painted, and of that, searching and ranking. */
async function warmSearches(page: Page): Promise<{ warm: number[]; ranking: number[] }> {
  const warm: number[] = [];
  const ranking: number[] = [];
  for (const query of ['csto', 'tokayev putin', 'us bases', 'russian border withdrawal', 'kyrgyz-tajik', 'uzbekstan']) {
    await page.evaluate(() => {
      performance.clearMeasures('kb-search');
      performance.clearMeasures('kb-search-rank');
    });
    await page.locator('dialog [data-search-input]').fill(query);
    let duration: number | undefined;
    for (let i = 0; i < 200 && duration === undefined; i++) {
      duration = await page.evaluate(() => performance.getEntriesByName('kb-search')[0]?.duration);
      if (duration === undefined) await page.waitForTimeout(25);
    }
    if (duration === undefined) throw new Error(`no search finished for "${query}"`);
    warm.push(duration);
    ranking.push(await page.evaluate(() => performance.getEntriesByName('kb-search-rank')[0]?.duration ?? NaN));
  }
  return { warm, ranking };
}

/** The rows of what the first search and a query with an answer download, by file. */
function bytesRows(row: Row, first: Sent[], answered: Sent[], firstAnswered: Sent[]): void {
  const sum = (list: Sent[]) => list.reduce((t, f) => t + f.bytes, 0);
  const size = (f: Sent) => (precompressed(f.path) ? 'as stored' : 'brotli');
  row(
    'first search',
    `${first.length} requests from an entry page: Ctrl+K, "csto", results and the page data of those in view`,
    'bytes (brotli)',
    kb(sum(first)),
    'target ≤ 125 KB',
  );
  for (const f of [...first].sort((a, b) => b.bytes - a.bytes))
    row(
      '  of which',
      f.path,
      size(f),
      kb(f.bytes),
      f.path.includes('/fragment/') ? 'page data of a result in view' : '',
    );
  const answerFiles = answered.filter((f) => f.path.includes('/kb-answers/'));
  row(
    'answer',
    `${answered.length} requests more for "sco observers"`,
    'bytes (brotli)',
    kb(sum(answered)),
    `its answer files ${kb(sum(answerFiles))}, target ≤ 5 KB; the rest any search for these words loads`,
  );
  for (const f of [...answered].sort((a, b) => b.bytes - a.bytes)) row('  of which', f.path, size(f), kb(f.bytes), '');
  row(
    'first search',
    `${firstAnswered.length} requests from an entry page, in a fresh browser: Ctrl+K, "sco observers", its answer and results`,
    'bytes (brotli)',
    kb(sum(firstAnswered)),
    'target ≤ 130 KB',
  );
  for (const f of [...firstAnswered].sort((a, b) => b.bytes - a.bytes))
    row('  of which', f.path, size(f), kb(f.bytes), '');
}

/** What a first search for `query`, a query with an answer, downloads in a fresh browser from an entry page. */
async function firstAnsweredSearch(browser: Browser, origin: string, query: string): Promise<Sent[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/actors/kazakhstan/`, { waitUntil: 'networkidle' });
  const responses = recordResponses(page);
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open] [data-search-input]').fill(query);
  await page.locator('dialog [data-search-answer]').waitFor({ timeout: 30_000 });
  await quiet(page, responses.count);
  const sent = await responses.take();
  await context.close();
  return sent;
}

/** Measures a first search in the dialog, a query with an answer, then warm searches, and returns the ranking report lines. */
export async function searchBench(browser: Browser, origin: string, dist: string, row: Row): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/actors/kazakhstan/`, { waitUntil: 'networkidle' });
  const responses = recordResponses(page);
  // The main thread's long tasks while search loads and runs (Pagefind searches on it), and the
  // first result's changes from the first paint on: 1 means painted in final order.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; firsts: string[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    w.firsts = [];
    new MutationObserver(() => {
      const t = document.querySelector('dialog [data-search-result]')?.textContent;
      if (t && w.firsts.at(-1) !== t) w.firsts.push(t);
    }).observe(document.body, { childList: true, subtree: true });
  });
  // Opening, timed in the page: the Ctrl+K handler, then the next frame painted with the focused input.
  const open = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const t = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
        requestAnimationFrame(() =>
          setTimeout(() => done(document.activeElement?.closest('dialog[open]') ? performance.now() - t : -1)),
        );
      }),
  );
  const t1 = performance.now();
  await page.keyboard.type('csto');
  const typed = performance.now() - t1;
  await page.locator('dialog [data-search-result]').first().waitFor({ timeout: 30_000 });
  const paintTime = performance.now() - t1 - typed;
  await quiet(page, responses.count);
  const first = await responses.take();
  const { firsts, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; firsts: string[] };
    return { firsts: w.firsts, longTasks: w.longTasks };
  });

  // A query with an answer, after the first search: what it adds (its answer files, the page data
  // of the results in view).
  await page.locator('dialog [data-search-input]').fill('sco observers');
  await page.locator('dialog [data-search-answer]').waitFor({ timeout: 30_000 });
  await quiet(page, responses.count);
  const answered = await responses.take();
  responses.stop();
  const cold = await page.evaluate(() => performance.getEntriesByName('kb-search').map((m) => m.duration));
  const { warm, ranking } = await warmSearches(page);
  await context.close();
  const firstAnswered = await firstAnsweredSearch(browser, origin, 'sco observers');

  bytesRows(row, first, answered, firstAnswered);
  row('first search', 'Ctrl+K → dialog open, input focused', 'time', `${Math.round(open)} ms`, 'target ≤ 100 ms');
  row(
    'first search',
    'main-thread tasks over 50 ms while search loads and runs',
    'time',
    longTasks.length ? longTasks.map((d) => `${Math.round(d)} ms`).join(', ') : 'none',
    'Pagefind searches on the main thread',
  );
  row(
    'first search',
    'last keystroke → first results painted',
    'time',
    `${Math.round(paintTime)} ms`,
    `includes the ${DEBOUNCE_MS} ms debounce and loading`,
  );
  row(
    'first search',
    'search + paint, cold (after debounce)',
    'time',
    cold.map((d) => `${Math.round(d)} ms`).join(', '),
    '',
  );
  row(
    'warm search',
    'keystroke-to-results work (after debounce)',
    'time',
    `median ${Math.round(median(warm))} ms, max ${Math.round(Math.max(...warm))} ms`,
    'target ≤ 50 ms',
  );
  row(
    'warm search',
    'of which Pagefind search and ranking',
    'time',
    `median ${Math.round(median(ranking))} ms, max ${Math.round(Math.max(...ranking))} ms`,
    'the rest: matched sections of the first results, and painting',
  );
  row('search', 'input debounce', 'time', `${DEBOUNCE_MS} ms`, 'target ≤ 150 ms');
  row(
    'search',
    'first result changed after the first paint',
    'count',
    String(firsts.length - 1),
    firsts.length === 1 ? 'painted in final order' : `reshuffled: ${firsts.join(' → ')}`,
  );
  return rankingReport(await rankingBenchmark(dist), await answerBenchmark(dist));
}

// `node bench/search-bench.ts <built site folder>`: only the search rows, against an existing build.
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node bench/search-bench.ts <built site folder>');
  const { launchChromium } = await import('../tests/helpers/chromium.ts');
  const { serveSite } = await import('../tests/helpers/site.ts');
  const server = await serveSite(dist);
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    const lines = await searchBench(browser, server.url, dist, (...cells) => rows.push(cells.map(String)));
    for (const r of rows) console.log(r.join(' | '));
    console.log(lines.join('\n'));
  } finally {
    await browser.close();
    await server.stop();
  }
}
