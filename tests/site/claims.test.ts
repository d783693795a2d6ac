/**
 * Claims on the built pages: every claim has an id of its own on its page, and the answer data holds
 * each claim as its page shows it — at that id, with the same provenance markers and entry links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { citePath } from '../../src/model/article-places.ts';
import type { EntryAnswers, MarkData } from '../../src/search/answer-types.ts';
import { SEARCH_DATA_FILE, answersPath, readSearchData } from '../../src/search/files.ts';
import { distDir } from '../helpers/browser.ts';
import { elementWithId, entryLinksIn, markersIn, repeatedIds, type MarkerOnPage } from '../helpers/claim-markup.ts';
import { htmlPages, redirectTarget } from '../helpers/public-urls.ts';

const page = (url: string) => readFileSync(join(distDir(), url, 'index.html'), 'utf8');

describe('claim markup helpers', () => {
  const html =
    '<ul><li id="r-a"><a href="/actors/a/">A</a> <span class="meta"><span class="badge badge--likely">likely</span> according to <a href="/actors/b/">B</a> <span class="cites"><a href="/sources/s/#p4">¶4</a></span></span></li>' +
    '<li id="r-c"><a href="/actors/c/">C</a> (<span class="meta"><span class="badge badge--context">context</span> Known (well established). (relates to <span class="cites"><a href="/sources/s/#p1">¶1</a></span>)</span>)</li><li id="r-a">again</li></ul>';
  test('repeatedIds finds an id given twice', () => {
    expect(repeatedIds(html)).toEqual(['r-a']);
  });
  test('elementWithId takes the element to its end tag, and markersIn and entryLinksIn read it', () => {
    const first = elementWithId(html, 'r-a')!;
    expect(first.endsWith('</span></span></li>')).toBe(true);
    expect(markersIn(first)).toEqual([
      { badge: 'badge--likely', label: 'likely', attributedTo: '/actors/b/', cites: ['/sources/s/#p4'] },
    ]);
    expect(markersIn(elementWithId(html, 'r-c')!)).toEqual([
      { badge: 'badge--context', label: 'context', basis: 'Known (well established).', cites: ['/sources/s/#p1'] },
    ]);
    expect(entryLinksIn(first)).toEqual(['/actors/a/', '/actors/b/']);
  });
});

describe('claim anchors', () => {
  test('no page gives an id to two elements', () => {
    const problems: string[] = [];
    let pages = 0;
    for (const { path, file } of htmlPages(distDir())) {
      const html = readFileSync(file, 'utf8');
      if (redirectTarget(html)) continue;
      pages++;
      for (const id of repeatedIds(html)) problems.push(`${path}#${id}`);
    }
    expect(pages).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  });
});

describe('the answer data', () => {
  const data = readSearchData(JSON.parse(readFileSync(join(distDir(), 'pagefind', SEARCH_DATA_FILE), 'utf8')));
  const expected = (m: MarkData): MarkerOnPage => ({
    badge: `badge--${m.k === 'context' ? 'context' : (m.c ?? m.k)}`,
    label: m.k === 'context' ? 'context' : (m.l ?? m.k),
    ...(m.w !== undefined ? { attributedTo: data.entries[m.w]!.url } : {}),
    ...(m.k === 'context' ? { basis: m.b ?? '' } : {}),
    cites: m.p.map(citePath),
  });

  test('holds every claim at its id on its page, with the markers and entry links the page shows there', () => {
    const problems: string[] = [];
    let claims = 0;
    for (const entry of data.entries) {
      let file: EntryAnswers;
      try {
        file = JSON.parse(readFileSync(join(distDir(), 'pagefind', answersPath(entry.id)), 'utf8')) as EntryAnswers;
      } catch {
        continue;
      }
      const html = page(entry.url);
      for (const group of file.groups)
        for (const claim of group.c) {
          claims++;
          const where = `${entry.url}#${claim.a}`;
          const element = elementWithId(html, claim.a);
          if (!element) {
            problems.push(`${where}: no element has this id`);
            continue;
          }
          const marks = claim.t.flatMap((p) => (typeof p === 'object' ? [expected(p.m)] : []));
          const shown = markersIn(element);
          const canonical = (m: MarkerOnPage[]) => JSON.stringify(m.map((x) => Object.entries(x).sort()));
          if (canonical(shown) !== canonical(marks))
            problems.push(`${where}: markers ${JSON.stringify(marks)} where the page shows ${JSON.stringify(shown)}`);
          const links = new Set(entryLinksIn(element));
          for (const p of claim.t)
            if (typeof p === 'number' && !links.has(data.entries[p]!.url))
              problems.push(`${where}: links ${data.entries[p]!.url}, which the page does not there`);
        }
    }
    expect(claims).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  });
});
