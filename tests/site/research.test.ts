/**
 * Research use: every entry cites itself in six formats without JavaScript (on its citation page;
 * the entry page carries the first and links the rest) and names the build's and its own version; reference managers find `citation_*` tags that agree with the JSON-LD; the
 * version is the same in the footer, the citations and the open data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlPages, redirectTarget } from '../helpers/public-urls.ts';
import { axeInBothSchemes } from '../helpers/axe.ts';
import { distDir, openPage, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

const ENTRY_PAGE = /^\/(actors|organizations|bases|places|infrastructure|events|scenarios)\/[^/]+\/$/;
const pages = () =>
  htmlPages(distDir())
    .map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }))
    .filter((p) => !redirectTarget(p.html));
const entryPages = () => pages().filter((p) => ENTRY_PAGE.test(p.path));
const dataIndex = () =>
  JSON.parse(readFileSync(join(distDir(), 'data/index.json'), 'utf8')) as { version: string; citations: string };
const footerVersion = (html: string) =>
  /Version <a href="\/about\/#versions"><code>([^<]+)<\/code><\/a>/.exec(html)?.[1];

describe('citable versions', () => {
  test('the footer of every page, /about/ and /data/index.json name the same build version', () => {
    const { version } = dataIndex();
    expect(version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{10}$/);
    const wrong = pages()
      .filter((p) => footerVersion(p.html) !== version)
      .map((p) => p.path);
    expect(wrong).toEqual([]);
    const about = readFileSync(join(distDir(), 'about/index.html'), 'utf8');
    expect(about).toContain(`This build is version <code>${version}</code>`);
    expect(about).toMatch(/history of <code>content\/<\/code>/);
  });
});

describe('cite this entry', () => {
  const citationPages = () => pages().filter((p) => /^\/[a-z]+\/[^/]+\/cite\/$/.test(p.path));

  test("every entry's citation page shows the six formats without JavaScript, the first open, each naming both versions", () => {
    const { version } = dataIndex();
    const problems: string[] = [];
    const cited = citationPages();
    expect(cited.map((p) => p.path.replace(/cite\/$/, '')).sort()).toEqual(
      entryPages()
        .map((p) => p.path)
        .sort(),
    );
    for (const { path, html } of cited) {
      const formats = [
        ...html.matchAll(/<details class="cite-format"( open)? data-cite-format="([^"]+)">([\s\S]*?)<\/details>/g),
      ];
      const ids = formats.map((m) => m[2]);
      if (ids.join(' ') !== 'apa chicago mla bibtex ris csl-json') problems.push(`${path}: formats ${ids.join(' ')}`);
      if (formats.map((m) => Boolean(m[1])).join() !== 'true,false,false,false,false,false')
        problems.push(`${path}: only the first format is open`);
      const entryVersion = /Entry version <code>([0-9a-f]{8})<\/code>/.exec(html)?.[1];
      if (!entryVersion) problems.push(`${path}: no entry version`);
      for (const m of formats) {
        if (!m[3]!.includes(version)) problems.push(`${path}: ${m[2]} lacks the build version`);
        if (entryVersion && !m[3]!.includes(entryVersion)) problems.push(`${path}: ${m[2]} lacks the entry version`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('no entry page carries a citation format: each names its versions and links its citation page', () => {
    const problems: string[] = [];
    for (const { path, html } of entryPages()) {
      if (html.includes('data-cite-format=')) problems.push(`${path}: carries a citation format`);
      if (!/Entry version <code>[0-9a-f]{8}<\/code>/.test(html)) problems.push(`${path}: no entry version`);
      const link = `<a href="${path}cite/" data-cite-formats-link>Cite it in APA 7, Chicago, MLA 9, BibTeX, RIS, CSL-JSON</a>`;
      if (!html.includes(link)) problems.push(`${path}: no link to ${path}cite/`);
    }
    expect(problems).toEqual([]);
  });

  test('/data/citations.json holds the CSL-JSON record every citation page shows', () => {
    const items = JSON.parse(readFileSync(join(distDir(), 'data/citations.json'), 'utf8')) as {
      id: string;
      URL: string;
      type: string;
      title: string;
      issued: unknown;
    }[];
    const entries = entryPages();
    expect(items.map((i) => new URL(i.URL).pathname).sort()).toEqual(entries.map((p) => p.path).sort());
    for (const item of items) {
      const html = readFileSync(join(distDir(), new URL(item.URL).pathname, 'cite/index.html'), 'utf8');
      const shown = /data-cite-format="csl-json"><summary>CSL-JSON<\/summary><pre[^>]*><code>([\s\S]*?)<\/code>/.exec(
        html,
      )![1]!;
      const text = shown
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(JSON.parse(text)).toEqual(item);
    }
    expect(dataIndex().citations).toMatch(/\/data\/citations\.json$/);
  });
});

/** What a reference manager reads from a page: the `citation_*` tags and the JSON-LD, from the DOM. */
async function readMetadata(path: string) {
  const page = await openPage(path, { javaScriptEnabled: false });
  try {
    return await page.evaluate(() => {
      const tags: Record<string, string> = {};
      for (const m of document.querySelectorAll<HTMLMetaElement>('meta[name^="citation_"]')) tags[m.name] = m.content;
      const ld = JSON.parse(
        document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null',
      ) as Record<string, unknown> | null;
      const siteName = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content;
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
      return { tags, ld, siteName, canonical };
    });
  } finally {
    await page.context().close();
  }
}

