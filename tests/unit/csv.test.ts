import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/views/data/csv.ts';

describe('toCsv fields', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [1300, '1300'],
    [undefined, ''],
  ])('%j → %s', (value, field) => {
    expect(toCsv(['x'], [[value]])).toBe(`x\r\n${field}\r\n`);
  });
});

describe('toCsv', () => {
  test('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['state', 'km'],
        [
          ['Tajikistan', 1300],
          ['Kazakhstan, none', undefined],
        ],
      ),
    ).toBe('state,km\r\nTajikistan,1300\r\n"Kazakhstan, none",\r\n');
  });
  test('refuses a row of the wrong width', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow('CSV row 1 has 1 fields; the header has 2');
  });
});
