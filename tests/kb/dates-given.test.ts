/**
 * Every date shown as from the article is given by every place it cites. What each place gives is
 * a table made from the article (`article-dates.json`: dates, not text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ungivenDates } from './dated-claims.ts';
import type { AnyEntry } from '../../src/model/entries.ts';
import { readSnapshot } from '../../src/build/content-files.ts';
import { ROOT } from '../helpers/site.ts';

const given = JSON.parse(readFileSync(join(import.meta.dirname, 'article-dates.json'), 'utf8')) as Record<
  string,
  string[]
>;
const { entries } = readSnapshot(ROOT, join(ROOT, 'content'));

const problemsIn = (list: readonly AnyEntry[]) =>
  list.flatMap((entry) => ungivenDates(entry, given).map((p) => `${entry.file} ${p.path}: ${p.message}`));

describe('dates in the knowledge base', () => {
  test('every date shown as from the article is given by each place it cites', () => {
    expect(problemsIn(entries)).toEqual([]);
  });

  test('a date citing a paragraph that does not give it is found', () => {
    const event = entries.find((e) => e.id === '2021-08-23-csto-emergency-summit')!;
    const seeded = { ...event, data: { ...event.data, date: { value: '2021-08-10' } } } as AnyEntry;
    expect(problemsIn([seeded])).toContainEqual(
      expect.stringContaining('date: 2021-08-10 is shown citing P3, which does not give it'),
    );
  });

  test('the table lists every citable place of the source', () => {
    const source = entries.find((e) => e.collection === 'sources')!;
    const places = source.collection === 'sources' ? source.data.paragraphs.map((p) => p.place) : [];
    expect(
      Object.keys(given)
        .filter((k) => !k.startsWith('$'))
        .sort(),
    ).toEqual([...places].sort());
  });
});
