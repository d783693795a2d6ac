/**
 * The network view and the local graphs, read as a reader reads them: with JavaScript off, with a
 * shared filter URL, from the keyboard, in light and dark, within their budgets (at phone width:
 * phone.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readSnapshot } from '../../src/build/content-files.ts';
import { buildIndex } from '../../src/model/index/kb-index.ts';
import { parseNetworkQuery, selectNetwork } from '../../src/network/filter.ts';
import { localGraphView } from '../../src/network/local-graph.ts';
import { networkView } from '../../src/network/network.ts';
import { axeInBothSchemes } from '../helpers/axe.ts';
import { baseUrl, distDir, openPage, startBrowser, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

const KB = 1024;
const brotli = (text: string | Buffer) => brotliCompressSync(text).length;
const index = buildIndex(readSnapshot(join(import.meta.dirname, '../..')).entries);
const view = networkView(index);

/** Ids of the nodes and edges the picture shows. */
async function shown(page: Page): Promise<{ nodes: string[]; edges: string[]; rows: string[] }> {
  return page.evaluate(() => {
    const visible = (el: Element) => getComputedStyle(el).display !== 'none';
    return {
      nodes: [...document.querySelectorAll<SVGAElement>('svg [data-node]')]
        .filter(visible)
        .map((a) => a.dataset.node!)
        .sort(),
      edges: [...document.querySelectorAll<SVGElement>('svg [data-edge]')]
        .filter(visible)
        .map((e) => e.dataset.edge!)
        .sort(),
      rows: [...document.querySelectorAll<HTMLTableRowElement>('tr[data-edge]')]
        .filter((r) => !r.hidden)
        .map((r) => r.dataset.edge!)
        .sort(),
    };
  });
}

/** What a query should show, from the same data the page was built from. */
function expected(search: string): { nodes: string[]; edges: string[] } {
  const s = selectNetwork(view, parseNetworkQuery(search));
  return { nodes: [...s.nodes].sort(), edges: [...s.edges].sort() };
}

