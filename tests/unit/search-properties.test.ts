import { describe, expect, test } from 'vitest';
import { FACT_KEYS } from '../../src/model/vocab/facts.ts';
import { STATUS_LABELS } from '../../src/model/vocab/labels.ts';
import { RELATION_TYPES } from '../../src/model/vocab/relations.ts';
import { STANCE_TOPIC_NAMES } from '../../src/model/vocab/stances.ts';
import { STATEMENT_ACTS } from '../../src/model/vocab/statements.ts';
import { filterProperty, propertyCatalogue, relationProperty } from '../../src/search/properties.ts';
import { stem } from '../../src/search/words.ts';

describe('propertyCatalogue', () => {
  const catalogue = propertyCatalogue([
    { label: 'President of', person: true },
    { label: 'President', person: false },
    { label: 'Defence Minister', person: false },
  ]);
  const keys = catalogue.map((p) => p.key);
  const words = (key: string) => catalogue.find((p) => p.key === key)?.words ?? [];

  test('has a property for every fact key, relation reading, stance topic, status and act of the vocabularies', () => {
    const wanted = [
      ...Object.keys(FACT_KEYS).map((k) => `f:${k}`),
      ...Object.values(RELATION_TYPES).flatMap((r) => [relationProperty(r.label), relationProperty(r.inverse)]),
      ...STANCE_TOPIC_NAMES.map((t) => `s:${t}`),
      ...Object.keys(STATUS_LABELS.membership).map(filterProperty),
      ...Object.keys(STATEMENT_ACTS).map(filterProperty),
      'members',
      'memberships',
      'statements',
      'events',
      'r:president',
      'r:president-of',
    ];
    expect(wanted.filter((k) => !keys.includes(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("derives each property's words from its label, with the synonyms readers use", () => {
    expect(words('f:afghan-border')).toEqual(expect.arrayContaining([stem('border'), stem('frontier')]));
    expect(words('r:hosted-by')).toEqual(expect.arrayContaining([stem('hosted'), stem('bases')]));
    expect(words('s:us-bases')).toEqual(expect.arrayContaining([stem('bases'), stem('stance')]));
    expect(words('k:observer')).toEqual([stem('observer')]);
    expect(words('r:president')).toEqual(expect.arrayContaining([stem('president'), stem('leader')]));
    expect(words('r:defence-minister')).not.toContain(stem('leader'));
    expect(words('r:president-of')).toEqual(expect.arrayContaining([stem('office')]));
  });
});

describe('relationProperty', () => {
  test('a tie that reads as what would be (a proposed base) is asked for as the tie itself', () => {
    expect(relationProperty('would host')).toBe(relationProperty('hosts'));
    expect(relationProperty('would be operated by')).toBe(relationProperty('operated by'));
    expect(relationProperty('hosts')).not.toBe(relationProperty('operated by'));
  });
});
