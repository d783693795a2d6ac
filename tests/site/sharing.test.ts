/** Deep links and sharing: metadata, social images, sitemap, redirects, stable URLs, open data, previews. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, test } from 'vitest';
import { brokenUrl, htmlPages, redirectTarget } from '../helpers/public-urls.ts';
import { baseUrl, distDir, openPage, startBrowser, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

const SITE = 'https://central-asia-kb.example.org';
const pages = () => htmlPages(distDir()).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
const meta = (html: string, attr: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('metadata', () => {
  test('every page has a title, description, canonical, Open Graph and Twitter tags with absolute URLs', () => {
    const problems: string[] = [];
    for (const { path, html } of pages()) {
      if (redirectTarget(html)) continue;
      const check = (ok: boolean, what: string) => {
        if (!ok) problems.push(`${path}: ${what}`);
      };
      check(/<html lang="en"/.test(html), 'lang');
      check(
        /<title>[^<]+ — Central Asia after the Taliban takeover<\/title>|<title>Central Asia after the Taliban takeover<\/title>/.test(
          html,
        ),
        'title "Entry — Site"',
      );
      check(!!meta(html, 'name', 'description'), 'meta description');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      // The 404 page answers for any missing address and is not indexed: it names no canonical URL.
      if (path === '/404/') check(!canonical && html.includes('<meta name="robots" content="noindex">'), '404 noindex');
      else check(canonical === `${SITE}${path}`, `canonical ${canonical}`);
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name'])
        check(!!meta(html, 'property', key), key);
      // The 404 page answers at any address, so it claims none.
      if (path === '/404/') check(meta(html, 'property', 'og:url') === undefined, 'no og:url on the 404 page');
      else check(meta(html, 'property', 'og:url') === `${SITE}${path}`, 'og:url');
      check(
        /^https:\/\/central-asia-kb\.example\.org\/og\/[a-z0-9-]+\.png$/.test(meta(html, 'property', 'og:image') ?? ''),
        'og:image absolute',
      );
      for (const key of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'])
        check(!!meta(html, 'name', key), key);
      check(/<link rel="icon" href="\/favicon\.svg"/.test(html), 'favicon');
      check(/<meta name="theme-color"/.test(html), 'theme-color');
    }
    expect(problems).toEqual([]);
  });

  test('every indexable page carries JSON-LD of a fitting schema.org type, with < escaped', () => {
    const types: Record<string, string> = {};
    const missing: string[] = [];
    for (const { path, html } of pages()) {
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      if (!block) {
        if (path !== '/404/' && !redirectTarget(html)) missing.push(path);
        continue;
      }
      expect(block).not.toContain('<');
      const data = JSON.parse(block);
      expect(data['@context']).toBe('https://schema.org');
      const main = data['@graph'] ? data['@graph'][0] : data;
      expect(main.url).toBe(`${SITE}${path}`);
      types[path] = data['@graph']
        ? data['@graph'].map((n: { '@type': string }) => n['@type']).join(' ')
        : data['@type'];
    }
    expect(missing).toEqual([]);
    expect(types['/']).toBe('WebSite Dataset');
    expect(types['/actors/']).toBe('CollectionPage');
    expect(types['/timeline/']).toBe('CollectionPage');
    expect(types['/about/']).toBe('AboutPage');
    expect(types['/actors/tajikistan/']).toBe('Country');
    expect(types['/actors/vladimir-putin/']).toBe('Person');
    expect(types['/organizations/csto/']).toBe('GovernmentOrganization');
    expect(types['/places/dushanbe/']).toBe('Place');
    expect(types['/events/2021-08-23-csto-emergency-summit/']).toBe('Event');
  });
});

describe('social images', () => {
  test('every og:image is a 1200×630 PNG in the build', () => {
    const images = new Set(
      pages()
        .map(({ html }) => meta(html, 'property', 'og:image'))
        .filter((u): u is string => !!u),
    );
    expect(images.size).toBeGreaterThan(100);
    for (const url of images) {
      const png = readFileSync(join(distDir(), new URL(url).pathname));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});

describe('sitemap and robots.txt', () => {
  test('the sitemap lists exactly the indexable pages', () => {
    const xml = readFileSync(join(distDir(), 'sitemap-0.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const indexable = pages()
      .filter(({ path, html }) => path !== '/404/' && !redirectTarget(html))
      .map((p) => p.path)
      .sort();
    expect(listed).toEqual(indexable);
  });
  test('robots.txt points at the sitemap index', () => {
    expect(readFileSync(join(distDir(), 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

describe('redirects', () => {
  test('alias pages are static redirects with a canonical link to an existing entry', () => {
    const all = pages();
    const existing = new Set(all.map((p) => p.path));
    const redirects = all.filter(({ html }) => redirectTarget(html));
    expect(redirects.length).toBeGreaterThan(20);
    for (const { path, html } of redirects) {
      const target = redirectTarget(html)!;
      expect(existing.has(target), `${path} → ${target}`).toBe(true);
      expect(html).toContain(`<link rel="canonical" href="${SITE}${target}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
  });
  test('an alias URL lands on its entry in a browser', async () => {
    const page = await openPage('/actors/isis-k/');
    await page.waitForURL(/\/actors\/iskp\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Khorasan/);
    await page.context().close();
  });
});

describe('stable URLs', () => {
  test('every URL and anchor in the committed list still resolves, or redirects', () => {
    const listed = readFileSync(join(import.meta.dirname, '../fixtures/public-urls.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const byPath = new Map(pages().map((p) => [p.path, p.html]));
    expect(listed.length).toBeGreaterThan(1000);
    const broken = listed.flatMap((url) => brokenUrl(url, byPath) ?? []);
    expect(broken).toEqual([]);
  });

  test('a page gone without a redirect page, a redirect to nowhere and a lost anchor are each caught', () => {
    const byPath = new Map(pages().map((p) => [p.path, p.html]));
    const alias = pages().find(({ html }) => redirectTarget(html))!;
    byPath.set('/places/old-name/', alias.html.replace(/url=[^"]+/, 'url=/places/nowhere/'));
    expect(brokenUrl('/places/never-there/', byPath)).toMatch(/page gone without a redirect page/);
    expect(brokenUrl('/places/old-name/', byPath)).toMatch(/redirects to \/places\/nowhere\/, which is no page/);
    expect(brokenUrl('/actors/tajikistan/#no-such-section', byPath)).toMatch(/anchor gone/);
    expect(brokenUrl(`${alias.path}#key-facts`, byPath)).toBeUndefined();
  });
});

describe('open data', () => {
  const data = () => join(distDir(), 'data');
  test('the index lists every collection file, its schema and the CSV tables, all present', () => {
    const index = JSON.parse(readFileSync(join(data(), 'index.json'), 'utf8'));
    expect(index.collections).toHaveLength(8);
    for (const c of index.collections) {
      for (const url of [c.data, c.schema])
        expect(readdirSync(data())).toContain(new URL(url).pathname.replace('/data/', ''));
    }
    expect(index.tables.map((t: { name: string }) => t.name)).toEqual(['memberships', 'borders', 'stances']);
  });

  test('every collection file validates against the JSON Schema generated for it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const c of [
      'actors',
      'organizations',
      'bases',
      'places',
      'infrastructure',
      'events',
      'scenarios',
      'sources',
    ]) {
      const schema = JSON.parse(readFileSync(join(data(), `${c}.schema.json`), 'utf8'));
      const file = JSON.parse(readFileSync(join(data(), `${c}.json`), 'utf8'));
      const validate = ajv.compile(schema);
      expect(validate(file), `${c}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(file.entries.length).toBeGreaterThan(0);
    }
  });

  test('the schema rejects a file that breaks it', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(data(), 'actors.schema.json'), 'utf8')));
    const file = JSON.parse(readFileSync(join(data(), 'actors.json'), 'utf8'));
    file.entries[0].data.facts = [{ key: 'afghan-border', cite: ['P99x'], certainty: 'sure' }];
    expect(validate(file)).toBe(false);
  });

  test('the data carries derived fields and the CSV tables carry the border lengths', () => {
    const actors = JSON.parse(readFileSync(join(data(), 'actors.json'), 'utf8'));
    const uzbekistan = actors.entries.find((e: { id: string }) => e.id === 'uzbekistan');
    expect(uzbekistan.derived.memberships.map((m: { organization: string }) => m.organization)).toEqual(
      expect.arrayContaining(['csto', 'sco']),
    );
    expect(uzbekistan.url).toBe(`${SITE}/actors/uzbekistan/`);
    const borders = readFileSync(join(data(), 'borders.csv'), 'utf8');
    expect(borders).toMatch(/^tajikistan,Tajikistan,border,1300,km,exact,stated,/m);
    expect(borders).toMatch(/^kazakhstan,Kazakhstan,none,,,,stated,/m);
  });
});

describe('previews of linked entries', () => {
  test('appear on keyboard focus, stay while hovered, and Esc dismisses them', async () => {
    // The page's clock is driven by the test, so "stays" means past the hide delay, not a wait.
    const page = await (await startBrowser()).newPage({ viewport: { width: 1280, height: 900 } });
    await page.clock.install();
    await page.goto(new URL('/actors/tajikistan/', baseUrl()).href);
    const link = page.locator('main a[href="/actors/afghanistan/"]').first();
    await link.focus();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    await expect(tip.textContent()).resolves.toContain('Afghanistan');
    expect(await link.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    // Hover the link, then move onto the preview: it stays (WCAG 1.4.13 hoverable).
    await link.hover();
    await tip.waitFor();
    await tip.hover();
    await page.clock.runFor(1000);
    await expect(tip.isVisible()).resolves.toBe(true);
    await page.mouse.move(0, 0);
    await page.clock.runFor(1000);
    await tip.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  test('a link-to-section control copies the full URL with the keyboard', async () => {
    const page = await openPage('/actors/tajikistan/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const control = page.locator('a.anchor[href="#stances"]');
    await control.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#stances');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL('/actors/tajikistan/#stances', baseUrl()).href);
    await page.context().close();
  });
});
