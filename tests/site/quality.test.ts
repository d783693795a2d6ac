/**
 * Quality gates on the built site — links and anchors, valid HTML, accessibility in light and dark
 * themes — and proof that each gate fails on a deliberately broken page. Links and HTML are checked
 * on every page; axe audits the page cover (`tests/helpers/page-cover.ts`: pages that together show
 * every piece of markup of every template). Each audited page loads once: axe runs every WCAG rule in
 * the light theme, then the page switches to dark in place and axe runs the colour rules (a test
 * below shows the themes differ in nothing else).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { byPage, checkLinks, nuProblems, policyProblems, type GateProblem, validateHtml } from '../helpers/gates.ts';
import { pageCover } from '../helpers/page-cover.ts';
import { redirectTarget } from '../helpers/public-urls.ts';
import { AXE_SOURCE, axeInBothSchemes, axeViolations } from '../helpers/axe.ts';
import { baseUrl, distDir, startBrowser, stopBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site.ts';
import { serveFolder } from '../helpers/static-server.ts';

const SITE = 'https://central-asia-kb.example.org';
const BROKEN = join(import.meta.dirname, '../fixtures/broken');
const NU_BROKEN = join(BROKEN, 'nu-errors');

/** One run of the Nu checker over the site and its broken fixture (each run starts a Java VM). */
let nuRun: Map<string, GateProblem[]> | undefined;
const nuReport = (dir: string) => (nuRun ??= nuProblems([distDir(), NU_BROKEN])).get(dir)!;

afterAll(stopBrowser);

describe('links', () => {
  test('every internal link and anchor resolves; external links are noopener noreferrer', () => {
    const problems = checkLinks(distDir(), SITE);
    expect(byPage(problems)).toBe('');
  });
});

