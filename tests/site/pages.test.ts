/** Every page type renders with JavaScript off, and unknown paths get the real 404 page. */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlPages, redirectTarget } from '../helpers/public-urls.ts';
import { baseUrl, distDir, openPage, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

const pages: [string, string, RegExp][] = [
  ['home', '/', /Central Asia after the Taliban takeover/],
  ['about', '/about/', /About this knowledge base/],
  ['a list page', '/actors/', /^Actors$/],
  ['a state', '/actors/tajikistan/', /^Tajikistan$/],
  ['a person', '/actors/vladimir-putin/', /^Vladimir Putin$/],
  ['an organization', '/organizations/csto/', /Collective Security Treaty Organization/],
  ['a base', '/bases/201st-military-base/', /201st Military Base/],
  ['a place', '/places/dushanbe/', /^Dushanbe$/],
  ['infrastructure', '/infrastructure/friendship-bridge/', /Friendship Bridge/],
  ['an event', '/events/2021-08-23-csto-emergency-summit/', /CSTO/],
  ['a scenario', '/scenarios/malign/', /[Mm]align/],
  ['the source', '/sources/central-asias-taliban-surprise/', /Central Asia.s Taliban surprise/],
];

describe('pages with JavaScript disabled', () => {
  test('every page is served with its one main and one heading (what shows with JavaScript off)', () => {
    const problems: string[] = [];
    for (const { path, file } of htmlPages(distDir())) {
      const html = readFileSync(file, 'utf8');
      if (redirectTarget(html)) continue;
      const count = (re: RegExp) => html.match(re)?.length ?? 0;
      if (count(/<main\b/g) !== 1) problems.push(`${path}: ${count(/<main\b/g)} <main>`);
      if (count(/<h1\b/g) !== 1) problems.push(`${path}: ${count(/<h1\b/g)} <h1>`);
    }
    expect(problems).toEqual([]);
  });

  test(`each kind of page shows its own heading: ${pages.map(([kind]) => kind).join(', ')}`, async () => {
    const page = await openPage('/', { javaScriptEnabled: false });
    const headings: Record<string, string> = {};
    for (const [, path] of pages) {
      await page.goto(new URL(path, baseUrl()).href);
      headings[path] = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    }
    for (const [kind, path, heading] of pages) expect(headings[path], kind).toMatch(heading);
    await page.context().close();
  });

  test('the source page has one anchor per citable place', async () => {
    const page = await openPage('/sources/central-asias-taliban-surprise/', { javaScriptEnabled: false });
    const ids = await page.locator('[id^="p"], #caption, #byline').evaluateAll((els) => els.map((e) => e.id));
    for (let n = 1; n <= 14; n++) expect(ids).toContain(`p${n}`);
    expect(ids).toEqual(expect.arrayContaining(['caption', 'byline']));
    await page.context().close();
  });
});

describe('the 404 page', () => {
  test("an unknown path is answered with status 404 and the site's own page", async () => {
    const response = await fetch(new URL('/actors/no-such-entry/', baseUrl()));
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Page not found');
    // Asset paths are absolute so the page works at any depth.
    const assets = [...html.matchAll(/(?:href|src)="([^"#]+\.(?:css|js|svg|png))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(/^\//);
  });
});

describe('printing', () => {
  test('an entry prints without navigation chrome, keeping citations and showing link targets', async () => {
    const page = await openPage('/bases/kant-air-base/', { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
    await expect(page.locator('.anchor').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.cites a').first().isVisible()).resolves.toBe(true);
    const target = await page
      .locator('.prose a[href^="/actors/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(target).toMatch(/^"?\s*<"?/);
    await page.context().close();
  });
});
