/** Every page type renders with JavaScript off, and unknown paths get the real 404 page. */
import { afterAll, describe, expect, test } from 'vitest';
import { baseUrl, openPage, stopBrowser } from '../helpers/browser.ts';

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
  test.each(pages)('%s (%s) renders its heading', async (_, path, heading) => {
    const page = await openPage(path, { javaScriptEnabled: false });
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1.count()).resolves.toBe(1);
    expect((await h1.textContent())?.trim()).toMatch(heading);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
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
      .locator('.prose a[data-preview]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(target).toMatch(/^"?\s*<"?/);
    await page.context().close();
  });
});
