/**
 * Reading offline, by choice. A first visit downloads the page and what it loads, and nothing else
 * but the service worker; the pages a reader opens (and a search run online) work offline after;
 * "Save for offline reading" shows its size, downloads every file of `/offline.json` with a
 * progress bar, can be cancelled and removed; a new build's worker brings the saved copy up to date
 * by revision. Each test serves the test build (or a copy of it) from a server of its own, which
 * counts every response, on an origin whose worker and caches start empty.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import {
  OFFLINE_LIST,
  SERVICE_WORKER,
  offlineList,
  serviceWorkerScript,
  type OfflineList,
} from '../../src/build/integrations/service-worker.ts';
import { formatBytes } from '../../src/client/offline-save.ts';
import { redirectTarget } from '../helpers/public-urls.ts';
import { ROOT } from '../helpers/site.ts';
import { distDir, startBrowser, stopBrowser } from '../helpers/browser.ts';
import { serveFolder, type FolderServer } from '../helpers/static-server.ts';

afterAll(stopBrowser);

const servers: FolderServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function serve(dir = distDir()): Promise<FolderServer> {
  const server = await serveFolder(dir);
  servers.push(server);
  return server;
}

const list = (dir = distDir()) => JSON.parse(readFileSync(join(dir, OFFLINE_LIST), 'utf8')) as OfflineList;
/** The built file behind a URL. */
const fileOf = (dir: string, url: string) => join(dir, url.endsWith('/') ? `${url}index.html` : url);

/** Opens a page in a fresh context: a new profile, with no worker and no caches. */
async function visit(server: FolderServer, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await (
    await startBrowser()
  ).newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href);
  return page;
}

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** The paths a cache holds (none when there is no such cache). */
function cached(page: Page, name: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((r) => new URL(r.url).pathname).sort();
  }, name);
}

/** Waits until the server has answered nothing for `quiet` ms: the page and its worker are done. */
async function settled(server: FolderServer, quiet = 750): Promise<void> {
  let seen = -1;
  while (seen !== server.served.length) {
    seen = server.served.length;
    await new Promise((resume) => setTimeout(resume, quiet));
  }
}

/** Goes to a page that must come from the worker's caches (the context is offline). */
async function offlineTitle(page: Page, dir: string, url: string): Promise<{ shown: string; built: string }> {
  const response = await page.goto(new URL(url, page.url()).href);
  expect(response?.status(), url).toBe(200);
  const html = readFileSync(fileOf(dir, url), 'utf8');
  const built = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').title, html);
  return { shown: await page.title(), built };
}

async function searchFinds(page: Page, query: string, path: string): Promise<void> {
  await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, page.url()).href);
  const results = page.locator('[data-search-results] [data-search-result]');
  await results.first().waitFor({ timeout: 30_000 });
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(
    hrefs.some((h) => h.startsWith(path)),
    `${query}: ${hrefs.join(' ')}`,
  ).toBe(true);
}

