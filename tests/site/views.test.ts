/** The analyst views, read as a reader reads them: the cells and orderings the article supports. */
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

/** The text of the cell in the row headed `row` and the column headed `column` of the page's table. */
async function cell(page: Page, row: string, column: string): Promise<string> {
  return page.evaluate(
    ({ row, column }) => {
      const table = document.querySelector('table')!;
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      const index = headers.findIndex((h) => h.startsWith(column));
      const tr = [...table.querySelectorAll('tbody tr')].find(
        (r) => r.querySelector('th[scope="row"]')?.textContent?.trim() === row,
      );
      if (index < 0 || !tr) return `(no cell ${row} × ${column})`;
      return tr.children[index]!.textContent!.replace(/\s+/g, ' ').trim();
    },
    { row, column },
  );
}

describe('/memberships/', () => {
  test('is an accessible table with a caption and scoped headers', async () => {
    const page = await openPage('/memberships/', { javaScriptEnabled: false });
    await expect(page.locator('table caption').count()).resolves.toBe(1);
    await expect(page.locator('thead th[scope="col"]').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('tbody th[scope="row"]').count()).resolves.toBeGreaterThan(10);
    await page.context().close();
  });

  test('shows the CSTO and SCO statuses the article gives', async () => {
    const page = await openPage('/memberships/', { javaScriptEnabled: false });
    expect(await cell(page, 'Tajikistan', 'CSTO')).toMatch(/^Member\b/);
    expect(await cell(page, 'Uzbekistan', 'CSTO')).toMatch(/Former member since leaving in 2012/);
    expect(await cell(page, 'Turkmenistan', 'CSTO')).toBe('none');
    expect(await cell(page, 'Afghanistan', 'CSTO')).toMatch(/Observer.*in question.*uncertain/i);
    expect(await cell(page, 'Afghanistan', 'SCO')).toMatch(/Observer since 2012.*Applicant since 2015/);
    for (const state of ['Belarus', 'Iran', 'Mongolia']) expect(await cell(page, state, 'SCO')).toMatch(/^Observer\b/);
    for (const state of ['China', 'India', 'Pakistan', 'Russia', 'Kazakhstan'])
      expect(await cell(page, state, 'SCO')).toMatch(/^Member\b/);
    expect(await cell(page, 'Uzbekistan', 'CSTO')).toMatch(/¶5/);
    await page.context().close();
  });
});

describe('/stances/', () => {
  test('has the five Central Asian states across the five topics, each cell cited or marked silent', async () => {
    const page = await openPage('/stances/', { javaScriptEnabled: false });
    const rows = await page.locator('tbody th[scope="row"]').allTextContents();
    expect(rows.map((r) => r.trim())).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
    await expect(page.locator('thead th[scope="col"]').count()).resolves.toBe(6);
    const cells = await page.locator('tbody td').allTextContents();
    expect(cells).toHaveLength(25);
    for (const text of cells) expect(text).toMatch(/¶\d+|Not stated in the source/);
    expect(await cell(page, 'Tajikistan', 'Ethnic kin')).toMatch(/Speaks up for ethnic kin.*¶4/);
    expect(await cell(page, 'Uzbekistan', 'Ethnic kin')).toMatch(/Declines to champion/);
    expect(await cell(page, 'Tajikistan', 'Engagement with the Taliban')).toMatch(/No official dialogue/);
    expect(await cell(page, 'Uzbekistan', 'Afghan refugees')).toMatch(/Turns most Afghans away.*¶10/);
    await page.context().close();
  });
});

describe('border and presence table (home page)', () => {
  test("gives each Central Asian state's border with Afghanistan from typed facts", async () => {
    const page = await openPage('/', { javaScriptEnabled: false });
    expect(await cell(page, 'Tajikistan', 'Border')).toMatch(/^1,300 km.*¶4/);
    expect(await cell(page, 'Uzbekistan', 'Border')).toMatch(/^137 km.*¶5/);
    expect(await cell(page, 'Turkmenistan', 'Border')).toMatch(/^744 km.*¶6/);
    expect(await cell(page, 'Kazakhstan', 'Border')).toMatch(/^None/);
    expect(await cell(page, 'Kyrgyzstan', 'Border')).toMatch(/^None/);
    expect(await cell(page, 'Turkmenistan', 'CSTO')).toMatch(/Not a member/);
    expect(await cell(page, 'Tajikistan', 'Russian bases')).toMatch(/201st Military Base/);
    expect(await cell(page, 'Kyrgyzstan', 'Russian bases')).toMatch(/Kant Air Base/);
    await page.context().close();
  });
});

