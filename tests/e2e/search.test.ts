/** Search in Chromium: ranking, filters, shareable URLs, keyboard use, and the fallbacks. */
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

/** The result page links (not sub-result anchors) in order, once results have rendered. */
async function resultPaths(page: Page): Promise<string[]> {
  await page.locator('pagefind-results a').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(400); // let the debounced search settle
  const hrefs = await page.locator('pagefind-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => !h.includes('#')).map((h) => new URL(h, 'http://x').pathname))];
}

describe('ranking', () => {
  test.each([
    ['a country', 'Tajikistan', '/actors/tajikistan/'],
    ['an acronym', 'CSTO', '/organizations/csto/'],
    ['a full name', 'Collective Security Treaty Organization', '/organizations/csto/'],
    ['a British spelling', 'Shanghai Cooperation Organisation', '/organizations/sco/'],
    ['an alias', 'ISIS-K', '/actors/iskp/'],
    ['another name of a base', 'Gissar', '/bases/ayni-air-base/'],
    ['a base', 'Kant', '/bases/kant-air-base/'],
    ['a person by surname', 'Mirziyoyev', '/actors/shavkat-mirziyoyev/'],
  ])('%s: "%s" lands %s first', async (_, query, expected) => {
    const page = await openPage(`/search/?q=${encodeURIComponent(query)}`);
    expect((await resultPaths(page))[0]).toBe(expected);
    await page.context().close();
  });
});

describe('the search page', () => {
  test('a ?q= URL fills the input and runs that search', async () => {
    const page = await openPage('/search/?q=friendship%20bridge');
    expect(await resultPaths(page)).toContain('/infrastructure/friendship-bridge/');
    await expect(page.locator('pagefind-input input').inputValue()).resolves.toBe('friendship bridge');
    await expect(page.locator('pagefind-summary').textContent()).resolves.toMatch(/\d+ results? for friendship bridge/);
    await page.context().close();
  });

  test('a type filter in the URL narrows results to that type, with counts in the filter pane', async () => {
    const page = await openPage('/search/?q=tajikistan');
    const all = await resultPaths(page);
    expect(all.some((p) => !p.startsWith('/bases/'))).toBe(true);
    await page.goto(page.url().replace('?q=tajikistan', '?q=tajikistan&type=Base'));
    const bases = await resultPaths(page);
    expect(bases.length).toBeGreaterThan(0);
    expect(bases.length).toBeLessThan(all.length);
    for (const path of bases) expect(path).toMatch(/^\/bases\//);
    await expect(page.locator('pagefind-filter-pane').textContent()).resolves.toMatch(/Base\s*\d+/);
    await page.context().close();
  });

  test('choosing a filter updates the URL, and back/forward restore each search', async () => {
    const page = await openPage('/search/?q=csto');
    await resultPaths(page);
    await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /^Event/ }).check();
    await page.waitForURL(/type=Event/);
    const events = await resultPaths(page);
    for (const path of events) expect(path).toMatch(/^\/events\//);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('type='));
    expect((await resultPaths(page)).some((p) => !p.startsWith('/events/'))).toBe(true);
    await page.goForward();
    await page.waitForURL(/type=Event/);
    for (const path of await resultPaths(page)) expect(path).toMatch(/^\/events\//);
    await page.context().close();
  });

  test('result links carry the search terms, and the landing page marks them', async () => {
    const page = await openPage('/search/?q=rubezh');
    const link = page.locator('pagefind-results a').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toContain('highlight=rubezh');
    await link.click();
    await page.waitForURL(/highlight=rubezh/);
    await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
    await page.context().close();
  });
});

describe('the search dialog', () => {
  test('nothing of search loads with the page; Ctrl+K opens it; arrows and Enter reach an entry', async () => {
    const requested: string[] = [];
    const page = await openPage('/actors/kazakhstan/');
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.locator('[data-search-trigger]').getAttribute('aria-keyshortcuts')).toContain('Control+K');

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(requested).toContain('/pagefind/pagefind-component-ui.js');
    await page.keyboard.type('csto');
    await page.locator('pagefind-modal pagefind-results a').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(400);
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    expect(focused).toContain('/organizations/csto/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/organizations\/csto\//);
    await page.context().close();
  });

  test('Escape closes the dialog', async () => {
    const page = await openPage('/');
    await page.getByRole('button', { name: /Search/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.context().close();
  });
});

describe('fallbacks without JavaScript', () => {
  test('the search link goes to /search/, which says search needs JavaScript and links the browse lists', async () => {
    const page = await openPage('/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: /Search/ }).click();
    await page.waitForURL(/\/search\/$/);
    // Text inside <noscript> is not matched by text locators, so find the note by its class.
    const note = page.locator('main p.note', { hasText: 'Search needs JavaScript' });
    await expect(note.isVisible()).resolves.toBe(true);
    for (const name of ['Actors', 'Organizations', 'Bases', 'Events']) {
      await expect(note.locator('a', { hasText: name }).count()).resolves.toBe(1);
    }
    await page.context().close();
  });
});

describe('the 404 page', () => {
  test('suggests the entry a mistyped address meant', async () => {
    const page = await openPage('/actors/tajikstan/');
    const suggestions = page.getByRole('region', { name: 'Did you mean' });
    await suggestions.waitFor();
    await expect(suggestions.getByRole('link').first().getAttribute('href')).resolves.toBe('/actors/tajikistan/');
    await page.context().close();
  });

  test('suggests by alias too, and lists every entry without JavaScript', async () => {
    const page = await openPage('/organizations/shanghai-cooperation-organisatoin/');
    await expect(page.getByRole('region', { name: 'Did you mean' }).getByRole('link').first().getAttribute('href')).resolves.toBe('/organizations/sco/');
    await page.context().close();
    const plain = await openPage('/actors/tajikstan/', { javaScriptEnabled: false });
    await expect(plain.locator('main a[href="/actors/tajikistan/"]').count()).resolves.toBe(1);
    await plain.context().close();
  });
});
