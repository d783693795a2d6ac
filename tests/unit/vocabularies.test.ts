import { describe, expect, test } from 'vitest';
import { CERTAINTIES, CERTAINTY_INFO } from '../../src/model/vocab/certainty.ts';
import { FACT_KEYS, FACT_KEY_NAMES, factKeyInfo, factShapeProblem } from '../../src/model/vocab/facts.ts';
import { COLLECTIONS } from '../../src/model/ids.ts';
import { COLLECTION_LABELS, kindGroupLabel, kindLabel, kindsOf } from '../../src/model/vocab/kinds.ts';
import { SCHEMAS } from '../../src/model/schemas/collections.ts';
import { STATUS_LABELS } from '../../src/model/vocab/labels.ts';
import {
  ALIGNMENT_DEGREES,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  relationEndProblem,
  relationLabel,
} from '../../src/model/vocab/relations.ts';
import {
  ALL_POSITIONS,
  STANCE_TOPICS,
  STANCE_TOPIC_NAMES,
  isPositionOf,
  positionLabel,
} from '../../src/model/vocab/stances.ts';
import { MAX_QUOTE_WORDS, STATEMENT_ACTS, STATEMENT_ACT_NAMES, wordCount } from '../../src/model/vocab/statements.ts';

describe('certainty', () => {
  test('every certainty has a label and a meaning, in order of decreasing confidence', () => {
    expect(CERTAINTIES).toEqual(['stated', 'likely', 'possible', 'uncertain']);
    for (const c of CERTAINTIES) {
      expect(CERTAINTY_INFO[c].label).toBe(c);
      expect(CERTAINTY_INFO[c].meaning.length).toBeGreaterThan(10);
    }
  });
});

describe('kinds', () => {
  test('every collection has kinds, each with a singular and a plural label', () => {
    for (const c of COLLECTIONS) {
      expect(kindsOf(c).length).toBeGreaterThan(0);
      for (const kind of kindsOf(c)) {
        expect(kindLabel(c, kind)).toMatch(/^[A-Z]/);
        expect(kindGroupLabel(c, kind)).toMatch(/^[A-Z]/);
      }
      expect(COLLECTION_LABELS[c].plural).toMatch(/^[A-Z]/);
    }
  });
  test('an entry may take every kind of its collection, and no other', () => {
    const actor = { title: 'Test', summary: 'A test.', cite: 'P1' };
    for (const kind of kindsOf('actors')) expect(SCHEMAS.actors.safeParse({ ...actor, kind }).success).toBe(true);
    expect(SCHEMAS.actors.safeParse({ ...actor, kind: 'country' }).success).toBe(false);
    expect(SCHEMAS.actors.safeParse({ ...actor, kind: kindsOf('bases')[0] }).success).toBe(false);
  });
  test.each([
    ['actors', 'state', 'State', 'States'],
    ['actors', 'person', 'Person', 'People'],
    ['bases', 'air-base', 'Air base', 'Air bases'],
    ['events', 'agreement', 'Agreement', 'Agreements'],
  ] as const)('%s/%s reads "%s" and "%s"', (collection, kind, singular, plural) => {
    expect(kindLabel(collection, kind)).toBe(singular);
    expect(kindGroupLabel(collection, kind)).toBe(plural);
  });
  test('an unknown kind is an error, not a blank label', () => {
    expect(() => kindLabel('actors', 'wizard')).toThrow('"wizard" is not a kind of actors');
  });
});

