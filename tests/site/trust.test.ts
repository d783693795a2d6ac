/**
 * What a reader sees on every built page agrees with the typed data: every citation link on a page
 * is in its "Cited paragraphs"; scope is shown; one provenance marker per claim; no raw `P5`
 * notation; no heading stands without content, with or without JavaScript. Each check is shown to
 * fail on a seeded page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlPages, redirectTarget } from '../helpers/public-urls.ts';
import { baseUrl, distDir, openPage, startBrowser, stopBrowser } from '../helpers/browser.ts';
import { readSnapshot } from '../../src/build/content-files.ts';
import { REGION_GROUP } from '../../src/config/site.ts';
import { decodeEntities } from '../../src/model/html.ts';
import { ROOT } from '../helpers/site.ts';

const kb = readSnapshot(ROOT).index!;

/** Checks run on a parsed document in the browser; each returns a list of problems. */
const CHECKS = String.raw`
  const visible = (doc) => (el) => !el.closest('[hidden], template, script, style');
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  window.kbChecks = {
    uncited(doc) {
      const section = doc.getElementById('cited-paragraphs')?.closest('section');
      const listed = new Set([...(section?.querySelectorAll('[data-cited]') ?? [])].map((a) => a.getAttribute('data-cited')));
      const out = [];
      let checked = 0;
      for (const a of doc.querySelectorAll('main a[href*="/sources/central-asias-taliban-surprise/#"]')) {
        if (section && section.contains(a)) continue;
        checked++;
        const anchor = a.getAttribute('href').split('#')[1];
        const place = /^p\d+$/.test(anchor) ? 'P' + anchor.slice(1) : anchor;
        if (section && !listed.has(place)) out.push('cites ' + place + ' but does not list it');
        if (!section) out.push('cites ' + place + ' and has no cited-paragraphs section');
      }
      return { problems: [...new Set(out)], checked };
    },
    emptyHeadings(doc, live) {
      const out = [];
      const headings = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible(doc)).filter((h) => !live || h.getClientRects().length > 0);
      for (const h of headings) {
        const level = Number(h.tagName[1]);
        const start = h.closest('.heading') || h;
        const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        walker.currentNode = start;
        let node = start;
        // Skip the heading's own subtree.
        while (node && !node.nextSibling && node !== doc.body) node = node.parentNode;
        let found = false;
        let n = walker.nextNode();
        while (n && start.contains(n)) n = walker.nextNode();
        for (; n; n = walker.nextNode()) {
          if (n.nodeType === 1) {
            const el = n;
            if (el.closest('[hidden], template, script, style, noscript' + (live ? '' : ':not(body)'))) continue;
            if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= level) break;
            if (['IMG', 'SVG', 'TABLE', 'INPUT', 'IFRAME'].includes(el.tagName.toUpperCase())) { found = true; break; }
          } else if (n.nodeValue.trim() && !n.parentElement.closest('[hidden], template, script, style')) { found = true; break; }
        }
        if (!found) out.push('heading "' + text(h) + '" has no content after it');
      }
      return { problems: out, checked: headings.length };
    },
    rawPlaces(doc) {
      const main = doc.querySelector('body');
      const shown = main ? main.innerText ?? main.textContent : '';
      const words = shown.match(/\bP(?:[1-9]|1[0-9])\b/g);
      return { problems: words ? ['raw notation ' + [...new Set(words)].join(', ')] : [], checked: shown.trim() ? 1 : 0 };
    },
    doubleMarkers(doc) {
      const out = [];
      let checked = 0;
      for (const span of doc.querySelectorAll('.meta[data-pagefind-ignore]')) {
        const own = [...span.querySelectorAll(':scope > .badge')];
        if (own.length) checked++;
        const certainty = own.filter((b) => !b.classList.contains('badge--context')).length;
        const context = own.filter((b) => b.classList.contains('badge--context')).length;
        if (certainty + context > 1) out.push('two markers on one claim: ' + text(span).slice(0, 80));
      }
      return { problems: out, checked };
    },
  };
`;

let page: Page;

