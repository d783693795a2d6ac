/** Claims on the built pages: every claim has an id of its own on its page. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/browser.ts';
import { repeatedIds } from '../helpers/claim-markup.ts';
import { htmlPages, redirectTarget } from '../helpers/public-urls.ts';

describe('repeatedIds', () => {
  test('finds an id given twice', () => {
    expect(repeatedIds('<ul><li id="r-a">A</li><li id="r-c">C</li><li id="r-a">again</li></ul>')).toEqual(['r-a']);
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
