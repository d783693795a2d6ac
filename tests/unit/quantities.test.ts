import { describe, expect, test } from 'vitest';
import {
  DIRECTIONS,
  QUANTITY_QUALIFIERS,
  UNITS,
  UNIT_NAMES,
  formatNumber,
  formatQuantity,
  type Quantity,
} from '../../src/model/quantities.ts';

describe('formatNumber', () => {
  test.each([
    [7, '7'],
    [137, '137'],
    [1300, '1,300'],
    [50000, '50,000'],
    [1000000, '1,000,000'],
    [2.5, '2.5'],
    [-1500, '−1,500'],
  ])('%d → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe('formatQuantity', () => {
  test.each<[Quantity, string]>([
    [{ value: 7000, unit: 'troops', qualifier: 'approx' }, 'about 7,000 soldiers'],
    [{ value: 50000, unit: 'troops', qualifier: 'more-than' }, 'more than 50,000 soldiers'],
    [{ value: 1300, unit: 'km', qualifier: 'exact' }, '1,300 km'],
    [{ value: 10, unit: 'km', qualifier: 'exact', direction: 'west' }, '10 km west of'],
    [{ value: 2042, unit: 'year', qualifier: 'at-least' }, 'at least until 2042'],
    [{ value: 25, unit: 'years', qualifier: 'exact' }, '25 years'],
    [{ value: 1, unit: 'people', qualifier: 'exact' }, '1 person'],
    [{ value: 1000000, unit: 'people', qualifier: 'more-than' }, 'more than 1,000,000 people'],
  ])('%o → %s', (q, text) => {
    expect(formatQuantity(q)).toBe(text);
  });
});

describe('vocabularies', () => {
  test('units, qualifiers and directions are closed lists', () => {
    expect(UNIT_NAMES).toEqual(Object.keys(UNITS));
    expect(QUANTITY_QUALIFIERS).toContain('at-least');
    expect(DIRECTIONS).toContain('west');
  });
});
