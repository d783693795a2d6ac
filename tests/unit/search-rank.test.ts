import { describe, expect, test } from 'vitest';
import {
  compareScores,
  prepareIndex,
  queryTerms,
  rankEntries,
  stem,
  synonymIndex,
  words,
  type SearchEntry,
} from '../../src/search/rank.ts';

const entry = (id: string, title: string, more: Partial<SearchEntry> = {}): SearchEntry => ({
  page: `p-${id}`,
  url: `/x/${id}/`,
  id,
  title,
  aliases: [],
  keywords: [],
  links: [],
  type: 'Actor',
  kind: 'State',
  summary: '',
  ...more,
});

const ENTRIES = [
  entry('tajikistan', 'Tajikistan', { keywords: ['Dushanbe'] }),
  entry('russia', 'Russia'),
  entry('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', { kind: 'Person' }),
  entry('vladimir-putin', 'Vladimir Putin', { kind: 'Person' }),
  entry('tokayev-putin-talks', 'Talks in Moscow', {
    type: 'Event',
    kind: 'Meeting',
    links: ['kassym-jomart-tokayev', 'vladimir-putin'],
  }),
  entry('border-withdrawal', 'Russian troops leave the Afghan–Tajik border', {
    type: 'Event',
    kind: 'Military move',
    links: ['russia', 'tajikistan'],
  }),
  entry('al-qaeda', 'al-Qaeda', { aliases: ['Al Qaeda'], kind: 'Armed group' }),
  entry('refugees', 'Afghan refugees in Tajikistan in the 1990s', {
    type: 'Event',
    kind: 'Displacement',
    links: ['tajikistan'],
  }),
  entry('shoigu', 'Sergei Shoigu', { kind: 'Person', summary: "Russia's defence minister." }),
];
const SYNONYMS = [
  ['withdraw', 'withdrawal', 'leave'],
  ['russia', 'russian'],
  ['tajikistan', 'tajik'],
  ['afghanistan', 'afghan'],
];
const index = prepareIndex(ENTRIES, SYNONYMS);
const ids = (query: string, pagefind: string[] = [], typing = false) =>
  rankEntries(query, pagefind, index, typing).map((s) => s.entry.id);

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

describe('rankEntries', () => {
  test('an entry whose name is the query comes before entries whose names merely contain it', () => {
    expect(ids('tajikistan', ['p-refugees', 'p-tajikistan'])[0]).toBe('tajikistan');
  });

  test('a query naming two entries puts what joins them first, then the entries themselves', () => {
    const ranked = ids('tokayev putin', ['p-kassym-jomart-tokayev', 'p-vladimir-putin']);
    expect(ranked[0]).toBe('tokayev-putin-talks');
    expect(ranked.slice(1, 3).sort()).toEqual(['kassym-jomart-tokayev', 'vladimir-putin']);
  });

  test('hyphenated compounds match split, and synonyms match other word forms', () => {
    expect(ids('tajik-afghan border')[0]).toBe('border-withdrawal');
    expect(ids('russian border withdrawal')[0]).toBe('border-withdrawal');
  });

  test('a compound typed as one word matches its parts', () => {
    expect(ids('alqaeda')[0]).toBe('al-qaeda');
  });

  test('a misspelled name that matches nothing exactly still finds the entry', () => {
    expect(ids('tajikstan')[0]).toBe('tajikistan');
    expect(ids('tokaev')[0]).toBe('kassym-jomart-tokayev');
  });

  test('a correctly spelled word is not matched as a misspelling of another', () => {
    expect(ids('russia')).not.toContain('refugees');
  });

  test('while typing, the last term matches as a prefix', () => {
    expect(ids('taji', [], true)[0]).toBe('tajikistan');
    expect(ids('taji', [], false)).toEqual([]);
  });

  test('a summary that holds every term outranks a name that holds one', () => {
    expect(ids('russian defence minister')[0]).toBe('shoigu');
  });

  test('entries Pagefind found that match no name keep Pagefind order after the rest', () => {
    expect(ids('dushanbe', ['p-russia', 'p-tajikistan'])).toEqual(['tajikistan', 'russia']);
  });

  test('an entry neither Pagefind nor any name, keyword or summary matches is left out', () => {
    expect(ids('caliphate', [])).toEqual([]);
  });
});

describe('compareScores', () => {
  test('orders by tier before anything else', () => {
    const base = { entry: ENTRIES[0]!, covered: 1, strength: 1, closeness: 1, fuzzy: 0, joins: 0, pagefindRank: 0 };
    expect(compareScores({ ...base, tier: 1 }, { ...base, tier: 2, covered: 5, pagefindRank: 0 })).toBeLessThan(0);
  });
});
