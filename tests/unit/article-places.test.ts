import { describe, expect, test } from 'vitest';
import {
  CITE_PATTERN,
  SOURCE_ID,
  citeAnchor,
  citeLabel,
  citeName,
  citePath,
  textFragmentUrl,
  uniqueCites,
} from '../../src/model/article-places.ts';

describe('CITE_PATTERN', () => {
  test.each([
    ['P1', true],
    ['P14', true],
    ['P99', true],
    ['caption', true],
    ['byline', true],
    ['P0', false],
    ['p5', false],
    ['P05', false],
    ['Caption', false],
    ['5', false],
    [5, false],
  ])('%s → %s', (value, expected) => {
    expect(typeof value === 'string' && CITE_PATTERN.test(value)).toBe(expected);
  });
});

describe('citeAnchor, citeLabel, citeName, citePath', () => {
  test.each([
    ['P5', 'p5', '¶5', 'Paragraph 5'],
    ['P14', 'p14', '¶14', 'Paragraph 14'],
    ['caption', 'caption', 'caption', 'Photo caption'],
    ['byline', 'byline', 'byline', 'Byline'],
  ] as const)('%s', (place, anchor, label, name) => {
    expect(citeAnchor(place)).toBe(anchor);
    expect(citeLabel(place)).toBe(label);
    expect(citeName(place)).toBe(name);
    expect(citePath(place)).toBe(`/sources/${SOURCE_ID}/#${anchor}`);
  });
});

describe('uniqueCites', () => {
  test('order paragraphs numerically, then caption, then byline, without repeats', () => {
    expect(uniqueCites(['byline', 'P10', 'caption', 'P2', 'P10', 'P1'])).toEqual([
      'P1',
      'P2',
      'P10',
      'caption',
      'byline',
    ]);
  });
});

describe('textFragmentUrl', () => {
  test('encodes the opening words and fragment-syntax characters', () => {
    expect(textFragmentUrl('https://example.org/a', 'Though aware of the')).toBe(
      'https://example.org/a#:~:text=Though%20aware%20of%20the',
    );
    expect(textFragmentUrl('https://example.org/a#x', 'Taliban-ruled, then')).toBe(
      'https://example.org/a#:~:text=Taliban%2Druled%2C%20then',
    );
  });
});