describe('relations', () => {
  test('every type names its ends and reads both ways', () => {
    for (const type of RELATION_TYPE_NAMES) {
      const info = RELATION_TYPES[type];
      expect(info.from.length).toBeGreaterThan(0);
      expect(info.to.length).toBeGreaterThan(0);
      if (info.symmetric) expect(info.inverse).toBe(info.label);
    }
  });
  test.each([
    ['hosts', 'forward', 'hosts'],
    ['hosts', 'inverse', 'hosted by'],
    ['borders', 'inverse', 'borders'],
    ['affiliate-of', 'inverse', 'has affiliate'],
    ['rival-of', 'inverse', 'rival of'],
  ] as const)('%s read %s is "%s"', (type, direction, label) => {
    expect(relationLabel(type, direction)).toBe(label);
  });
  test('relationLabel reads a tie with what does not exist yet as what would be, and refuses a type without words for it', () => {
    expect(relationLabel('hosts', 'forward', 'prospective')).toBe('would host');
    expect(relationLabel('operates', 'inverse', 'prospective')).toBe('would be operated by');
    expect(() => relationLabel('borders', 'forward', 'prospective')).toThrow(
      'no words for an end that does not exist yet',
    );
  });
  test('relationEndProblem names the allowed collections', () => {
    expect(relationEndProblem('hosts', 'from', 'actors')).toBeUndefined();
    expect(relationEndProblem('hosts', 'to', 'bases')).toBeUndefined();
    expect(relationEndProblem('hosts', 'to', 'events')).toBe(
      'a "hosts" relation\'s target must be one of bases, organizations, not events',
    );
    expect(relationEndProblem('borders', 'from', 'events')).toContain('source must be one of actors, places');
  });
  test("alignment degrees match the article's distinction", () => {
    expect(ALIGNMENT_DEGREES).toEqual(['partly', 'often-merged']);
  });
});

describe('stances', () => {
  test('positions belong to their own topic only', () => {
    expect(isPositionOf('ethnic-kin', 'champions')).toBe(true);
    expect(isPositionOf('ethnic-kin', 'relies')).toBe(false);
    expect(isPositionOf('reliance-on-russia', 'relies')).toBe(true);
  });
  test('every position of every topic is in ALL_POSITIONS and has a label', () => {
    for (const topic of STANCE_TOPIC_NAMES) {
      for (const position of Object.keys(STANCE_TOPICS[topic].positions)) {
        expect(ALL_POSITIONS).toContain(position);
        expect(positionLabel(topic, position)).toMatch(/^[A-Z]/);
      }
    }
  });
  test('a position from another topic has no label', () => {
    expect(() => positionLabel('us-bases', 'champions')).toThrow('"champions" is not a position on us-bases');
  });
});

describe('statements', () => {
  test('acts read as verbs', () => {
    expect(STATEMENT_ACT_NAMES).toContain('called-for');
    expect(STATEMENT_ACTS['called-for']).toBe('called for');
  });
  test.each([
    ['deep concern over the developments in Afghanistan', 7],
    ['militants under the guise of refugees', 6],
    ["Russia's right — to veto", 4],
    ['', 0],
    ['one two three four five six seven eight nine ten', 10],
  ])('wordCount(%j) = %i', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
  test('quotes are capped at nine words', () => {
    expect(MAX_QUOTE_WORDS).toBe(9);
  });
});

describe('facts', () => {
  test('every key has a label and a shape', () => {
    for (const key of FACT_KEY_NAMES) {
      expect(factKeyInfo(key)).toBe(FACT_KEYS[key]);
      expect(['quantity', 'text', 'date']).toContain(factKeyInfo(key).shape);
    }
  });
  test.each([
    ['afghan-border', { fields: ['quantity'], unit: 'km' as const }, undefined],
    ['afghan-border', { fields: ['none'] }, undefined],
    ['afghan-border', { fields: ['quantity'], unit: 'troops' as const }, 'measured in km'],
    ['troops', { fields: ['none'] }, 'cannot be none'],
    ['troops', { fields: ['text'] }, 'takes a quantity, not a text'],
    ['equipment', { fields: ['text', 'quantity'] }, 'exactly one of'],
    ['equipment', { fields: [] }, 'none of them'],
  ] as const)('%s with %o', (key, given, problem) => {
    const result = factShapeProblem(key, { fields: [...given.fields], unit: 'unit' in given ? given.unit : undefined });
    if (problem) expect(result).toContain(problem);
    else expect(result).toBeUndefined();
  });
});

describe('STATUS_LABELS', () => {
  test('label every base, infrastructure and membership status', () => {
    expect(STATUS_LABELS.bases.proposed).toMatch(/Proposed/);
    expect(STATUS_LABELS.membership.former).toBe('Former member');
    expect(Object.keys(STATUS_LABELS.infrastructure)).toContain('extension-agreed');
  });
});
