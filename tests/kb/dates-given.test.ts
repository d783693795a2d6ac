/**
 * Every date shown as from the article is given by every place it cites, as it is shown: a date
 * shown as stated is one the place gives in full, at its qualifier; a date the place gives only in
 * relative words is shown as our reading of them. What each place gives is a table made from the
 * article (`article-dates.json`: dates, with the article's words for each).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { datedClaims, ungivenDates, type GivenDate } from './dated-claims.ts';
import type { AnyEntry } from '../../src/model/entries.ts';
import { readSnapshot } from '../../src/build/content-files.ts';
import { ROOT } from '../helpers/site.ts';

const given = JSON.parse(readFileSync(join(import.meta.dirname, 'article-dates.json'), 'utf8')) as Record<
  string,
  GivenDate[]
>;
const { entries } = readSnapshot(ROOT, join(ROOT, 'content'));

const problemsIn = (list: readonly AnyEntry[]) =>
  list.flatMap((entry) => ungivenDates(entry, given).map((p) => `${entry.file} ${p.path}: ${p.message}`));

describe('dates in the knowledge base', () => {
  test('every date shown as from the article is given by each place it cites', () => {
    const checked = entries.flatMap((e) => datedClaims(e)).filter((c) => c.provenance.kind !== 'context');
    expect(checked.length).toBeGreaterThan(40);
    expect(checked.filter((c) => c.provenance.kind === 'reading').length).toBeGreaterThan(20);
    expect(problemsIn(entries)).toEqual([]);
  });

  /** A copy of an event with another date. */
  const redated = (id: string, date: Record<string, unknown>) => {
    const event = entries.find((e) => e.id === id)!;
    return { ...event, data: { ...event.data, date } } as AnyEntry;
  };

  test('a date worked out from relative words but shown as stated is found (the Friendship Bridge)', () => {
    expect(
      problemsIn([redated('2021-08-friendship-bridge-reopened', { value: '2021-08', qualifier: 'late' })]),
    ).toEqual([
      expect.stringContaining(
        'date: 2021-08 (late) is shown as stated citing P5, which gives it only as "In the past few weeks": mark it as our reading (resolvedFrom)',
      ),
    ]);
    expect(problemsIn([redated('2021-04-kyrgyz-tajik-border-clash', { value: '2021-04' })])).toEqual([
      expect.stringContaining('is shown as stated citing P3, which gives it only as "this April"'),
    ]);
  });

  test('an early-August date of a place does not let a late-August date pass', () => {
    expect(
      problemsIn([redated('2021-08-russia-uzbekistan-exercise-termez', { value: '2021-08', qualifier: 'late' })]),
    ).toHaveLength(1);
    expect(problemsIn([redated('2021-08-russia-uzbekistan-exercise-termez', { value: '2021-08' })])).toEqual([]);
  });

  test('a reading of words the place does not use is found', () => {
    expect(
      problemsIn([
        redated('2021-08-friendship-bridge-reopened', {
          value: '2021-08',
          qualifier: 'late',
          resolvedFrom: 'this August',
        }),
      ]),
    ).toEqual([expect.stringContaining('shown as our reading of "this August" in P5, which gives no such date')]);
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
