import { describe, expect, test } from 'vitest';
import { editDistance, lastSegment, suggest } from '../../src/search/suggest.ts';

describe('editDistance', () => {
  test.each([
    ['tajikistan', 'tajikistan', 0],
    ['tajikstan', 'tajikistan', 1],
    ['tajkistan', 'tajikistan', 1],
    ['tajikistna', 'tajikistan', 1],
    ['uzbekstan', 'uzbekistan', 1],
    ['csot', 'csto', 1],
    ['kazakstan', 'kazakhstan', 1],
    ['kirgizstan', 'kyrgyzstan', 2],
    ['abc', '', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
  test('stops early past the limit', () => {
    expect(editDistance('afghanistan', 'sco', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('lastSegment', () => {
  test.each([
    ['/actors/tajikstan/', 'tajikstan'],
    ['/actors/Tajikstan', 'tajikstan'],
    ['/bases/ayni-air-base/?x=1#top', 'ayni-air-base'],
    ['/', ''],
  ])('%s → %s', (path, segment) => {
    expect(lastSegment(path)).toBe(segment);
  });
});

describe('suggest', () => {
  const targets = [
    { slug: 'tajikistan', path: '/actors/tajikistan/', title: 'Tajikistan' },
    { slug: 'republic-of-tajikistan', path: '/actors/tajikistan/', title: 'Tajikistan' },
    { slug: 'kazakhstan', path: '/actors/kazakhstan/', title: 'Kazakhstan' },
    { slug: 'kyrgyzstan', path: '/actors/kyrgyzstan/', title: 'Kyrgyzstan' },
    { slug: 'csto', path: '/organizations/csto/', title: 'CSTO' },
  ];
  test('finds the closest entries, one per page', () => {
    expect(suggest('tajikstan', targets).map((t) => t.path)).toEqual(['/actors/tajikistan/']);
    expect(suggest('kazakstan', targets).map((t) => t.title)).toEqual(['Kazakhstan']);
  });
  test('finds nothing beyond distance 2 or for an empty segment', () => {
    expect(suggest('turkmenistan', targets)).toEqual([]);
    expect(suggest('', targets)).toEqual([]);
  });
});
