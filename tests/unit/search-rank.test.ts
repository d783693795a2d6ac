import { describe, expect, test } from 'vitest';
import { searchEntry } from '../helpers/search-entry.ts';
import type { Property } from '../../src/search/properties.ts';
import { prepareIndex } from '../../src/search/query.ts';
import { compareScores, rankEntries, type EntryScore } from '../../src/search/rank.ts';

/** A small catalogue: what pages hold, and the words that ask for it. */
const PROPERTIES: Property[] = [
  { key: 'members', words: ['member', 'membership'] }, // 0
  { key: 'k:observer', words: ['observer'] }, // 1
  { key: 'r:president', words: ['president'] }, // 2
  { key: 's:taliban-engagement', words: ['engagement', 'stance'] }, // 3
  { key: 'f:participants', words: ['participant'] }, // 4
  { key: 'k:warned', words: ['warn', 'warning'] }, // 5
  { key: 'statements', words: ['statement'] }, // 6
];

const entry = searchEntry;

// Positions: 0 tajikistan, 1 russia, 2 tokayev, 3 putin, 4 talks, 5 border-withdrawal, 6 al-qaeda,
// 7 refugees, 8 sco, 9 taliban, 10 mongolia, 11 shoigu.
const ENTRIES = [
  entry('tajikistan', 'Tajikistan', { keywords: ['Dushanbe'], props: [3], ties: [[3, -1 - 9]] }),
  entry('russia', 'Russia', {
    props: [2, 5, 6],
    ties: [
      [2, 3],
      [6, 0],
      [5, 0],
    ],
  }),
  entry('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', { kind: 'Person' }),
  entry('vladimir-putin', 'Vladimir Putin', { kind: 'Person' }),
  entry('tokayev-putin-talks', 'Talks in Moscow', {
    type: 'Event',
    kind: 'Meeting',
    props: [4],
    ties: [[4, 2, 3]],
  }),
  entry('border-withdrawal', 'Russian troops leave the Afghan–Tajik border', {
    type: 'Event',
    kind: 'Military move',
    props: [4],
    ties: [[4, 0, 1]],
  }),
  entry('al-qaeda', 'al-Qaeda', { aliases: ['Al Qaeda'], kind: 'Armed group' }),
  entry('refugees', 'Afghan refugees in Tajikistan in the 1990s', { type: 'Event', kind: 'Displacement' }),
  entry('sco', 'Shanghai Cooperation Organization', {
    aliases: ['SCO'],
    type: 'Organization',
    kind: 'Regional organization',
    props: [0, 1],
    ties: [
      [0, 0],
      [0, 1],
      [0, 10],
      [1, 10],
    ],
  }),
  entry('taliban', 'Taliban', { kind: 'Armed group' }),
  entry('mongolia', 'Mongolia'),
  entry('shoigu', 'Sergei Shoigu', { kind: 'Person', summary: "Russia's defence minister." }),
];
const SYNONYMS = [
  ['withdraw', 'withdrawal', 'leave'],
  ['russia', 'russian'],
  ['tajikistan', 'tajik'],
  ['afghanistan', 'afghan'],
];
const INDEX = prepareIndex(
  ENTRIES,
  SYNONYMS,
  PROPERTIES,
  ENTRIES.map((e) => `p-${e.id}`),
);
const ids = (query: string, pagefind: string[] = [], typing = false) =>
  rankEntries(query, pagefind, INDEX, typing).map((s) => s.entry.id);

describe('rankEntries', () => {
  test('an entry whose name is the query comes before entries whose names merely contain it', () => {
    expect(ids('tajikistan', ['p-refugees', 'p-tajikistan'])[0]).toBe('tajikistan');
  });

  test('a query naming one entry and asking for what its page holds puts it first, then the entries its answer names', () => {
    expect(ids('sco members').slice(0, 4)).toEqual(['sco', 'tajikistan', 'russia', 'mongolia']);
    expect(ids('who are the sco observers').slice(0, 2)).toEqual(['sco', 'mongolia']);
    expect(ids('russian president').slice(0, 2)).toEqual(['russia', 'vladimir-putin']);
  });

  test('asking for what the page does not hold changes nothing', () => {
    expect(ids('mongolia members')).toEqual(['mongolia']);
  });

  test('a query naming two entries puts what joins them first, then the entries themselves', () => {
    const ranked = ids('tokayev putin', ['p-kassym-jomart-tokayev', 'p-vladimir-putin']);
    expect(ranked[0]).toBe('tokayev-putin-talks');
    expect(ranked.slice(1, 3).sort()).toEqual(['kassym-jomart-tokayev', 'vladimir-putin']);
  });

  test("a page naming the other entry holds their tie, even when the other is only its claim's topic", () => {
    expect(ids('tajikistan taliban')[0]).toBe('tajikistan');
  });

  test('with no entry named, words of a kind of claim put the pages holding one that Pagefind found first', () => {
    const found = rankEntries('warnings about bases', ['p-mongolia', 'p-russia'], INDEX, false, undefined, 2);
    expect(found.map((s) => s.entry.id)).toEqual(['russia', 'mongolia']);
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

  test('among the rest, pages holding every term (found by Pagefind for the whole query) come first', () => {
    const found = rankEntries('caliphate', ['p-mongolia', 'p-taliban', 'p-russia'], INDEX, false, undefined, 1);
    expect(found.map((s) => [s.entry.id, s.whole])).toEqual([
      ['mongolia', true],
      ['taliban', false],
      ['russia', false],
    ]);
  });

  test('an entry neither Pagefind nor any name, keyword or summary matches is left out', () => {
    expect(ids('caliphate', [])).toEqual([]);
  });
});

describe('compareScores', () => {
  const base: EntryScore = {
    entry: ENTRIES[0]!,
    tier: 4,
    covered: 1,
    strength: 1,
    closeness: 1,
    fuzzy: 0,
    joins: 0,
    pagefindRank: 0,
    whole: false,
  };
  test('orders by tier before anything else', () => {
    expect(compareScores({ ...base, tier: 1 }, { ...base, tier: 2, covered: 5, pagefindRank: 0 })).toBeLessThan(0);
  });
  test('among pages holding ties, the one holding more comes first', () => {
    expect(compareScores({ ...base, tier: 3, joins: 4 }, { ...base, tier: 3, joins: 1, covered: 3 })).toBeLessThan(0);
  });
});