describe('/network/', () => {
  test('renders its default picture and the whole table with JavaScript off, every node a named link', async () => {
    const page = await openPage('/network/', { javaScriptEnabled: false });
    const now = await shown(page);
    expect(now.nodes).toEqual(expected('').nodes);
    expect(now.edges).toEqual(expected('').edges);
    expect(now.rows).toHaveLength(view.edges.length);
    await expect(page.locator('[data-net-filters]').isVisible()).resolves.toBe(false);
    const links = await page
      .locator('svg [data-node]')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), name: a.textContent!.replace(/\s+/g, ' ').trim() })),
      );
    expect(links).toEqual(view.nodes.map((n) => ({ href: n.path, name: n.title })));
    await expect(
      page
        .getByRole('link', { name: 'Collective Security Treaty Organization', exact: true })
        .first()
        .getAttribute('href'),
    ).resolves.toBe('/organizations/csto/');
    await page.context().close();
  });

  test('the table gives source, relation, target, certainty and citation, with dashed, ended and derived edges marked', async () => {
    const page = await openPage('/network/', { javaScriptEnabled: false });
    const heads = (await page.locator('.net-table thead th').allTextContents()).map((t) => t.trim());
    expect(heads).toEqual(['Source', 'Relation', 'Target', 'Period', 'Certainty and citation']);
    const row = (edge: string) =>
      page
        .locator(`tr[data-edge="${edge}"] > *`)
        .evaluateAll((cells) => cells.map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(await row('uzbekistan--member-of--csto')).toEqual([
      'Uzbekistan',
      "former member of (derived from the organization's member list)",
      'Collective Security Treaty Organization',
      // Worded as on the memberships page, with the status's own marker.
      'former member since leaving in 2012',
      'stated ¶5',
    ]);
    expect((await row('united-states--operates--karshi-khanabad-air-base'))[3]).toBe('2001 – 2005');
    await expect(
      page.locator('svg [data-edge="united-states--operates--karshi-khanabad-air-base"]').getAttribute('class'),
    ).resolves.toContain('net-edge--ended');
    // A "possible" edge is dashed wherever it is drawn (in the picture, or in the legend's swatch).
    await expect(
      page
        .locator('svg .net-certainty--possible')
        .first()
        .evaluate((e) => getComputedStyle(e).strokeDasharray),
    ).resolves.not.toBe('none');
    const derived = view.edges.find((e) => e.derivedFrom === 'memberships')!;
    await expect(page.locator(`svg [data-edge="${derived.id}"]`).getAttribute('class')).resolves.toContain(
      'net-edge--derived',
    );
    await page.context().close();
  });

  test('a filter URL gives the same view to anyone who opens it, picture and table alike', async () => {
    for (const search of [
      '?rel=member-of&rel=hosts',
      '?focus=taliban',
      '?collection=actors&collection=events&rel=participated-in',
    ]) {
      const want = expected(search);
      for (const scheme of ['light', 'dark'] as const) {
        const page = await openPage(`/network/${search}`, { colorScheme: scheme });
        await page.locator('[data-net-status]:not(:empty)').waitFor();
        const now = await shown(page);
        expect(now.nodes).toEqual(want.nodes);
        expect(now.edges).toEqual(want.edges);
        expect(now.rows).toEqual(want.edges);
        await page.context().close();
      }
    }
  });

  test('the controls change the address and the view; Back restores it', async () => {
    const page = await openPage('/network/');
    await page.getByText('Filter the picture').click();
    await page.getByRole('checkbox', { name: /^hosts/ }).uncheck();
    expect(new URL(page.url()).searchParams.getAll('rel')).not.toContain('hosts');
    expect((await shown(page)).edges).toEqual(expected(new URL(page.url()).search).edges);
    await page.getByRole('checkbox', { name: /^Events/ }).check();
    expect(new URL(page.url()).searchParams.getAll('collection')).toContain('events');
    expect((await shown(page)).nodes).toEqual(expected(new URL(page.url()).search).nodes);
    await page.goBack();
    await page.goBack();
    expect(new URL(page.url()).search).toBe('');
    expect((await shown(page)).nodes).toEqual(expected('').nodes);
    await page.context().close();
  });

  test('says what it ignored in a URL that names nothing', async () => {
    const page = await openPage('/network/?rel=teleports&focus=atlantis');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(
      /Ignored: unknown relation type "teleports"\. Ignored: no entry "atlantis"/,
    );
    await page.context().close();
  });

  test('every shown node is reached in turn with Tab, with a visible focus', async () => {
    const page = await openPage('/network/?focus=tajikistan');
    await page.locator('[data-net-status]:not(:empty)').waitFor();
    await page.locator('.net-scroll').focus();
    const reached: string[] = [];
    for (let i = 0; i < expected('?focus=tajikistan').nodes.length; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(
          () => (document.activeElement as HTMLElement).dataset?.node ?? document.activeElement!.tagName,
        ),
      );
    }
    expect(reached.sort()).toEqual(expected('?focus=tajikistan').nodes);
    const stroke = await page.evaluate(
      () => getComputedStyle(document.activeElement!.querySelector('.net-node')!).strokeWidth,
    );
    expect(stroke).toBe('4px');
    await page.context().close();
  });

  test('has no axe violation filtered, with the controls open, light and dark', async () => {
    // The unfiltered page is audited with every other template (quality.test.ts).
    const page = await openPage('/network/?focus=russia&collection=actors&collection=events', {
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await page.locator('[data-net-status]:not(:empty)').waitFor();
    expect(await axeInBothSchemes(page)).toEqual([]);
    await page.context().close();
  });

  test('first load is at most 60 KB compressed: HTML, styles and scripts', () => {
    const html = readFileSync(join(distDir(), 'network/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) =>
      readFileSync(join(distDir(), m[1]!)),
    );
    expect(assets.length).toBeGreaterThanOrEqual(3);
    const total = brotli(html) + assets.reduce((t, a) => t + brotli(a), 0);
    expect(total).toBeLessThanOrEqual(60 * KB);
  });
});

/** The local graph on every entry page of the test build (two builds' byte-identity is the reproducibility test's). */
describe('local graphs on entry pages', () => {
  const built = distDir;
  test('every entry with ties shows its neighbours as links, within 3 KB compressed each', () => {
    const over: string[] = [];
    let checked = 0;
    for (const entry of index.entries) {
      const local = localGraphView(index, entry.id);
      const path = `${entry.collection}/${entry.id}/index.html`;
      if (!local) continue;
      const html = readFileSync(join(built(), path), 'utf8');
      const section = html.match(
        /<section class="local-graph"[\s\S]*?<\/section>\s*<p class="meta">[\s\S]*?<\/section>/,
      )?.[0];
      expect(section, path).toBeDefined();
      const hrefs = [...section!.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
      expect(hrefs).toEqual([...local.neighbours.map((n) => n.path), `/network/?focus=${entry.id}`]);
      if (brotli(section!) > 3 * KB) over.push(`${path}: ${(brotli(section!) / KB).toFixed(2)} KB`);
      checked++;
    }
    expect(over).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  });

  test('the largest local graphs have no axe violation at 360 px, light and dark, and read there', async () => {
    const context = await (
      await startBrowser()
    ).newContext({ colorScheme: 'light', reducedMotion: 'reduce', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const path of ['/actors/russia/', '/organizations/csto/', '/bases/karshi-khanabad-air-base/']) {
      await page.goto(new URL(path, baseUrl()).href);
      // The rest of each page is audited with its template (quality.test.ts).
      expect(await axeInBothSchemes(page, { context: '.local-graph' }), path).toEqual([]);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await expect(page.locator('.local-graph a[href^="/network/?focus="]').count()).resolves.toBe(1);
    }
    await context.close();
  });
});
