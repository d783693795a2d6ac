import { describe, expect, test } from 'vitest';
import {
  COLLECTIONS,
  ENTRY_ID_PATTERN,
  collectionPath,
  entryPath,
  isCollectionName,
  isEntryId,
  slugify,
} from '../../src/model/ids.ts';

describe('isEntryId', () => {
  test.each([
    ['tajikistan', true],
    ['201st-military-base', true],
    ['2021-08-23-csto-emergency-summit', true],
    ['Tajikistan', false],
    ['tajik_istan', false],
    ['-tajikistan', false],
    ['tajikistan-', false],
    ['taji--kistan', false],
    ['', false],
    [42, false],
  ])('%s → %s', (value, expected) => {
    expect(isEntryId(value)).toBe(expected);
    if (typeof value === 'string') expect(ENTRY_ID_PATTERN.test(value)).toBe(expected);
  });
});

describe('isCollectionName', () => {
  test('accepts every collection and nothing else', () => {
    for (const c of COLLECTIONS) expect(isCollectionName(c)).toBe(true);
    expect(isCollectionName('people')).toBe(false);
  });
});

describe('slugify', () => {
  test.each([
    ['ISIS-K', 'isis-k'],
    ['Shanghai Cooperation Organisation', 'shanghai-cooperation-organisation'],
    ['Harb-Maidon', 'harb-maidon'],
    ['Islamic State–Khorasan Province', 'islamic-state-khorasan-province'],
    ["Moscow's", 'moscows'],
    ['  Nur‑Sultan  ', 'nur-sultan'],
    ['Ayni', 'ayni'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('collectionPath and entryPath', () => {
  test('build trailing-slash paths', () => {
    expect(collectionPath('bases')).toBe('/bases/');
    expect(entryPath('actors', 'tajikistan')).toBe('/actors/tajikistan/');
  });
});