describe('HTML', () => {
  test('every page is valid (html-validate)', async () => {
    const problems = await validateHtml(distDir(), ROOT);
    expect(byPage(problems)).toBe('');
  });

  test('every page passes the W3C Nu checker: no error, no repeated <dt> name', () => {
    expect(byPage(nuReport(distDir()))).toBe('');
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('the themes differ only in colour custom properties, so a second theme needs only the colour rules', () => {
    // What makes auditing the dark theme with the colour rules alone as strict as a full audit.
    const css = readdirSync(join(distDir(), '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(distDir(), '_astro', f), 'utf8'))
      .join('\n');
    const blocks = schemeBlocks(css);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).toMatch(/^(?::root\{(?:--kb-[\w-]+:[^;{}]+;?)+\})+$/);
  });

  test('every template, in every variant the site has, has no violation in the light theme, nor colour violations in the dark theme', async () => {
    // Pages are audited as served: the service worker would answer from its precache, past the
    // route that holds redirect pages still.
    const context = await (
      await startBrowser()
    ).newContext({ colorScheme: 'light', reducedMotion: 'reduce', serviceWorkers: 'block' });
    // axe is in every page before it loads, rather than sent over after each visit.
    await context.addInitScript(AXE_SOURCE);
    const pages = pageCover(distDir());
    const found: string[] = [];
    // Two pages at once: one core audits while the other loads.
    let next = 0;
    const worker = async () => {
      const page = await context.newPage();
      while (next < pages.length) {
        const { path, file } = pages[next++]!;
        const url = new URL(path, baseUrl()).href;
        const html = readFileSync(file, 'utf8');
        if (redirectTarget(html)) {
          // A redirect page is audited as it stands: served without its refresh so it stays put.
          await page.route(url, (route) =>
            route.fulfill({ contentType: 'text/html', body: html.replace(/<meta http-equiv="refresh"[^>]*>/, '') }),
          );
        }
        await page.goto(url, { waitUntil: 'load' });
        for (const v of await axeInBothSchemes(page)) found.push(`${path} ${v}`);
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    expect(found).toEqual([]);
    expect(new Set(pages.map((p) => p.template)).size).toBeGreaterThan(20);
    await context.close();
  }, 900_000);

  test('the search page with results and the open search dialog have no violation, light and dark', async () => {
    const context = await (await startBrowser()).newContext({ colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    // With an answer from the typed data above the results.
    await page.goto(new URL('/search/?q=sco%20observers', baseUrl()).href);
    await page.locator('[data-search-answer]').waitFor({ timeout: 20_000 });
    await page.locator('[data-search-results] [data-search-result]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-search-filters] input').first().waitFor({ state: 'attached' });
    expect(await axeInBothSchemes(page)).toEqual([]);
    await page.goto(new URL('/actors/russia/', baseUrl()).href);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('tajikistan taliban');
    await page.locator('dialog [data-search-answer]').waitFor({ timeout: 20_000 });
    await page.locator('dialog [data-search-results] [data-search-result]').first().waitFor({ timeout: 20_000 });
    expect(await axeInBothSchemes(page)).toEqual([]);
    await context.close();
  });
});

/** The bodies of every `@media (prefers-color-scheme: dark)` block in a stylesheet. */
function schemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  const start = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/g;
  for (let match = start.exec(css); match; match = start.exec(css)) {
    let depth = 1;
    let i = start.lastIndex;
    for (; i < css.length && depth; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    blocks.push(css.slice(start.lastIndex, i - 1).replace(/\s+/g, ''));
  }
  return blocks;
}

describe('keyboard', () => {
  test('the skip link, the header and a link-to-section control work from the keyboard with a visible focus', async () => {
    const context = await (await startBrowser()).newContext();
    const page = await context.newPage();
    await page.goto(new URL('/organizations/csto/', baseUrl()).href);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // Through the header: site name, every navigation link, then the search control.
    await page.keyboard.press('Shift+Tab');
    const order: string[] = [];
    await page.goto(new URL('/organizations/csto/', baseUrl()).href);
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(order.slice(0, 3)).toEqual(['Skip to content', 'Central Asia after the Taliban takeover', 'Actors']);
    expect(order).toContain('Search Ctrl K');
    await context.close();
  });
});

describe('each gate fails on a deliberately broken page', () => {
  let fixtures: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    fixtures = await serveFolder(BROKEN);
  });
  afterAll(() => fixtures.stop());

  test('a dead link, a missing anchor and an unsafe external link', () => {
    const messages = checkLinks(join(BROKEN, 'dead-link'), 'https://fixture.example').map((p) => p.message);
    expect(messages).toEqual([
      'dead link /no-such-page/',
      'missing anchor /#no-such-anchor',
      'external link https://example.org/ lacks rel="noopener noreferrer"',
    ]);
  });

  test('a bad refresh value and a repeated <dt> name (Nu checker)', () => {
    const messages = nuReport(NU_BROKEN).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^error: Bad value “0;url=\/elsewhere\/”/),
      expect.stringMatching(/^warning: Duplicate “dt” name “Status”/),
    ]);
  });

  test('an invalid tag', async () => {
    const messages = (await validateHtml(join(BROKEN, 'invalid-tag'), ROOT)).map((p) => p.message);
    expect(messages.map((m) => m.split(':')[0])).toEqual(['no-implicit-close', 'deprecated', 'close-order']);
  });

  test('an unlabeled button', async () => {
    const page = await (await startBrowser()).newPage();
    await page.goto(`${fixtures.url}/unlabeled-button/`);
    expect(await axeViolations(page)).toEqual([expect.stringMatching(/^button-name:/)]);
    await page.close();
  });

  test('an inline script, a style attribute and a foreign script under a strict policy (read from the file)', () => {
    expect(policyProblems(join(BROKEN, 'inline-script')).map((p) => p.message)).toEqual([
      'inline <script> whose hash the policy lacks',
      'style attribute',
      'loads https://cdn.example.org/lib.js',
    ]);
  });

  test("an inline script under the site's policy", async () => {
    const page = await (await startBrowser()).newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${fixtures.url}/inline-script/`);
    await expect(page.title()).resolves.toBe('Inline script');
    expect(violations.length).toBeGreaterThan(0);
    await page.close();
  });
});
