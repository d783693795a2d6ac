import { describe, expect, test } from 'vitest';
import { answerFor, answerSubjects, type Answer } from '../../src/search/answers.ts';
import { readQuery } from '../../src/search/query.ts';
import { kbSearch } from '../helpers/kb-search.ts';

const { bundle, index } = kbSearch();
const answer = (query: string): Answer | undefined => answerFor(readQuery(query, index), index, bundle.answers);
const claims = (a: Answer | undefined) => a?.groups.flatMap((g) => g.claims.map((c) => `${g.entry.id}#${c.a}`));
const titles = (a: Answer | undefined) =>
  a?.groups.flatMap((g) =>
    g.claims.flatMap((c) => c.t.filter((p) => typeof p === 'number').map((p) => index.entries[p]!.entry.id)),
  );

describe('answerFor', () => {
  test('answers a property of one entry with the claims of its page, as the page groups and labels them', () => {
    const found = answer('who leads the csto');
    expect(found?.subjects.map((s) => s.id)).toEqual(['csto']);
    expect(found?.groups.map((g) => g.label)).toEqual(['led by', 'Secretary-General']);
    expect(titles(found)).toEqual(['russia', 'stanislav-zas']);
  });

  test('a status or an act picks claims within the property', () => {
    const found = answer('sco observers');
    expect(claims(found)).toEqual(['sco#m-afghanistan', 'sco#m-belarus', 'sco#m-iran', 'sco#m-mongolia']);
    expect(found?.picked).toEqual(['observer']);
    expect(answer('what did the taliban pledge')?.groups[0]?.claims).toHaveLength(1);
  });

  test('"when" asks for a date when nothing else asks for a property', () => {
    const found = answer('when did uzbekistan leave the csto');
    expect(found?.subjects.map((s) => s.id)).toEqual(['2012-uzbekistan-leaves-csto']);
    expect(found?.groups.map((g) => g.label)).toEqual(['Date']);
  });

  test('two entries are answered with what ties them: claims of either page naming the other, each once', () => {
    const found = answer('tajikistan taliban');
    expect(found?.subjects.map((s) => s.id)).toEqual(['tajikistan', 'taliban']);
    expect(found?.groups.map((g) => `${g.entry.id}: ${g.label}`)).toEqual([
      'tajikistan: Engagement with the Taliban',
      'tajikistan: Statements',
    ]);
    const ids = found!.groups.flatMap((g) => g.claims.map((c) => c.c));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('"where" asks for what holds a place', () => {
    expect(answer('where is kant air base')?.groups.map((g) => g.label)).toEqual(['Coordinates', 'located in']);
  });

  test('a relation written once is shown once, and events both took part in are ties', () => {
    const turkey = answer('turkey azerbaijan');
    expect(claims(turkey)).toEqual(['turkey#r-azerbaijan', 'turkey#2020-nagorno-karabakh-war']);
    expect(claims(answer('russia uzbekistan agreement'))).toEqual(['russia#r-uzbekistan']);
    expect(claims(answer('kyrgyzstan tajikistan'))).toContain('kyrgyzstan#2021-04-kyrgyz-tajik-border-clash');
  });

  test('a name holding two others is read as those two when more words ask what ties them', () => {
    const found = answer('how long is the uzbek afghan border');
    expect(found?.subjects.map((s) => s.id)).toEqual(['uzbekistan', 'afghanistan']);
    expect(found?.groups.map((g) => g.label)).toEqual(['Border with Afghanistan', 'borders']);
    expect(answer('uzbek afghan')).toBeUndefined();
  });

  test('words left over keep the ties that say them', () => {
    const found = answer('kyrgyzstan afghan students');
    expect(found?.groups.length).toBeGreaterThan(0);
    for (const group of found!.groups)
      for (const claim of group.claims) expect(JSON.stringify(claim.t).toLowerCase()).toContain('student');
  });

  test('gives no answer where the data holds none', () => {
    for (const query of [
      'mongolia president',
      'csto',
      'benign scenario',
      'kazakhstan troops',
      'armenia azerbaijan water',
    ])
      expect(answer(query), query).toBeUndefined();
  });
});

describe('answerSubjects', () => {
  test('names the answer files a query needs, and none for a query with no possible answer', () => {
    expect(answerSubjects(readQuery('sco members', index), index)).toEqual(['sco']);
    expect(answerSubjects(readQuery('tajikistan taliban', index), index)).toEqual(['tajikistan', 'taliban']);
    expect(answerSubjects(readQuery('sco', index), index)).toEqual([]);
  });
});
