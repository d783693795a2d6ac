import { describe, expect, test } from 'vitest';
import { searchEntry } from '../helpers/search-entry.ts';
import type { Property } from '../../src/search/properties.ts';
import { askedProperties, askedSubject, filterGroups } from '../../src/search/asked.ts';
import { prepareIndex, readQuery } from '../../src/search/query.ts';
import { stem } from '../../src/search/words.ts';

const PROPERTIES: Property[] = [
  { key: 'members', words: ['member'] }, // 0
  { key: 'k:observer', words: ['observer'] }, // 1
  { key: 'f:troops', words: ['troop', 'soldier'] }, // 2
  { key: 'f:date', words: ['date', 'when'] }, // 3
  { key: 'statements', words: ['statement'] }, // 4
  { key: 'k:warned', words: ['warn'] }, // 5
];

const entry = searchEntry;

const ENTRIES = [
  entry('sco', 'Shanghai Cooperation Organization', { aliases: ['SCO'], kind: 'Regional organization', props: [0, 1] }),
  entry('sco-group', 'SCO–Afghanistan Contact Group', { kind: 'Regional organization' }),
  entry('termez', 'Termez', { kind: 'City' }),
  entry('termez-drill', 'Russia–Uzbekistan exercise near Termez', { kind: 'Exercise', props: [2, 3] }),
  entry('base', '201st Military Base', { kind: 'Military base', props: [2] }),
  entry('putin', 'Vladimir Putin', { kind: 'Person', props: [4, 5] }),
  entry('russia', 'Russia'),
];
const index = prepareIndex(ENTRIES, [['russia', 'russian']], PROPERTIES);
const rest = (query: string) => {
  const r = readQuery(query, index);
  return r.rest.map((x) => r.terms[x.term]);
};

describe('readQuery', () => {
  test('names an entry whose name the terms cover, and the words of kinds a name may leave out', () => {
    expect(readQuery('sco members', index).subjects).toEqual(['sco']);
    expect(readQuery('201st base troops', index).subjects).toEqual(['base']);
    expect(readQuery('putin', index).subjects).toEqual(['putin']);
  });

  test('an entry whose naming terms a longer name holds is not a subject of its own', () => {
    const reading = readQuery('russian putin', index);
    expect(reading.subjects.sort()).toEqual(['putin', 'russia']);
    expect(readQuery('termez', index).subjects).toEqual(['termez']);
  });

  test('leaves the other terms, less the words that only ask, for properties', () => {
    expect(rest('how many sco members')).toEqual(['members']);
    expect(readQuery('when did putin speak', index).asks).toEqual(new Set(['when']));
  });

  test('a query of names one after another, each word for word, is about those entries', () => {
    const kin = prepareIndex(
      [
        entry('tajikistan', 'Tajikistan'),
        entry('afghanistan', 'Afghanistan'),
        entry('tajiks', 'Tajiks of Afghanistan', { aliases: ['Afghan Tajiks'], kind: 'Ethnic group' }),
      ],
      [
        ['tajikistan', 'tajik'],
        ['afghanistan', 'afghan'],
      ],
    );
    expect(readQuery('tajikistan afghanistan', kin).subjects).toEqual(['tajikistan', 'afghanistan']);
    // Their kin's name holds both, but the query is not that name.
    expect(readQuery('afghan tajiks', kin).subjects).toEqual(['tajiks']);
    expect(readQuery('tajiks of afghanistan', kin).subjects).toEqual(['tajiks']);
    // One name holding the other: "201st Military Base" names the base, "Russia" Russia.
    expect(readQuery('russia 201st military base', index).subjects).toEqual(['russia', 'base']);
    expect(readQuery('201st military base', index).subjects).toEqual(['base']);
  });

  test('of entries named by the same terms, the one bearing a name of exactly those terms is the subject', () => {
    const named = prepareIndex(
      [entry('belarus', 'Belarus'), entry('crisis', 'Crisis in Belarus', { kind: 'Crisis' })],
      [],
    );
    expect([...readQuery('belarus', named).named.keys()].sort()).toEqual(['belarus', 'crisis']);
    expect(readQuery('belarus', named).subjects).toEqual(['belarus']);
    expect(readQuery('belarus crisis', named).subjects).toEqual(['crisis']);
  });

  test('keeps entries whose names hold two terms or more without being named', () => {
    expect([...readQuery('termez exercise', index).partly.keys()]).toEqual(['termez-drill']);
  });
});

describe('askedProperties', () => {
  const reading = (query: string) => readQuery(query, index);
  test('every leftover term must be a word of the property, or of a filter that picks claims in it', () => {
    expect(askedProperties(reading('sco members'), PROPERTIES, [0, 1])).toEqual([{ property: 0, filters: [] }]);
    expect(askedProperties(reading('sco observers'), PROPERTIES, [0, 1])).toEqual([{ property: 0, filters: [1] }]);
    expect(askedProperties(reading('sco troops'), PROPERTIES, [0, 1])).toEqual([]);
    expect(askedProperties(reading('sco members troops'), PROPERTIES, [0, 1, 2])).toEqual([]);
  });
  test('with no leftover term, "when" asks for what holds a date', () => {
    expect(askedProperties(reading('when termez'), PROPERTIES, [2, 3])).toEqual([{ property: 3, filters: [] }]);
    expect(askedProperties(reading('termez'), PROPERTIES, [2, 3])).toEqual([]);
  });
});

describe('askedSubject', () => {
  test('is the one subject when its page holds what the rest asks for', () => {
    expect(askedSubject(readQuery('putin warned', index), index)).toMatchObject({
      id: 'putin',
      properties: [{ property: 4, filters: [5] }],
    });
  });
  test('else an entry whose name holds the subjects and more, when its page holds what is left', () => {
    expect(askedSubject(readQuery('termez exercise troops', index), index)).toMatchObject({
      id: 'termez-drill',
      properties: [{ property: 2, filters: [] }],
    });
  });
  test('is nothing when no page holds what is asked', () => {
    expect(askedSubject(readQuery('termez exercise members', index), index)).toBeUndefined();
    expect(askedSubject(readQuery('soldiers', index), index)).toBeUndefined();
  });
});

describe('filterGroups', () => {
  test('a membership status picks among members, an act among statements, and other properties pick nothing', () => {
    expect(filterGroups({ key: 'k:observer', words: [] })).toEqual(['members', 'memberships']);
    expect(filterGroups({ key: 'k:warned', words: [] })).toEqual(['statements']);
    expect(filterGroups({ key: 'members', words: [] })).toEqual([]);
  });
});

describe('prepareIndex', () => {
  test("pairs Pagefind's page ids with the entries in order, and knows the words of kinds", () => {
    const paged = prepareIndex(ENTRIES.slice(0, 2), [], [], ['en_1', 'en_2']);
    expect(paged.byPage.get('en_2')?.entry.id).toBe('sco-group');
    expect(paged.kindWords.has(stem('organization'))).toBe(true);
  });
});
