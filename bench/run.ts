/**
 * npm run bench — prints one table of what the site costs: compressed bytes of the first load of
 * four pages, the JavaScript needed to read an entry, bytes and time to a first search, Lighthouse
 * (mobile) scores, and build time per phase with peak memory, for the real site and for a synthetic
 * corpus beside a bare Astro build of the same entries. Timings are printed, never asserted.
 * Usage: npm run bench [-- --large]   (--large adds a 10,000-entry corpus)
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../scripts/lib/chromium.ts';
import { fixtureSite } from '../scripts/lib/fixture-site.ts';
import { ROOT, serveSite } from '../scripts/lib/site.ts';
import { measureBuild, type BuildMeasure } from './measure.ts';
import { corpusSize, writeBareProject, writeCorpus } from './synthetic.ts';
import { searchBench } from './search-bench.ts';
import { SYNONYMS_FILE } from '../src/integrations/pagefind.ts';

const large = process.argv.includes('--large');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const rows: string[][] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));
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
    pending.push(response.body().then((body) => { bodies.push({ url: response.url(), type: response.request().resourceType(), body }); }).catch(() => undefined));
  };
  page.on('response', listener);
  await action();
  await Promise.all(pending);
  page.off('response', listener);
  return bodies;
}

// Pagefind's index, fragments and WebAssembly are already compressed; a server sends them as they are.
const precompressed = (url: string) => /\.(?:pf_\w+|pagefind)$/.test(new URL(url).pathname);

const PAGES = [['home', '/'], ['entry (Tajikistan)', '/actors/tajikistan/'], ['/search/', '/search/'], ['/search/?q=csto', '/search/?q=csto'], ['/map/', '/map/']] as const;

async function sizesAndSearch(origin: string) {
  const browser = await launchChromium();
  try {
    for (const [name, path] of PAGES) {
      const page = await browser.newPage();
      const got = await collect(page, async () => { await page.goto(origin + path, { waitUntil: 'networkidle' }); });
      const sum = (types: string[], key: 'gzip' | 'brotli') =>
        got.filter((r) => types.includes(r.type)).reduce((t, r) => t + compressed(r.body, precompressed(r.url))[key], 0);
      row('first load', name, 'HTML', kb(sum(['document'], 'gzip')), kb(sum(['document'], 'brotli')));
      row('first load', name, 'CSS', kb(sum(['stylesheet'], 'gzip')), kb(sum(['stylesheet'], 'brotli')));
      row('first load', name, 'JS', kb(sum(['script'], 'gzip')), kb(sum(['script'], 'brotli')));
      await page.close();
    }
    // Reading needs no script: with JavaScript off, the entry shows its heading, facts and body.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${origin}/actors/tajikistan/`);
    const readable = (await plain.locator('h1').count()) === 1 && (await plain.locator('#key-facts').count()) === 1 && (await plain.locator('#overview ~ p, .prose p').count()) > 0;
    row('read an entry', 'JavaScript needed', readable ? '0 KB (target 0)' : 'FAILED: entry unreadable without JS', '', '');
    await context.close();

  } finally {
    await browser.close();
  }
}

async function lighthouseScores(origin: string) {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({
    chromePath: await chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const [name, path] of PAGES) {
      const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const categories = result?.lhr.categories ?? {};
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      row('Lighthouse (mobile)', name, 'perf / a11y / best practices / SEO', `${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`, '');
    }
  } finally {
    chrome.kill();
  }
}

function buildRows(label: string, m: BuildMeasure) {
  if (!m.ok) throw new Error(`${label} build failed:\n${m.output.slice(-3000)}`);
  row('build', label, 'total / peak memory', s(m.seconds), mb(m.peakBytes));
  for (const [phase, seconds] of Object.entries(m.phases)) row('build', `  ${label}`, phase, s(seconds), '');
}

async function syntheticBuilds(n: number) {
  const site = fixtureSite(`bench-${n}`);
  const bare = mkdtempSync(join(ROOT, '.cache/fixtures', `bare-${n}-`));
  try {
    writeCorpus(join(site.root, 'content'), n);
    cpSync(join(ROOT, SYNONYMS_FILE), join(site.root, SYNONYMS_FILE)); // the corpus replaces content/; search needs its synonym list
    writeBareProject(bare);
    writeCorpus(join(bare, 'content'), n);
    const size = corpusSize(n);
    const out = (name: string) => mkdtempSync(join(tmpdir(), `kb-bench-${name}-`));
    const ours = await measureBuild(process.execPath, [ASTRO, 'build', '--outDir', out('ours')], site.root);
    buildRows(`ours, ${size} synthetic entries (cold caches)`, ours);
    const warm = await measureBuild(process.execPath, [ASTRO, 'build', '--outDir', out('ours-warm')], site.root);
    buildRows(`ours, ${size} synthetic entries (warm image cache)`, warm);
    const plain = await measureBuild(process.execPath, [ASTRO, 'build', '--outDir', out('bare')], bare);
    buildRows(`bare Astro + MDX, same ${size} entries`, plain);
    row('build', `ratio ours / bare, ${size} entries`, 'cold / warm', `${(ours.seconds / plain.seconds).toFixed(2)}×`, `${(warm.seconds / plain.seconds).toFixed(2)}×`);
  } finally {
    site.dispose();
    rmSync(bare, { recursive: true, force: true });
  }
}

async function main() {
  mkdirSync(join(ROOT, '.cache/fixtures'), { recursive: true });
  const dist = mkdtempSync(join(tmpdir(), 'kb-bench-site-'));
  const real = await measureBuild(process.execPath, [ASTRO, 'build', '--outDir', dist], ROOT);
  buildRows('this site', real);
  const server = await serveSite(dist);
  let searchLines: string[] = [];
  try {
    await sizesAndSearch(server.url);
    const browser = await launchChromium();
    searchLines = await searchBench(browser, server.url, dist, row).finally(() => browser.close());
    await lighthouseScores(server.url);
  } finally {
    await server.stop();
  }
  await syntheticBuilds(1000);
  if (large) await syntheticBuilds(10_000);
  rmSync(dist, { recursive: true, force: true });

  const header = ['what', 'item', 'measure', 'gzip / value', 'brotli / detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
  console.log(`\n${searchLines.join('\n')}`);
  console.log('\nBudgets: entry page ≤ 14 KB compressed HTML+CSS and ≤ 3 KB enhancement JS; /map/ ≤ 60 KB brotli; first search ≤ 100 KB; our build ≤ 1.5× bare; 10k entries within 3 GB.');
}

await main();
