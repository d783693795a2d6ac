import { describe, expect, test } from 'vitest';
import {
  DATE_QUALIFIERS,
  dateProblem,
  datetimeAttribute,
  earliestDay,
  formatDate,
  latestDay,
  mustParseDate,
  precisionOf,
  type DateValue,
} from '../../src/model/dates.ts';

describe('mustParseDate and dateProblem', () => {
  test.each([
    ['1990s', { precision: 'decade', year: 1990 }],
    ['2012', { precision: 'year', year: 2012 }],
    ['2021-04', { precision: 'month', year: 2021, month: 4 }],
    ['2021-08-23', { precision: 'day', year: 2021, month: 8, day: 23 }],
    ['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }],
  ])('%s', (text, parsed) => {
    expect(mustParseDate(text)).toEqual(parsed);
  });

  test.each([
    ['2021-02-30', 'February 2021 has 28 days'],
    ['2021-02-29', 'February 2021 has 28 days'],
    ['2021-13', 'has no month 13'],
    ['2021-00-10', 'has no month 0'],
    ['1995s', 'is not a date'],
    ['23 August 2021', 'is not a date'],
    ['2021-8-23', 'is not a date'],
  ])('%s is rejected', (text, message) => {
    expect(dateProblem(text)).toContain(message);
    expect(() => mustParseDate(text)).toThrow(message);
  });

  test('dateProblem is undefined for a real date', () => {
    expect(dateProblem('2021-08-23')).toBeUndefined();
  });
});

describe('formatDate', () => {
  test.each<[DateValue, string]>([
    [{ value: '2021-08-23' }, '23 August 2021'],
    [{ value: '2021-04' }, 'April 2021'],
    [{ value: '2021-09', qualifier: 'early' }, 'early September 2021'],
    [{ value: '2021-08', qualifier: 'late' }, 'late August 2021'],
    [{ value: '2012' }, '2012'],
    [{ value: '1990s' }, '1990s'],
    [{ value: '1990s', qualifier: 'early' }, 'early in the 1990s'],
    [{ value: '2005', qualifier: 'circa' }, 'c. 2005'],
    [{ value: '2021', end: '2025' }, '2021–2025'],
    [{ value: '2021-04', end: '2025' }, 'April 2021 – 2025'],
  ])('%o → %s', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });
});

describe('datetimeAttribute', () => {
  test.each([
    ['2021-08-23', '2021-08-23'],
    ['2021-08', '2021-08'],
    ['2012', '2012'],
    ['1990s', '1990'],
  ])('%s → %s', (text, attr) => {
    expect(datetimeAttribute(text)).toBe(attr);
  });
});

describe('earliestDay and latestDay', () => {
  test.each<[DateValue, number, number]>([
    [{ value: '2021-08-23' }, 20210823, 20210823],
    [{ value: '2021-08' }, 20210801, 20210831],
    [{ value: '2021-08', qualifier: 'early' }, 20210801, 20210810],
    [{ value: '2021-08', qualifier: 'mid' }, 20210811, 20210820],
    [{ value: '2021-08', qualifier: 'late' }, 20210821, 20210831],
    [{ value: '2021-02', qualifier: 'late' }, 20210221, 20210228],
    [{ value: '2021' }, 20210101, 20211231],
    [{ value: '2021', qualifier: 'early' }, 20210101, 20210430],
    [{ value: '2021', qualifier: 'late' }, 20210901, 20211231],
    [{ value: '1990s' }, 19900101, 19991231],
    [{ value: '1990s', qualifier: 'late' }, 19960101, 19991231],
    [{ value: '2021-04', end: '2025' }, 20210401, 20251231],
  ])('%o', (date, first, last) => {
    expect(earliestDay(date)).toBe(first);
    expect(latestDay(date)).toBe(last);
  });
});

describe('precisionOf', () => {
  test('reads the precision of any shape', () => {
    expect(precisionOf({ value: '1990s' })).toBe('decade');
    expect(precisionOf({ value: '2021-08-23' })).toBe('day');
  });
});

describe('DATE_QUALIFIERS', () => {
  test('are the four the content model allows', () => {
    expect(DATE_QUALIFIERS).toEqual(['early', 'mid', 'late', 'circa']);
  });
});