beforeAll(async () => {
  const context = await (await startBrowser()).newContext({ javaScriptEnabled: true });
  page = await context.newPage();
  await page.goto(new URL('/robots.txt', baseUrl()).href);
  await page.addScriptTag({ content: CHECKS });
});
afterAll(stopBrowser);

type Check = 'uncited' | 'emptyHeadings' | 'rawPlaces' | 'doubleMarkers';

/** What a check found on one document, and how many things it looked at (so it cannot pass on nothing). */
interface Found {
  problems: string[];
  checked: number;
}
type Checks = { kbChecks: Record<string, (d: Document, live?: boolean) => Found> };

/** Runs a check on HTML parsed as a document with scripting off (what a reader without JavaScript gets). */
async function run(check: Check, html: string): Promise<string[]> {
  const found = await page.evaluate(
    ([name, source]) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return (window as unknown as Checks).kbChecks[name]!(doc, false);
    },
    [check, html] as const,
  );
  return found.problems;
}

/** Every check on every page, each page parsed once (filled by the first test that needs it). */
let siteReport: Promise<Map<string, Record<Check, Found>>> | undefined;

function reportOverSite(): Promise<Map<string, Record<Check, Found>>> {
  siteReport ??= (async () => {
    const report = new Map<string, Record<Check, Found>>();
    for (const { path, file } of htmlPages(distDir())) {
      const html = readFileSync(file, 'utf8');
      if (redirectTarget(html)) continue;
      const found = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const checks = (window as unknown as Checks).kbChecks;
        return Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, check(doc, false)]));
      }, html);
      report.set(path, found as Record<Check, Found>);
    }
    return report;
  })();
  return siteReport;
}

/**
 * A check's problems over every page the filter keeps, each with its path. `atLeast` is how many
 * things the check must have looked at in all: a selector that drifted would otherwise find nothing
 * to check, and pass.
 */
async function overSite(check: Check, atLeast: number, filter: (path: string) => boolean = () => true) {
  const problems: string[] = [];
  let checked = 0;
  for (const [path, found] of await reportOverSite()) {
    if (!filter(path)) continue;
    checked += found[check].checked;
    for (const p of found[check].problems) problems.push(`${path}: ${p}`);
  }
  expect(checked, `${check} checked only ${checked} things`).toBeGreaterThanOrEqual(atLeast);
  return problems;
}

const entryPage = (path: string) =>
  /^\/(actors|organizations|bases|places|infrastructure|events|scenarios)\/[^/]+\/$/.test(path);

describe('cited paragraphs on the built pages', () => {
  test('every citation link on an entry page is in its "Cited paragraphs"', async () => {
    expect(await overSite('uncited', 500, entryPage)).toEqual([]);
  });
  test('a page citing ¶9 in its text without listing it is caught', async () => {
    const html =
      '<main><p>Text <a href="/sources/central-asias-taliban-surprise/#p9">¶9</a></p><section><h2 id="cited-paragraphs">Cited</h2><a data-cited="P1" href="/sources/central-asias-taliban-surprise/#p1">¶1</a></section></main>';
    expect(await run('uncited', html)).toEqual(['cites P9 but does not list it']);
  });
});

describe('headings', () => {
  test('no heading on any page stands without content (JavaScript off)', async () => {
    expect(await overSite('emptyHeadings', 1000)).toEqual([]);
  });
  test('an empty heading is caught', async () => {
    expect(
      await run(
        'emptyHeadings',
        '<main><h1>Page</h1><p>x</p><section hidden><h2>Hidden</h2></section><h2>Did you mean</h2><ul class="plain"></ul><h2>Next</h2><p>y</p></main>',
      ),
    ).toEqual(['heading "Did you mean" has no content after it']);
  });
  test.each(['/no-such-page/', '/actors/tajikistn/', '/search/?q=csto', '/actors/central-asian-states/'])(
    'no heading stands without content with JavaScript on (%s)',
    async (path) => {
      // The check is injected as a script of the test's own, which the site's CSP would (rightly) block.
      const live = await openPage(path, { bypassCSP: true });
      await live.waitForLoadState('networkidle');
      await live.addScriptTag({ content: CHECKS });
      expect(
        await live.evaluate(() => (window as unknown as Checks).kbChecks.emptyHeadings!(document, true)),
      ).toMatchObject({ problems: [] });
      await live.context().close();
    },
  );
  test('the 404 page shows "Did you mean" only with a suggestion under it', async () => {
    const typo = await openPage('/actors/tajikistn/');
    await expect(typo.getByRole('heading', { name: 'Did you mean' }).count()).resolves.toBe(1);
    await expect(typo.getByRole('link', { name: 'Tajikistan' }).first().isVisible()).resolves.toBe(true);
    await typo.context().close();
    const none = await openPage('/qqqqqqqqqqqq/', { javaScriptEnabled: false });
    await expect(none.getByRole('heading', { name: 'Did you mean' }).count()).resolves.toBe(0);
    await none.context().close();
  });
});