const isoFromHighwire = (d: string | undefined) => d?.replace(/\//g, '-');
/** A JSON-LD node as parsed, read field by field the way a reference manager reads it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD from the page has no static shape
type Node = Record<string, any>;

describe('reference managers', () => {
  test('entry pages: title, site, publisher, date of the version and address agree between the tags and the JSON-LD', async () => {
    const { version } = dataIndex();
    for (const path of [
      '/actors/tajikistan/',
      '/organizations/csto/',
      '/bases/ayni-air-base/',
      '/places/termez/',
      '/infrastructure/friendship-bridge/',
      '/scenarios/benign/',
    ]) {
      const { tags, ld, siteName, canonical } = await readMetadata(path);
      const node = ld as Node;
      expect(tags.citation_title, path).toBe(node.name);
      expect(tags.citation_publisher, path).toBe(node.publisher.name);
      expect(isoFromHighwire(tags.citation_date), path).toBe(node.dateModified);
      expect(tags.citation_public_url, path).toBe(node.url);
      expect(tags.citation_public_url, path).toBe(canonical);
      expect(siteName, path).toBe(node.isPartOf.name);
      expect(node.version, path).toContain(version);
    }
  });

  test('the home page cites the knowledge base from its WebSite node', async () => {
    const { tags, ld, siteName } = await readMetadata('/');
    const site = ((ld as Node)['@graph'] as Node[]).find((n) => n['@type'] === 'WebSite')!;
    expect(tags.citation_title).toBe(site.name);
    expect(siteName).toBe(site.name);
    expect(tags.citation_publisher).toBe(site.publisher.name);
    expect(isoFromHighwire(tags.citation_date)).toBe(site.dateModified);
    expect(tags.citation_public_url).toBe(site.url);
    expect(site.version).toBe(dataIndex().version);
  });

  test('the source page cites the article itself: its author, publisher, date and address', async () => {
    const { tags, ld } = await readMetadata('/sources/central-asias-taliban-surprise/');
    const article = ld as Node;
    expect(article['@type']).toBe('Article');
    expect(tags.citation_title).toBe(article.headline);
    expect(tags.citation_author).toBe(article.author.name);
    expect(tags.citation_author).toBe('Richard Weitz');
    expect(tags.citation_publisher).toBe(article.publisher.name);
    expect(tags.citation_publication_date).toBe(article.datePublished);
    expect(tags.citation_public_url).toBe(article.sameAs);
    expect(tags.citation_public_url).toMatch(/^https:\/\/www\.mei\.edu\//);
  });
});

describe('copy buttons', () => {
  test('with JavaScript, each format has a copy button that copies exactly its text', async () => {
    const page = await openPage('/actors/tajikistan/cite/');
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      // One button in each format; only the open format's shows until another is opened.
      await expect(page.locator('details[data-cite-format] > button').count()).resolves.toBe(6);
      await expect(page.getByRole('button', { name: /^Copy / }).count()).resolves.toBe(1);
      await page.locator('details[data-cite-format="bibtex"] > summary').click();
      await page.getByRole('button', { name: 'Copy BibTeX' }).click();
      await page.waitForFunction(() => document.getElementById('kb-status')?.textContent === 'BibTeX citation copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^@misc\{tajikistan,\n/);
      expect(copied.trim().endsWith('}')).toBe(true);
      await page.getByRole('button', { name: 'Copy APA 7' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('kb-status')?.textContent === 'APA 7 citation copied');
      const apa = await page.evaluate(() => navigator.clipboard.readText());
      expect(apa).toMatch(/\(\d{4}, \w+ \d+\)\. Tajikistan \[Knowledge base entry, version /);
    } finally {
      await page.context().close();
    }
  });
});

describe('accessibility of the citation section', () => {
  test('every format open, with its copy button, has no axe violation, light and dark', async () => {
    const page = await openPage('/actors/tajikistan/cite/', { colorScheme: 'light' });
    try {
      await page.locator('details[data-cite-format] > button').first().waitFor();
      await page.evaluate(() =>
        document.querySelectorAll('details[data-cite-format]').forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      await expect(page.getByRole('button', { name: /^Copy / }).count()).resolves.toBe(6);
      await expect(axeInBothSchemes(page, { context: 'section[aria-labelledby="cite-this-entry"]' })).resolves.toEqual(
        [],
      );
    } finally {
      await page.context().close();
    }
  });
});
