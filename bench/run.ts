/**
 * npm run bench — prints one table of what the site costs: compressed bytes of the first load of
 * four pages, the JavaScript needed to read an entry, bytes and time to a first search, Lighthouse
 * (mobile) scores, and build time per phase with peak memory, for the real site and for a synthetic
 * corpus of 100 and 1,000 entries beside a bare Astro + MDX build of the same entries, as ratios and
 * per-entry costs. Timings are printed, never asserted.
 * Usage: npm run bench [-- --large] [--builds-only] [--sizes=100,1000]
 *   --large adds a 10,000-entry corpus; --builds-only skips the real site's sizes, search and
 *   Lighthouse; --sizes picks the corpus sizes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../tests/helpers/chromium.ts';
import { fixtureSite } from '../tests/helpers/fixture-site.ts';
import { ROOT, serveSite } from '../tests/helpers/site.ts';
import { htmlPages, redirectTarget } from '../tests/helpers/public-urls.ts';
import { measureBuild, type BuildMeasure } from './measure.ts';
import { corpusSize, writeBareProject, writeCorpus } from './synthetic.ts';
import { searchBench } from './search-bench.ts';
import { SYNONYMS_FILE } from '../src/model/snapshot.ts';

const large = process.argv.includes('--large');
// --builds-only skips the real site's sizes, search and Lighthouse; --sizes=100,1000 picks corpus sizes.
const buildsOnly = process.argv.includes('--builds-only');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : [100, 1000, ...(large ? [10_000] : [])];
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const rows: string[][] = [];
/** Adds a row to the final table, and prints it at once on stderr so a long run shows its progress. */
const row = (...cells: (string | number)[]) => {
  rows.push(cells.map(String));
  process.stderr.write(`${cells.join(' | ')}\n`);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

/** Sizes of a response body as served raw, and as gzip and brotli would send it. */
function compressed(body: Buffer, alreadyCompressed: boolean) {
  if (alreadyCompressed) return { raw: body.length, gzip: body.length, brotli: body.length };
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body).length };
}

/** Every response a page fetches while `action` runs, with its type and body. */
async function collect(page: Page, action: () => Promise<void>) {
  const bodies: { url: string; type: string; body: Buffer }[] = [];
  const pending: Promise<void>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          bodies.push({ url: response.url(), type: response.request().resourceType(), body });
        })
        .catch(() => undefined),
    );
  };
  page.on('response', listener);
  await action();
  await Promise.all(pending);
  page.off('response', listener);
  return bodies;
}

// Pagefind's index, fragments and WebAssembly are already compressed; a server sends them as they are.
const precompressed = (url: string) => /\.(?:pf_\w+|pagefind)$/.test(new URL(url).pathname);

const PAGES = [
  ['home', '/'],
  ['entry (Tajikistan)', '/actors/tajikistan/'],
  ['/search/', '/search/'],
  ['/search/?q=csto', '/search/?q=csto'],
  ['/map/', '/map/'],
  ['/network/', '/network/'],
] as const;

async function sizesAndSearch(origin: string) {
  const browser = await launchChromium();
  try {
    for (const [name, path] of PAGES) {
      const page = await browser.newPage();
      const got = await collect(page, async () => {
        await page.goto(origin + path, { waitUntil: 'networkidle' });
      });
      const sum = (types: string[], key: 'gzip' | 'brotli') =>
        got
          .filter((r) => types.includes(r.type))
          .reduce((t, r) => t + compressed(r.body, precompressed(r.url))[key], 0);
      row('first load', name, 'HTML', kb(sum(['document'], 'gzip')), kb(sum(['document'], 'brotli')));
      row('first load', name, 'CSS', kb(sum(['stylesheet'], 'gzip')), kb(sum(['stylesheet'], 'brotli')));
      row('first load', name, 'JS', kb(sum(['script'], 'gzip')), kb(sum(['script'], 'brotli')));
      await page.close();
    }
    // Reading needs no script: with JavaScript off, the entry shows its heading, facts and body.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${origin}/actors/tajikistan/`);
    const readable =
      (await plain.locator('h1').count()) === 1 &&
      (await plain.locator('#key-facts').count()) === 1 &&
      (await plain.locator('#overview ~ p, .prose p').count()) > 0;
    row(
      'read an entry',
      'JavaScript needed',
      readable ? '0 KB (target 0)' : 'FAILED: entry unreadable without JS',
      '',
      '',
    );
    await context.close();
  } finally {
    await browser.close();
  }
}