describe('/timeline/', () => {
  test('orders August 2021 as the article does, each date at its precision in a <time>', async () => {
    const page = await openPage('/timeline/', { javaScriptEnabled: false });
    const august = await page.locator('li[id^="2021-08"]').evaluateAll((items) =>
      items.map((li) => ({
        id: li.id,
        datetime: li.querySelector('time')?.getAttribute('datetime'),
        shown: li.querySelector('time')?.textContent?.trim(),
      })),
    );
    const ids = august.map((e) => e.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('2021-08-russia-uzbekistan-exercise-termez')).toBeLessThan(
      at('2021-08-10-trilateral-exercise-harb-maidon'),
    );
    expect(at('2021-08-10-trilateral-exercise-harb-maidon')).toBeLessThan(at('2021-08-15-mirziyoyev-putin-call'));
    expect(at('2021-08-15-mirziyoyev-putin-call')).toBeLessThan(at('2021-08-21-tokayev-putin-meeting'));
    expect(at('2021-08-21-tokayev-putin-meeting')).toBeLessThan(at('2021-08-23-csto-emergency-summit'));
    expect(august.find((e) => e.id === '2021-08-russia-uzbekistan-exercise-termez')).toMatchObject({
      datetime: '2021-08',
      shown: 'early August 2021',
    });
    expect(august.find((e) => e.id === '2021-08-23-csto-emergency-summit')).toMatchObject({
      datetime: '2021-08-23',
      shown: '23 August 2021',
    });
    await page.context().close();
  });

  test('groups by year, gives every event an anchor, and links participants and citations', async () => {
    const page = await openPage('/timeline/', { javaScriptEnabled: false });
    const years = await page.locator('section.timeline-year h2').allTextContents();
    expect(years[0]).toBe('1990s');
    expect(years.at(-1)).toBe('2021');
    const events = await page.locator('ol.timeline > li').evaluateAll((items) =>
      items.map((li) => ({
        id: li.id,
        time: !!li.querySelector('time[datetime]'),
        cite: !!li.querySelector('a[href*="/sources/"]'),
      })),
    );
    expect(events.length).toBeGreaterThan(30);
    for (const e of events) expect(e).toMatchObject({ time: true, cite: true });
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    await page.context().close();
  });

  test('a date the article does not give is marked as context, with its basis', async () => {
    const page = await openPage('/events/2021-08-15-taliban-take-kabul/', { javaScriptEnabled: false });
    const date = page.locator('aside[aria-labelledby="key-facts"] dd').first();
    await expect(date.locator('time').getAttribute('datetime')).resolves.toBe('2021-08-15');
    await expect(date.locator('.badge--context').count()).resolves.toBe(1);
    await expect(date.textContent()).resolves.toMatch(/does not date the takeover/);
    await page.context().close();
  });

  test('entry pages list their own events, and an event page links its place on the timeline', async () => {
    const page = await openPage('/actors/uzbekistan/', { javaScriptEnabled: false });
    const events = page.locator('section[aria-labelledby="events"]');
    await expect(events.locator('a[href="/events/2021-08-russia-uzbekistan-exercise-termez/"]').count()).resolves.toBe(
      1,
    );
    await page.goto(new URL('/events/2021-08-russia-uzbekistan-exercise-termez/', page.url()).href);
    const date = page.locator('.infobox dd').first();
    await expect(
      date.locator('a[href="/timeline/#2021-08-russia-uzbekistan-exercise-termez"]').textContent(),
    ).resolves.toBe('on the timeline');
    await page.context().close();
  });
});

describe('/map/', () => {
  test('links every base page, by status, and lists what it shows', async () => {
    const list = await openPage('/bases/', { javaScriptEnabled: false });
    const bases = await list
      .locator('main li > a[href^="/bases/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await list.context().close();
    expect(bases.length).toBe(7);
    const page = await openPage('/map/', { javaScriptEnabled: false });
    const linked = await page
      .locator('svg.region-map__svg a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const base of bases) expect(linked).toContain(base);
    for (const status of ['active', 'proposed', 'former'])
      await expect(page.locator(`svg .map-base--${status}`).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('svg .map-afghan-border').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('svg [style]').count()).resolves.toBe(0);
    const alternative = page.locator('section[aria-labelledby="map-contents"]');
    for (const base of bases) await expect(alternative.locator(`a[href="${base}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });

  test('base and place pages show a locator on the shared region image', async () => {
    const page = await openPage('/places/termez/', { javaScriptEnabled: false });
    const locator = page.locator('svg.locator');
    await expect(locator.locator('image').getAttribute('href')).resolves.toBe('/map/region.svg');
    await expect(locator.locator('circle').count()).resolves.toBe(1);
    const image = await fetch(new URL('/map/region.svg', page.url()));
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
    await page.context().close();
  });
});

describe('/scenarios/', () => {
  test('sets benign and malign side by side, says where the article is silent, and keeps outlooks apart', async () => {
    const page = await openPage('/scenarios/', { javaScriptEnabled: false });
    const heads = (await page.locator('thead th').allTextContents()).map((t) => t.trim());
    expect(heads).toEqual(['Aspect', 'Benign scenario', 'Malign scenario']);
    expect(await cell(page, 'Russia', 'Malign')).toMatch(/Options \(one or more\):.*northern Afghanistan.*¶11/);
    expect(await cell(page, 'Russia', 'Benign')).toBe('Not stated in the source');
    expect(await cell(page, 'Shanghai Cooperation Organization', 'Benign')).toMatch(/¶14/);
    expect(await cell(page, 'Shanghai Cooperation Organization', 'Malign')).toMatch(/¶14/);
    const outlooks = page.locator('section[aria-labelledby="either-scenario"] li');
    const holders = await outlooks.locator('strong a').allTextContents();
    for (const name of ['United States', 'Turkey', 'China']) expect(holders).toContain(name);
    await page.context().close();
  });
});