describe('text and markers', () => {
  test('no page shows raw citation notation like "P5"', async () => {
    expect(await overSite('rawPlaces', 100)).toEqual([]);
  });
  test('raw notation is caught', async () => {
    expect(await run('rawPlaces', '<main><p>As P5 says.</p></main>')).toEqual(['raw notation P5']);
  });
  test('no claim carries both a certainty marker and a context marker', async () => {
    expect(await overSite('doubleMarkers', 600)).toEqual([]);
  });
  test('a claim with two markers is caught', async () => {
    const html =
      '<main><span class="meta" data-pagefind-ignore><span class="badge badge--stated">stated</span> <span class="badge badge--context">context</span></span></main>';
    expect(await run('doubleMarkers', html)).toHaveLength(1);
  });
  test('/about/ explains exactly the markers the pages use: four certainties, our reading and context', () => {
    const html = readFileSync(`${distDir()}/about/index.html`, 'utf8');
    const legend = /<dl class="legend">([\s\S]*?)<\/dl>/.exec(html)![1]!;
    const explained = [...legend.matchAll(/badge--([a-z]+)/g)].map((m) => m[1]);
    expect(explained).toEqual(['stated', 'likely', 'possible', 'uncertain', 'reading', 'context']);
    // Every marker a page uses is explained.
    const used = new Set<string>();
    for (const { file } of htmlPages(distDir()))
      for (const m of readFileSync(file, 'utf8').matchAll(/badge--([a-z]+)/g)) used.add(m[1]!);
    expect([...used].filter((b) => !explained.includes(b))).toEqual([]);
    expect(used).toContain('reading');
  });
  /** The notes of the region's stances that a page's text leaves out. */
  const regionNotes = () => {
    const region = new Set(kb.groupMembers.get(REGION_GROUP));
    return [...kb.stances.values()]
      .flat()
      .filter((s) => region.has(s.holder) && s.stance.note)
      .map((s) => s.stance.note!);
  };
  const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  const missingNotes = (html: string) => [...new Set(regionNotes())].filter((note) => !textOf(html).includes(note));
  test('a comparison table’s cell shows the caveat its entry page shows (/stances/ and the home table)', () => {
    const stances = readFileSync(`${distDir()}/stances/index.html`, 'utf8');
    expect(regionNotes().length).toBeGreaterThan(8);
    expect(missingNotes(stances)).toEqual([]);
    expect(textOf(stances)).toMatch(
      /Admits Afghan students with valid visas — The article does not say how Kyrgyzstan treats other Afghans/,
    );
    expect(textOf(readFileSync(`${distDir()}/index.html`, 'utf8'))).toMatch(
      /No official dialogue — Over the past year/,
    );
  });
  test('a stances table whose cell drops a caveat is caught', () => {
    const stances = readFileSync(`${distDir()}/stances/index.html`, 'utf8');
    expect(missingNotes(stances.replace('The article does not say how Kyrgyzstan treats', ''))).toHaveLength(1);
  });
  test('a group page shows the members a stance applies to', () => {
    const html = readFileSync(`${distDir()}/actors/central-asian-states/index.html`, 'utf8')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(html).toMatch(/Relies on Russia for protection — applies to Kyrgyzstan and Tajikistan only/);
  });
});