/**
 * The heaviest entry pages, HTML and the CSS they link, with gzip and with brotli (the budget is
 * 14 KB each): the largest is named, so a page that grows past the budget is found by name.
 */
function largestEntryPages(dist: string) {
  const entryPage = /^\/(?:actors|organizations|bases|places|infrastructure|events|scenarios|sources)\/[^/]+\/$/;
  const sizes = htmlPages(dist)
    .filter(({ path }) => entryPage.test(path))
    .map(({ path, file }) => {
      const html = readFileSync(file);
      const css = [...html.toString().matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g)].map((m) =>
        readFileSync(join(dist, m[1]!)),
      );
      const files = [html, ...css];
      return {
        path,
        redirect: Boolean(redirectTarget(html.toString())),
        gzip: files.reduce((t, f) => t + gzipSync(f, { level: 9 }).length, 0),
        brotli: files.reduce((t, f) => t + brotliCompressSync(f).length, 0),
      };
    })
    .filter((p) => !p.redirect);
  for (const key of ['gzip', 'brotli'] as const) {
    const largest = sizes.reduce((a, b) => (b[key] > a[key] ? b : a));
    row(
      'largest entry page',
      `${largest.path} (${key})`,
      'HTML + CSS (budget 14 KB)',
      kb(largest.gzip),
      kb(largest.brotli),
    );
  }
}