describe('the build', () => {
  test('lists every page and what pages load in /offline.json, each with its revision and size', () => {
    const dir = distDir();
    const { version, bytes, files } = list();
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(bytes).toBe(files.reduce((sum, f) => sum + f.size, 0));
    const urls = files.map((f) => f.url);
    for (const url of [
      '/',
      '/actors/tajikistan/',
      '/search/',
      '/about/',
      '/pagefind/pagefind.js',
      '/pagefind/kb-search.json',
      '/pagefind/wasm.en.pagefind',
      '/data/previews.json',
      '/manifest.webmanifest',
      '/map/region.svg',
    ])
      expect(urls).toContain(url);
    expect(urls.some((u) => /^\/pagefind\/.*\.pf_meta$/.test(u))).toBe(true);
    expect(urls.some((u) => /^\/_astro\/.*\.css$/.test(u))).toBe(true);
    // Not the social images, the open-data downloads, the worker, the list itself or the 404 page.
    expect(
      urls.filter((u) => /\.(?:png|csv)$|^\/data\/(?!previews)|^\/(?:sw\.js|offline\.json|404\.html)$/.test(u)),
    ).toEqual([]);
    for (const file of files) {
      const built = readFileSync(fileOf(dir, file.url));
      expect(file.size, file.url).toBe(statSync(fileOf(dir, file.url)).size);
      expect(file.revision, file.url).toBe(createHash('sha256').update(built).digest('hex').slice(0, 16));
    }
  });

  test('writes a worker stamped with that version that precaches nothing', () => {
    const sw = readFileSync(join(distDir(), SERVICE_WORKER), 'utf8');
    expect(sw).toContain(`const KB_OFFLINE_VERSION = "${list().version}";`);
    // No list of pages or files to fetch on install: the worker names none.
    expect(sw).not.toMatch(/tajikistan|\.pf_fragment|_astro\/\w/);
    expect(sw).not.toMatch(/^\s*(?:import|export)\b/m);
  });

  test('links the web app manifest from every page, naming the site', () => {
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
});

describe('a first visit', () => {
  test('downloads the page and what it loads, once each, and at most 1.25 times their bytes in all', async () => {
    const server = await serve();
    const page = await visit(server, '/actors/tajikistan/');
    await controlled(page);
    const html = readFileSync(join(distDir(), 'actors/tajikistan/index.html'), 'utf8');
    const assets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"|<script type="module" src="([^"]+)"/g)].map(
      (m) => m[1] ?? m[2]!,
    );
    // The worker keeps the page it did not see load, from the browser's cache.
    await expect
      .poll(() => cached(page, 'kb-visited'), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['/actors/tajikistan/', ...assets]));
    await settled(server);
    // "The page's own bytes": its HTML and the styles and scripts it loads, as the server sent them.
    const own = ['/actors/tajikistan/', ...assets];
    const ownBytes = server.served.filter((r) => own.includes(r.path)).reduce((sum, r) => sum + r.bytes, 0);
    const allBytes = server.served.reduce((sum, r) => sum + r.bytes, 0);
    const paths = server.served.map((r) => r.path);
    // Nothing else: the worker and, when the browser asks, the web app manifest and the icon.
    expect(
      paths.filter((p) => !own.includes(p) && !['/sw.js', '/manifest.webmanifest', '/favicon.svg'].includes(p)),
    ).toEqual([]);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
    expect(allBytes).toBeLessThanOrEqual(1.25 * ownBytes);
    await page.context().close();
  });

  test('pages opened and a search run online work offline, without saving', async () => {
    const server = await serve();
    const page = await visit(server, '/actors/tajikistan/');
    await controlled(page);
    await expect.poll(() => cached(page, 'kb-visited'), { timeout: 30_000 }).toContain('/actors/tajikistan/');
    await page.goto(new URL('/places/termez/', server.url).href);
    await searchFinds(page, 'friendship bridge', '/infrastructure/friendship-bridge/');
    await expect(cached(page, 'kb-saved')).resolves.toEqual([]);
    await page.context().setOffline(true);
    for (const url of ['/actors/tajikistan/', '/places/termez/']) {
      const { shown, built } = await offlineTitle(page, distDir(), url);
      expect(shown, url).toBe(built);
      await expect(page.locator('link[rel=stylesheet]').evaluateAll((l) => l.length)).resolves.toBeGreaterThan(0);
    }
    await searchFinds(page, 'friendship bridge', '/infrastructure/friendship-bridge/');
    // A page never opened is not there: the network really is off, and nothing else was kept.
    await expect(page.goto(new URL('/organizations/csto/', server.url).href)).rejects.toThrow();
    await page.context().close();
  });
});

describe('Save for offline reading', () => {
  test('is absent from the footer and says it needs JavaScript on /about/ without it', async () => {
    const server = await serve();
    const page = await visit(server, '/about/', { javaScriptEnabled: false });
    await expect(page.locator('.site-footer [data-offline-control]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer details').count()).resolves.toBe(0);
    await expect(page.locator('.offline-save--panel').textContent()).resolves.toMatch(/needs JavaScript/);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    await page.context().close();
  });

  test('shows the sum of the listed sizes, on /about/ and in the footer', async () => {
    const server = await serve();
    const { bytes, files } = list();
    const page = await visit(server, '/places/termez/');
    const footer = page.locator('.site-footer details.offline-save');
    await footer.locator('summary').click();
    for (const control of [footer, page.locator('.offline-save--panel')]) {
      if (control !== footer) await page.goto(new URL('/about/', server.url).href);
      const save = control.getByRole('button', { name: `Save for offline reading (${formatBytes(bytes)})` });
      await save.waitFor({ timeout: 30_000 });
      await expect(control.locator('data').getAttribute('value')).resolves.toBe(String(bytes));
      await expect(control.locator('data').textContent()).resolves.toBe(formatBytes(bytes));
      await expect(control.textContent()).resolves.toContain(`${files.length} files`);
    }
    await page.context().close();
  });

  test('downloads every listed file with a progress bar, after which every page and the search work offline', async () => {
    const server = await serve();
    const { files } = list();
    // Slow enough to see the download under way.
    server.delay = 5;
    const page = await visit(server, '/about/');
    const control = page.locator('.offline-save--panel');
    await control.getByRole('button', { name: /^Save for offline reading/ }).click();
    const bar = control.getByRole('progressbar', { name: 'Download progress' });
    await bar.waitFor();
    await expect(control.getByRole('status').textContent()).resolves.toMatch(/^Saving: \d+% \(/);
    await control.getByRole('status').filter({ hasText: 'Saved for offline reading.' }).waitFor({ timeout: 120_000 });
    await expect(bar.isVisible()).resolves.toBe(false);
    await expect(control.getByRole('button', { name: 'Remove saved copy' }).isVisible()).resolves.toBe(true);
    const saved = await cached(page, 'kb-saved');
    expect(saved).toEqual(expect.arrayContaining(files.map((f) => f.url)));

    await page.context().setOffline(true);
    // A sample of pages never opened, from every part of the site.
    const pages = files
      .map((f) => f.url)
      .filter((u) => u.endsWith('/') && u !== '/about/')
      // Not the addresses that only redirect (their target is another page of the list).
      .filter((u) => !redirectTarget(readFileSync(fileOf(distDir(), u), 'utf8')));
    const sample = pages.filter((_, i) => i % 12 === 5);
    expect(sample.length).toBeGreaterThanOrEqual(10);
    for (const url of sample) {
      const { shown, built } = await offlineTitle(page, distDir(), url);
      expect(shown, url).toBe(built);
    }
    await searchFinds(page, 'friendship bridge', '/infrastructure/friendship-bridge/');
    await searchFinds(page, 'csto', '/organizations/csto/');
    await page.context().close();
  });

  test('cancel stops the download; remove empties the saved copy', async () => {
    const server = await serve();
    const { files } = list();
    server.delay = 30;
    const page = await visit(server, '/about/');
    const control = page.locator('.offline-save--panel');
    await control.getByRole('button', { name: /^Save for offline reading/ }).click();
    await page.waitForFunction(
      () => document.querySelector<HTMLProgressElement>('.offline-save--panel progress')!.value > 0,
    );
    await control.getByRole('button', { name: 'Cancel' }).click();
    const status = control.getByRole('status');
    await status.filter({ hasText: /^Download cancelled\.$/ }).waitFor();
    const [, kept, total] = /Partly saved: (\d+) of (\d+) files/.exec((await control.textContent())!)!;
    expect(Number(total)).toBe(files.length);
    expect(Number(kept)).toBeLessThan(files.length);
    // Stopped: nothing more arrives.
    const savedNow = (await cached(page, 'kb-saved')).length;
    const servedNow = server.served.length;
    await settled(server, 500);
    expect(server.served.length).toBe(servedNow);
    await expect(cached(page, 'kb-saved')).resolves.toHaveLength(savedNow);
    await control.getByRole('button', { name: /^Save the rest \(/ }).waitFor();

    await control.getByRole('button', { name: 'Remove saved copy' }).click();
    await status.filter({ hasText: 'The saved copy was removed.' }).waitFor();
    await expect(page.evaluate(() => caches.has('kb-saved'))).resolves.toBe(false);
    await control.getByRole('button', { name: /^Save for offline reading/ }).waitFor();
    await page.context().close();
  });

  test('after a new build, the next visit downloads only the changed and new files and drops the removed ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-offline-'));
    try {
      cpSync(distDir(), dir, { recursive: true });
      const server = await serve(dir);
      const page = await visit(server, '/about/');
      const control = page.locator('.offline-save--panel');
      await control.getByRole('button', { name: /^Save for offline reading/ }).click();
      await control.getByRole('status').filter({ hasText: 'Saved for offline reading.' }).waitFor({ timeout: 120_000 });

      // A new build: one page changed, one removed, one added; its own list and worker.
      const before = list(dir);
      const removed = before.files.map((f) => f.url).filter((u) => u.startsWith('/events/') && u !== '/events/')[0]!;
      rmSync(fileOf(dir, removed));
      const termez = fileOf(dir, '/places/termez/');
      writeFileSync(termez, readFileSync(termez, 'utf8').replace('</main>', '<p>Rebuilt.</p></main>'));
      mkdirSync(join(dir, 'places/new-place'));
      cpSync(join(dir, 'places/termez/index.html'), join(dir, 'places/new-place/index.html'));
      const after = offlineList(dir);
      writeFileSync(join(dir, OFFLINE_LIST), JSON.stringify(after));
      writeFileSync(
        join(dir, SERVICE_WORKER),
        serviceWorkerScript(readFileSync(join(ROOT, 'src/client/sw.ts'), 'utf8'), after.version),
      );
      expect(after.version).not.toBe(before.version);

      const from = server.served.length;
      await page.reload();
      // The quiet note says so, and the saved copy follows.
      await page.getByText('This site has been updated').waitFor({ timeout: 60_000 });
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const hit = await caches.match('/places/termez/', { cacheName: 'kb-saved' });
              return (await hit?.text())?.includes('<p>Rebuilt.</p>') ?? false;
            }),
          { timeout: 60_000 },
        )
        .toBe(true);
      await control.getByRole('status').filter({ hasText: 'Saved for offline reading.' }).waitFor({ timeout: 60_000 });
      const saved = await cached(page, 'kb-saved');
      expect(saved).toContain('/places/new-place/');
      expect(saved).not.toContain(removed);
      expect(saved).toEqual(expect.arrayContaining(after.files.map((f) => f.url)));
      await settled(server);
      const listed = new Set([...before.files, ...after.files].map((f) => f.url));
      const downloaded = server.served.slice(from).filter((r) => r.status === 200 && listed.has(r.path));
      expect(downloaded.map((r) => r.path).sort()).toEqual(['/places/new-place/', '/places/termez/']);

      await page.context().setOffline(true);
      const { shown, built } = await offlineTitle(page, dir, '/places/new-place/');
      expect(shown).toBe(built);
      await page.context().close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
