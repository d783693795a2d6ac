/**
 * Reading offline: after a first visit the service worker serves every page and the search with no
 * network; the worker registers after load and is generated from the build (content-hashed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { baseUrl, distDir, openPage, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

describe('service worker', () => {
  test('precaches every page, the search index and the manifest, each with a revision or a content-named file', () => {
    const sw = readFileSync(join(distDir(), 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]{32}")\}/g)].map((m) => m[1]!);
    for (const url of [
      'index.html',
      'actors/tajikistan/index.html',
      'search/index.html',
      'pagefind/pagefind.js',
      'manifest.webmanifest',
    ])
      expect(urls).toContain(url);
    expect(urls.some((u) => /^pagefind\/.*\.pf_meta$/.test(u))).toBe(true);
    expect(urls.some((u) => u.endsWith('.png'))).toBe(false);
  });

  test('the web app manifest is linked from every page and names the site', () => {
    const manifest = JSON.parse(readFileSync(join(distDir(), 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      start_url: string;
      icons: unknown[];
    };
    expect(manifest.name).toBe('Central Asia after the Taliban takeover');
    expect(manifest.start_url).toBe('/');
    expect(manifest.icons.length).toBeGreaterThan(0);
    expect(readFileSync(join(distDir(), 'actors/tajikistan/index.html'), 'utf8')).toContain(
      '<link rel="manifest" href="/manifest.webmanifest">',
    );
  });

  test('after one visit, three other entries and a search work with no network', async () => {
    const page = await openPage('/actors/tajikistan/');
    try {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      await page.context().setOffline(true);
      await expect(
        page.evaluate(() =>
          fetch('/actors/tajikistan/?probe').then(
            () => 'cached',
            () => 'failed',
          ),
        ),
      ).resolves.toBe('cached');
      for (const [path, title] of [
        ['/places/termez/', 'Termez'],
        ['/organizations/csto/', 'Collective Security Treaty Organization'],
        ['/infrastructure/friendship-bridge/', 'Friendship Bridge'],
      ] as const) {
        await page.goto(new URL(path, baseUrl()).href);
        await expect(page.getByRole('heading', { level: 1 }).textContent(), path).resolves.toContain(title);
      }
      await page.goto(new URL('/search/?q=friendship%20bridge', baseUrl()).href);
      await page.locator('[data-search-results] [data-search-result]').first().waitFor({ timeout: 30_000 });
      const hrefs = await page
        .locator('[data-search-results] [data-search-result]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.some((h) => h.startsWith('/infrastructure/friendship-bridge/'))).toBe(true);
      // A page that was never built is not there offline either: the network really is off.
      await expect(page.goto(new URL('/no-such-page/', baseUrl()).href)).rejects.toThrow();
    } finally {
      await page.context().close();
    }
  });
});