async function lighthouseScores(origin: string) {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({
    chromePath: await chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const [name, path] of PAGES) {
      const result = await lighthouse(origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      row(
        'Lighthouse (mobile)',
        name,
        'perf / a11y / best practices / SEO',
        `${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`,
        '',
      );
    }
  } finally {
    chrome.kill();
  }
}

function buildRows(label: string, m: BuildMeasure) {
  if (!m.ok) throw new Error(`${label} build failed:\n${m.output.slice(-3000)}`);
  row('build', label, 'total / CPU / peak memory', s(m.seconds), `${s(m.cpuSeconds)} CPU, ${mb(m.peakBytes)}`);
  for (const [phase, seconds] of Object.entries(m.phases)) row('build', `  ${label}`, phase, s(seconds), '');
}

const ratio = (ours: number, bare: number) => `${(ours / bare).toFixed(2)}×`;

/** Build cost of the synthetic corpus of one size: ours and bare, each cold then warm. */
interface SizeResult {
  entries: number;
  ours: { cold: BuildMeasure; warm: BuildMeasure };
  bare: { cold: BuildMeasure; warm: BuildMeasure };
}

/**
 * Builds a synthetic corpus of n entries four times: bare cold, ours cold, ours warm, bare warm (so a
 * slow drift of the machine's load weighs on both sides alike). "Cold" is a fresh copy with no
 * caches; "warm" rebuilds the same copy, keeping Astro's cache folder (content store, social images).
 */
async function syntheticBuilds(n: number): Promise<SizeResult> {
  const site = fixtureSite(`bench-${n}`);
  const bare = mkdtempSync(join(ROOT, '.cache/fixtures', `bare-${n}-`));
  try {
    writeCorpus(join(site.root, 'content'), n);
    cpSync(join(ROOT, 'content', SYNONYMS_FILE), join(site.root, 'content', SYNONYMS_FILE)); // the corpus replaces content/; search needs its synonym list
    writeBareProject(bare);
    writeCorpus(join(bare, 'content'), n);
    const entries = corpusSize(n);
    const build = async (label: string, root: string) => {
      const outDir = mkdtempSync(join(tmpdir(), 'kb-bench-build-'));
      try {
        const m = await measureBuild(process.execPath, [ASTRO, 'build', '--outDir', outDir], root);
        buildRows(label, m);
        return m;
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    };
    const bareCold = await build(`bare Astro + MDX, ${entries} entries (cold)`, bare);
    const oursCold = await build(`ours, ${entries} entries (cold caches)`, site.root);
    const oursWarm = await build(`ours, ${entries} entries (warm caches)`, site.root);
    const bareWarm = await build(`bare Astro + MDX, ${entries} entries (warm)`, bare);
    const result = { entries, ours: { cold: oursCold, warm: oursWarm }, bare: { cold: bareCold, warm: bareWarm } };
    ratioRows(result);
    return result;
  } finally {
    site.dispose();
    rmSync(bare, { recursive: true, force: true });
  }
}

/** The limits of our build against bare Astro + MDX: up to 1,000 entries, and beyond. */
const LIMITS = (entries: number) =>
  entries <= 1_100 ? { cold: 2, warm: 1.5, memory: 1.5 } : { cold: 2.5, warm: 1.6, memory: 1.5 };

/** Ours against bare at one size, with the limits of `LIMITS`. */
function ratioRows({ entries, ours, bare }: SizeResult) {
  const limit = LIMITS(entries);
  const verdict = (value: number, max: number) => (value <= max ? `within ${max}×` : `OVER ${max}×`);
  const label = `ours / bare, ${entries} entries`;
  row(
    'build ratio',
    label,
    `cold time (limit ${limit.cold}×)`,
    ratio(ours.cold.seconds, bare.cold.seconds),
    `${verdict(ours.cold.seconds / bare.cold.seconds, limit.cold)}; CPU ${ratio(ours.cold.cpuSeconds, bare.cold.cpuSeconds)}`,
  );
  row(
    'build ratio',
    label,
    `warm time (limit ${limit.warm}×)`,
    ratio(ours.warm.seconds, bare.warm.seconds),
    `${verdict(ours.warm.seconds / bare.warm.seconds, limit.warm)}; CPU ${ratio(ours.warm.cpuSeconds, bare.warm.cpuSeconds)}`,
  );
  row(
    'build ratio',
    label,
    `peak memory cold / warm (limit ${limit.memory}×)`,
    ratio(ours.cold.peakBytes, bare.cold.peakBytes),
    `${ratio(ours.warm.peakBytes, bare.warm.peakBytes)}; ${verdict(Math.max(ours.cold.peakBytes / bare.cold.peakBytes, ours.warm.peakBytes / bare.warm.peakBytes), limit.memory)}`,
  );
}

/**
 * Per-entry cost at each size, and the marginal cost of each step (the extra time or memory per
 * extra entry from the size before): a cost that grows linearly keeps its marginal cost level from
 * step to step; a super-linear one shows as a marginal cost that climbs.
 */
function growthRows(results: SizeResult[]) {
  const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const builds = [
    ['ours cold', (r: SizeResult) => r.ours.cold],
    ['ours warm', (r: SizeResult) => r.ours.warm],
    ['bare cold', (r: SizeResult) => r.bare.cold],
    ['bare warm', (r: SizeResult) => r.bare.warm],
  ] as const;
  for (const [name, pick] of builds) {
    results.forEach((r, i) => {
      const m = pick(r);
      const per = `${ms(m.seconds / r.entries)} / ${kib(m.peakBytes / r.entries)}`;
      const before = results[i - 1];
      let step = '';
      if (before) {
        const b = pick(before);
        const added = r.entries - before.entries;
        step = `marginal from ${before.entries}: ${ms((m.seconds - b.seconds) / added)} / ${kib((m.peakBytes - b.peakBytes) / added)}`;
      }
      row('per entry', `${name}, ${r.entries} entries`, 'time / peak memory', per, step);
    });
  }
}

async function main() {
  mkdirSync(join(ROOT, '.cache/fixtures'), { recursive: true });
  let searchLines: string[] = [];
  if (!buildsOnly) {
    const dist = mkdtempSync(join(tmpdir(), 'kb-bench-site-'));
    const real = await measureBuild(process.execPath, [ASTRO, 'build', '--outDir', dist], ROOT);
    buildRows('this site', real);
    const server = await serveSite(dist);
    try {
      largestEntryPages(dist);
      await sizesAndSearch(server.url);
      const browser = await launchChromium();
      searchLines = await searchBench(browser, server.url, dist, row).finally(() => browser.close());
      await lighthouseScores(server.url);
    } finally {
      await server.stop();
      rmSync(dist, { recursive: true, force: true });
    }
  }
  const results: SizeResult[] = [];
  for (const n of SIZES) results.push(await syntheticBuilds(n));
  growthRows(results);

  const header = ['what', 'item', 'measure', 'gzip / value', 'brotli / detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
  if (searchLines.length) console.log(`\n${searchLines.join('\n')}`);
  console.log(
    '\nBudgets: entry page ≤ 14 KB of HTML+CSS with gzip and with brotli, ≤ 3 KB enhancement JS; /map/ and /network/ ≤ 60 KB brotli; first search ≤ 125 KB brotli, ≤ 130 KB for one that shows an answer (≤ 5 KB of answer files); search ranking ≥ 95% top-3 and ≥ 85% top-1; our build against bare Astro + MDX on the same entries: up to 1,000 entries cold ≤ 2×, warm ≤ 1.5×; 10,000 entries cold ≤ 2.5×, warm ≤ 1.6×; peak memory ≤ 1.5×; per-entry cost level as entries grow.',
  );
}

await main();
