/** Search in Chromium: ranking, results, filters, shareable URLs, keyboard use, phones, retry and the fallbacks. */
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

/** A result's title link (each result also links the section it matched). */
const RESULT = '[data-search-results] [data-search-result]';

/**
 * Waits until the search in `scope` has finished for what its input holds: the status line is
 * written last, once every result is painted ("3 results for csto").
 */
async function settled(page: Page, scope = 'main'): Promise<void> {
  await page.waitForFunction(
    (scope) => {
      const root = document.querySelector(scope);
      const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
      const status = root?.querySelector('[data-search-status]')?.textContent ?? '';
      return !!input?.value.trim() && status.endsWith(` for ${input.value.trim()}`);
    },
    scope,
    { timeout: 20_000 },
  );
}

/** The result page links (not sub-result anchors) in order, once the search has finished. */
async function resultPaths(page: Page, scope = 'main'): Promise<string[]> {
  await settled(page, scope);
  const hrefs = await page
    .locator(`${scope} ${RESULT}`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => new URL(h, 'http://x').pathname))];
}

describe('ranking', () => {
  // The ranking benchmark (search-ranking.test.ts) runs the same code in Node; here the page shows it.
  const cases = [
    ['a country', 'Tajikistan', '/actors/tajikistan/'],
    ['an acronym', 'CSTO', '/organizations/csto/'],
    ['a full name', 'Collective Security Treaty Organization', '/organizations/csto/'],
    ['a British spelling', 'Shanghai Cooperation Organisation', '/organizations/sco/'],
    ['an alias', 'ISIS-K', '/actors/iskp/'],
    ['another name of a base', 'Gissar', '/bases/ayni-air-base/'],
    ['a base', 'Kant', '/bases/kant-air-base/'],
    ['a person by surname', 'Mirziyoyev', '/actors/shavkat-mirziyoyev/'],
  ] as const;
  test(`typed on the search page, ${cases.map(([kind]) => kind).join(', ')} land their entry first`, async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent(cases[0][1])}`);
    const firsts: Record<string, string | undefined> = {};
    for (const [, query] of cases) {
      await page.locator('[data-search-input]').fill(query);
      firsts[query] = (await resultPaths(page))[0];
    }
    expect(firsts).toEqual(Object.fromEntries(cases.map(([, query, expected]) => [query, expected])));
    await page.context().close();
  });
});

describe('the search page', () => {
  test('a ?q= URL fills the input and runs that search', async () => {
    const page = await openPage('/search/?q=friendship%20bridge');
    expect(await resultPaths(page)).toContain('/infrastructure/friendship-bridge/');
    await expect(page.locator('[data-search-input]').inputValue()).resolves.toBe('friendship bridge');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(
      /\d+ results? for friendship bridge/,
    );
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
    await expect(page.locator('[data-search-filters]').textContent()).resolves.toMatch(/Base\s*\d+/);
    await expect(page.locator('[data-search-filters] summary').textContent()).resolves.toBe('Filters (1 active)');
    await page.context().close();
  });

  test('choosing a filter updates the URL, and back/forward restore each search', async () => {
    const page = await openPage('/search/?q=csto');
    await resultPaths(page);
    // The status line reads the same with and without a filter: poll for the results themselves.
    const onlyEvents = async () => (await resultPaths(page)).every((path) => path.startsWith('/events/'));
    await page.locator('[data-search-filters] summary').click();
    await page
      .locator('[data-search-filters]')
      .getByRole('checkbox', { name: /^Event/ })
      .check();
    await page.waitForURL(/type=Event/);
    await expect.poll(onlyEvents, { timeout: 20_000 }).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('type='));
    await expect.poll(onlyEvents, { timeout: 20_000 }).toBe(false);
    await page.goForward();
    await page.waitForURL(/type=Event/);
    await expect.poll(onlyEvents, { timeout: 20_000 }).toBe(true);
    await page.context().close();
  });

  test('result links carry the search terms, and the landing page marks them', async () => {
    const page = await openPage('/search/?q=rubezh');
    const link = page.locator(RESULT).first();
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
    expect(await page.locator('.search-link').getAttribute('aria-keyshortcuts')).toContain('Control+K');

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.type('csto');
    await page.locator(`dialog ${RESULT}`).first().waitFor({ timeout: 20_000 });
    expect(requested).toContain('/pagefind/pagefind.js');
    // Only what the search uses: none of Pagefind's UI bundles.
    expect(requested.filter((p) => /pagefind-(?:component-ui|modular-ui|ui)\./.test(p))).toEqual([]);
    await settled(page, 'dialog');
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

describe('results', () => {
  test('each result shows its type and kind, its summary, and the section it matched, linked to that heading', async () => {
    const page = await openPage('/search/?q=rubezh');
    await resultPaths(page);
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.locator('.search-result__kind').textContent()).resolves.toBe('Event · Exercise');
    await expect(first.locator('.search-result__summary').textContent()).resolves.toMatch(/Rubezh/);
    const section = first.locator('.search-result__section a');
    await section.waitFor();
    expect(await section.getAttribute('href')).toMatch(
      /^\/events\/2021-09-csto-rubezh-exercise\/\?highlight=rubezh#[a-z-]+$/,
    );
    const anchor = (await section.getAttribute('href'))!.split('#')[1]!;
    await section.click();
    await page.waitForURL(new RegExp(`#${anchor}$`));
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });

  test('a match in a claim of its own (a membership, a statement, an event row) links that claim', async () => {
    const page = await openPage('/search/?q=observer');
    await resultPaths(page);
    const sco = page.locator('[data-search-results] > li', {
      has: page.locator('a[data-search-result][href^="/organizations/sco/"]'),
    });
    const section = sco.locator('.search-result__section a');
    await section.waitFor();
    expect(await section.getAttribute('href')).toBe('/organizations/sco/?highlight=observer#m-afghanistan');
    await page.context().close();
  });

  test('a query two entries answer puts what joins them first', async () => {
    const page = await openPage('/search/?q=tokayev%20putin');
    expect((await resultPaths(page))[0]).toBe('/events/2021-08-21-tokayev-putin-meeting/');
    await page.context().close();
  });

  test("only results in view fetch Pagefind's page data for their section line", async () => {
    const page = await openPage('/', { viewport: { width: 1280, height: 700 } });
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await page.goto(new URL('/search/?q=tajikistan', page.url()).href);
    const all = await resultPaths(page);
    await page.locator('.search-result__section a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const inView = await page
      .locator('[data-search-results] > li')
      .evaluateAll((items) => items.filter((li) => li.getBoundingClientRect().top < innerHeight).length);
    expect(all.length).toBeGreaterThan(inView);
    expect(fragments.length).toBeLessThanOrEqual(inView);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => fragments.length, { timeout: 10_000 }).toBeGreaterThan(inView);
    await page.context().close();
  });

  test('results are painted once, in their final order', async () => {
    const page = await openPage('/');
    // Record the first result's title each time the page changes, from the first paint on.
    await page.addInitScript(() => {
      const w = window as unknown as { firsts: string[] };
      w.firsts = [];
      new MutationObserver(() => {
        const t = document.querySelector('[data-search-results] [data-search-result]')?.textContent;
        if (t && w.firsts.at(-1) !== t) w.firsts.push(t);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(new URL('/search/?q=csto', page.url()).href);
    await resultPaths(page);
    await expect(page.evaluate(() => (window as unknown as { firsts: string[] }).firsts)).resolves.toEqual([
      'Collective Security Treaty Organization',
    ]);
    await page.context().close();
  });

  test('no results offers the closest entries by name and the browse lists', async () => {
    const page = await openPage('/search/?q=tajkstn');
    const none = page.locator('[data-search-none]');
    await none.waitFor();
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe('0 results for tajkstn');
    await expect(none.locator('a').first().getAttribute('href')).resolves.toBe('/actors/tajikistan/');
    await expect(none.locator('a[href="/events/"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('answers from typed data', () => {
  test('a query asking about an entry opens with the answer: values linked, markers and paragraph links as on the page, a link to each claim', async () => {
    const page = await openPage('/search/?q=sco%20observers');
    await settled(page);
    const answer = page.locator('[data-search-answer]');
    await expect(answer.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Shanghai Cooperation Organization',
    );
    await expect(answer.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('Members (observer)');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^An answer and \d+ results for/);
    const claims = answer.locator('li');
    await expect(claims.count()).resolves.toBe(4);
    await expect(claims.first().locator('a').first().getAttribute('href')).resolves.toBe('/actors/afghanistan/');
    // The first claim's markers, as the answer shows them and as the entry page does.
    const shown = await claims
      .first()
      .locator('.meta')
      .evaluateAll((m) => m.map((x) => x.outerHTML));
    const claim = claims.first().locator('[data-search-claim]');
    expect(await claim.getAttribute('href')).toBe('/organizations/sco/#m-afghanistan');
    await claim.click();
    await page.waitForURL(/\/organizations\/sco\/#m-afghanistan$/);
    const target = page.locator('#m-afghanistan');
    const onPage = await target
      .locator('.meta:has(> .badge)')
      .evaluateAll((m) => m.map((x) => (x.removeAttribute('data-pagefind-ignore'), x.outerHTML)));
    expect(shown).toEqual(onPage);
    // A shared link to a claim marks it, as it scrolls it into view.
    expect(await target.evaluate((el) => el.matches(':target') && getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.context().close();
  });

  test('a query naming two entries is answered with what ties them, in the dialog too', async () => {
    const page = await openPage('/actors/kazakhstan/');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('tajikistan taliban');
    await settled(page, 'dialog');
    const answer = page.locator('dialog [data-search-answer]');
    await expect(answer.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Tajikistan and Taliban');
    await expect(answer.textContent()).resolves.toContain('No official dialogue');
    expect((await resultPaths(page, 'dialog'))[0]).toBe('/actors/tajikistan/');
    await page.context().close();
  });

  test('no answer is shown where the data has none', async () => {
    const page = await openPage('/search/?q=csto');
    await settled(page);
    await expect(page.locator('[data-search-answer]').count()).resolves.toBe(0);
    await page.locator('[data-search-input]').fill('mongolia president');
    await settled(page);
    await expect(page.locator('[data-search-answer]').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('on a phone', () => {
  test('/search/?q=uzbekistan shows results above the fold, filters folded, no sideways scroll and no Ctrl K hint', async () => {
    const page = await openPage('/search/?q=uzbekistan', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await resultPaths(page);
    const top = await page.locator(RESULT).first().boundingBox();
    expect(top!.y + top!.height).toBeLessThan(844);
    await expect(page.locator('[data-search-filters]').getAttribute('open')).resolves.toBeNull();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await expect(page.locator('.search-link kbd').isVisible()).resolves.toBe(false);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(844 / 4);
    await page.context().close();
  });

  test('on a desktop the Ctrl K hint shows', async () => {
    const page = await openPage('/');
    await expect(page.locator('.search-link kbd').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('a failed load', () => {
  // The routes stand for the network failing. A service worker would fetch on the page's behalf,
  // past the page's routes, so these pages have none.
  test('says so, and trying again loads search', async () => {
    const page = await openPage('/', { serviceWorkers: 'block' });
    let fail = true;
    await page.route('**/pagefind/pagefind.js*', (route) => (fail ? route.abort() : route.continue()));
    await page.goto(new URL('/search/?q=csto', page.url()).href);
    const failed = page.locator('[data-search-failed]');
    await failed.waitFor();
    await expect(failed.locator('a[href="/actors/"]').count()).resolves.toBe(1);
    fail = false;
    await failed.getByRole('button', { name: 'Try again' }).click();
    expect((await resultPaths(page))[0]).toBe('/organizations/csto/');
    await expect(failed.isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  test('in the dialog, typing again after a failure retries', async () => {
    const page = await openPage('/actors/kazakhstan/', { serviceWorkers: 'block' });
    let fail = true;
    await page.route('**/pagefind/kb-search.json', (route) => (fail ? route.abort() : route.continue()));
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('csto');
    await page.locator('dialog [data-search-failed]').waitFor();
    fail = false;
    await page.keyboard.type(' ');
    await page.locator(`dialog ${RESULT}`).first().waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});

describe('fallbacks without JavaScript', () => {
  test('/search/ lists every entry under its title and each alias, A–Z', async () => {
    const page = await openPage('/search/', { javaScriptEnabled: false });
    const list = page.locator('main .search-atoz');
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(
      list.locator('a[href="/actors/tajikistan/"]', { hasText: 'Republic of Tajikistan' }).count(),
    ).resolves.toBe(1);
    await expect(list.locator('a[href="/organizations/csto/"]', { hasText: /^CSTO$/ }).count()).resolves.toBe(1);
    await expect(list.locator('a[href="/bases/ayni-air-base/"]', { hasText: 'Gissar Air Base' }).count()).resolves.toBe(
      1,
    );
    const letters = await list.locator('h3').allTextContents();
    expect(letters).toEqual([...letters].sort());
    await page.context().close();
  });

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
    await expect(
      page.getByRole('region', { name: 'Did you mean' }).getByRole('link').first().getAttribute('href'),
    ).resolves.toBe('/organizations/sco/');
    await page.context().close();
    const plain = await openPage('/actors/tajikstan/', { javaScriptEnabled: false });
    await expect(plain.locator('main a[href="/actors/tajikistan/"]').count()).resolves.toBe(1);
    await plain.context().close();
  });
});
