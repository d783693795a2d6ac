/** What Pagefind indexes of the built entry pages, read through its JS API as the browser does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withSiteSearch } from '../../bench/search-node.ts';
import { PAGE_ORDER } from '../../src/search/files.ts';
import { distDir } from '../helpers/browser.ts';
import { gluedWords } from '../helpers/indexed-text.ts';

describe('gluedWords', () => {
  test('finds words that ran together, and nothing in text that keeps its boundaries', () => {
    const html = '<dl><dt>Status</dt><dd>Became a <a href="/x/">member</a> of the SCO</dd></dl>';
    expect(gluedWords('Status. Became a member of the SCO', html)).toEqual([]);
    expect(gluedWords('StatusBecame a member of the SCO', html)).toEqual(['statusbecame']);
  });
});

describe('the indexed text of every entry page', () => {
  test('keeps word boundaries: every word Pagefind indexed (and builds excerpts from) is a word of the page', async () => {
    const problems: string[] = [];
    let pages = 0;
    await withSiteSearch(distDir(), async ({ pagefind, data }) => {
      const all = (await pagefind.search(null, { sort: { [PAGE_ORDER]: 'asc' } }))?.results ?? [];
      expect(all).toHaveLength(data.entries.length);
      for (const result of all) {
        const { url, content } = await result.data();
        const html = readFileSync(join(distDir(), url, 'index.html'), 'utf8');
        for (const word of gluedWords(content, html)) problems.push(`${url}: "${word}"`);
        pages++;
      }
    });
    expect(pages).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
