import { describe, expect, test } from 'vitest';
import { queryTerms, stem, synonymIndex, words } from '../../src/search/words.ts';

describe('words', () => {
  test('lowercases, drops diacritics, apostrophes and dots, and splits on anything else', () => {
    expect(words("Türkiye's U.S. al-Qaeda Tajik–Afghan 9/11")).toEqual([
      'turkiye',
      'us',
      'al',
      'qaeda',
      'tajik',
      'afghan',
      '9',
      '11',
    ]);
  });
});

describe('stem', () => {
  test.each([
    ['bases', 'base'],
    ['forces', 'forc'],
    ['force', 'forc'],
    ['ministries', 'ministry'],
    ['expelled', 'expel'],
    ['disputed', 'disput'],
    ['dispute', 'disput'],
    ['isis', 'isis'],
    ['us', 'us'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe('queryTerms', () => {
  test('drops question words and articles but keeps a query made only of them', () => {
    expect(queryTerms('who leads the CSTO?')).toEqual(['leads', 'csto']);
    expect(queryTerms('the who')).toEqual(['the', 'who']);
  });
});

describe('synonymIndex', () => {
  test('maps every word of a group to the stems of the whole group', () => {
    expect([...synonymIndex([['withdrawal', 'leaves']]).get(stem('leave'))!]).toEqual(['withdrawal', 'leav']);
  });
});
