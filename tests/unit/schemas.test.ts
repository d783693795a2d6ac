import { describe, expect, test } from 'vitest';
import {
  SCHEMAS,
  actorSchema,
  eventSchema,
  organizationSchema,
  scenarioSchema,
  sourceSchema,
} from '../../src/model/schemas/collections.ts';
import {
  citeSchema,
  dateSchema,
  factSchema,
  quantitySchema,
  relationSchema,
  stanceSchema,
  statementSchema,
} from '../../src/model/schemas/shared.ts';

/** The messages of a failed parse, as `path: message`. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('citeSchema', () => {
  test('accepts a single place or a list and normalises to a list', () => {
    expect(citeSchema.parse('P5')).toEqual(['P5']);
    expect(citeSchema.parse(['P5', 'caption'])).toEqual(['P5', 'caption']);
  });
  test.each([['P0'], ['p5'], ['paragraph 5'], [[]], [5]])('rejects %j', (value) => {
    expect(citeSchema.safeParse(value).success).toBe(false);
  });
});

describe('dateSchema', () => {
  test.each([
    ['2021-08-23', { value: '2021-08-23' }],
    [2012, { value: '2012' }],
    ['1990s', { value: '1990s' }],
    [
      { value: '2021-09', qualifier: 'early' },
      { value: '2021-09', qualifier: 'early' },
    ],
    [
      { value: '2021-04', end: 2025, resolvedFrom: 'April of this year' },
      { value: '2021-04', end: '2025', resolvedFrom: 'April of this year' },
    ],
    [
      { value: '2021-08-15', context: 'Not dated in the article.' },
      { value: '2021-08-15', context: 'Not dated in the article.' },
    ],
  ])('accepts %j', (input, output) => {
    expect(dateSchema.parse(input)).toEqual(output);
  });
  test('rejects an unquoted YAML date with a message saying to quote it', () => {
    expect(issues(dateSchema.safeParse(new Date('2021-03-02')))).toEqual([
      expect.stringContaining('write dates in quotes'),
    ]);
  });
  test.each([
    ['23 August 2021'],
    ['2021/08/23'],
    [{ value: '2021-08', qualifier: 'sometime' }],
    [{ value: '2021', extra: 1 }],
  ])('rejects %j', (input) => {
    expect(dateSchema.safeParse(input).success).toBe(false);
  });
  test("rejects a context date that also claims to read the article's words, naming the field", () => {
    expect(issues(dateSchema.safeParse({ value: '2021-04', resolvedFrom: 'this April', context: 'Known.' }))).toEqual([
      expect.stringContaining('resolvedFrom'),
    ]);
  });
});

describe('quantitySchema', () => {
  test('accepts digits with a unit and qualifier', () => {
    expect(quantitySchema.parse({ value: 7000, unit: 'troops', qualifier: 'approx' })).toEqual({
      value: 7000,
      unit: 'troops',
      qualifier: 'approx',
    });
  });
  test('rejects a number written as words, naming the field', () => {
    expect(issues(quantitySchema.safeParse({ value: 'seven thousand', unit: 'troops', qualifier: 'approx' }))).toEqual([
      'value: must be a number written in digits',
    ]);
  });
  test('rejects an unknown unit or qualifier', () => {
    expect(
      issues(quantitySchema.safeParse({ value: 1, unit: 'miles', qualifier: 'roughly' })).map((i) => i.split(':')[0]),
    ).toEqual(['unit', 'qualifier']);
  });
});

describe('factSchema', () => {
  const base = { cite: 'P4', certainty: 'stated' };
  test('accepts exactly one value of the right shape', () => {
    expect(factSchema.safeParse({ key: 'afghan-border', none: true, ...base }).success).toBe(true);
    expect(
      factSchema.safeParse({ key: 'troops', quantity: { value: 7000, unit: 'troops', qualifier: 'approx' }, ...base })
        .success,
    ).toBe(true);
  });
  test.each([
    [{ key: 'troops', text: 'many' }, 'takes a quantity, not a text'],
    [{ key: 'troops', none: true }, 'cannot be none'],
    [{ key: 'equipment' }, 'exactly one of'],
    [{ key: 'afghan-border', quantity: { value: 5, unit: 'troops', qualifier: 'exact' } }, 'measured in km'],
  ])('rejects %j', (fact, message) => {
    expect(issues(factSchema.safeParse({ ...fact, ...base }))).toEqual([expect.stringContaining(message)]);
  });
  test('rejects an unknown key', () => {
    expect(
      issues(factSchema.safeParse({ key: 'mood', text: 'x', cite: 'P1', certainty: 'stated' })).map(
        (i) => i.split(':')[0],
      ),
    ).toEqual(['key']);
  });
  test.each<[string, Record<string, unknown>, string[]]>([
    ['a fact from the article without its certainty', { cite: 'P1' }, ['certainty']],
    ['a fact from the article without a citation', { certainty: 'stated' }, ['cite']],
    [
      'a context fact that also claims an article certainty',
      { cite: 'P1', certainty: 'stated', context: 'Well established.' },
      ['certainty'],
    ],
    [
      'a context fact attributed to someone',
      { context: 'Well established.', attributedTo: 'russia' },
      ['attributedTo'],
    ],
  ])('rejects %s: provenance is either the article (cite, certainty) or context (basis)', (_, provenance, fields) => {
    expect(
      issues(factSchema.safeParse({ key: 'equipment', text: 'x', ...provenance })).map((i) => i.split(':')[0]),
    ).toEqual(fields);
  });
  test('accepts a context fact with its basis, with or without the paragraph it relates to', () => {
    expect(factSchema.safeParse({ key: 'equipment', text: 'x', context: 'Well established.' }).success).toBe(true);
    expect(
      factSchema.safeParse({ key: 'equipment', text: 'x', context: 'Well established.', cite: 'P5' }).success,
    ).toBe(true);
  });
});

describe('relationSchema', () => {
  test('takes exactly one of target and from', () => {
    expect(relationSchema.safeParse({ type: 'hosts', target: 'x', cite: 'P1', certainty: 'stated' }).success).toBe(
      true,
    );
    expect(issues(relationSchema.safeParse({ type: 'hosts', cite: 'P1', certainty: 'stated' }))).toEqual([
      expect.stringContaining('exactly one of "target"'),
    ]);
    expect(
      issues(relationSchema.safeParse({ type: 'hosts', target: 'x', from: 'y', cite: 'P1', certainty: 'stated' })),
    ).toHaveLength(1);
  });
  test('allows a length only on borders and a degree only on aligned-with', () => {
    const length = { value: 5, unit: 'km', qualifier: 'exact' };
    expect(
      issues(
        relationSchema.safeParse({
          type: 'hosts',
          target: 'x',
          length,
          degree: 'partly',
          cite: 'P1',
          certainty: 'stated',
        }),
      ),
    ).toEqual([
      'length: only a "borders" relation has a length',
      'degree: only an "aligned-with" relation has a degree',
    ]);
  });
  test('rejects an unknown relation type', () => {
    expect(
      issues(relationSchema.safeParse({ type: 'loves', target: 'x', cite: 'P1', certainty: 'stated' }))[0],
    ).toMatch(/^type:/);
  });
});

describe('statementSchema', () => {
  const statement = { id: 's', act: 'said', about: 'csto', summary: 'x', cite: 'P3', certainty: 'stated' };
  test('normalises a single "about" id to a list', () => {
    expect(statementSchema.parse(statement).about).toEqual(['csto']);
  });
  test('rejects an unknown act and an empty about list', () => {
    expect(
      issues(statementSchema.safeParse({ ...statement, act: 'whispered', about: [] }))
        .map((i) => i.split(':')[0])
        .sort(),
    ).toEqual(['about', 'act']);
  });
});

describe('stanceSchema', () => {
  test('accepts a position of its topic and rejects one from another topic', () => {
    const stance = { topic: 'ethnic-kin', cite: 'P4', certainty: 'stated' };
    expect(stanceSchema.safeParse({ ...stance, position: 'champions' }).success).toBe(true);
    expect(issues(stanceSchema.safeParse({ ...stance, position: 'relies' }))).toEqual([
      'position: "relies" is not a position on ethnic-kin',
    ]);
  });
});

describe('collection schemas', () => {
  test('every collection has a schema', () => {
    expect(Object.keys(SCHEMAS)).toEqual([
      'actors',
      'organizations',
      'bases',
      'places',
      'infrastructure',
      'events',
      'scenarios',
      'sources',
    ]);
  });
  test('an actor gets empty lists for absent optional lists', () => {
    const actor = actorSchema.parse({ title: 'T', kind: 'state', summary: 's', cite: 'P1' });
    expect(actor).toMatchObject({
      aliases: [],
      keywords: [],
      facts: [],
      relations: [],
      statements: [],
      stances: [],
      outlooks: [],
      offices: [],
    });
  });
  test.each([
    ['a missing title', { kind: 'state', summary: 's', cite: 'P1' }, 'title'],
    ['a wrong kind', { title: 'T', kind: 'country', summary: 's', cite: 'P1' }, 'kind'],
    ['an empty summary', { title: 'T', kind: 'state', summary: '  ', cite: 'P1' }, 'summary'],
    ['an unknown field', { title: 'T', kind: 'state', summary: 's', cite: 'P1', colour: 'red' }, ''],
    ['empty frontmatter', {}, 'title'],
  ])('rejects an actor with %s', (_, data, field) => {
    const found = issues(actorSchema.safeParse(data));
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((i) => i.startsWith(`${field}:`) || (field === '' && i.includes('colour')))).toBe(true);
  });
  test('an organization requires a status in each membership history', () => {
    const org = { title: 'O', kind: 'alliance', summary: 's', cite: 'P1', members: [{ member: 'x', history: [] }] };
    expect(issues(organizationSchema.safeParse(org))).toEqual(['members.0.history: give at least one status']);
  });
  test('an event requires a date', () => {
    expect(issues(eventSchema.safeParse({ title: 'E', kind: 'summit', summary: 's', cite: 'P1' }))[0]).toMatch(
      /^date:/,
    );
  });
  test('a scenario response with alternatives needs two options', () => {
    const scenario = {
      title: 'S',
      kind: 'malign',
      summary: 's',
      cite: 'P1',
      triggers: [{ text: 't', cite: 'P1', certainty: 'possible' }],
      responses: [{ actor: 'russia', options: ['one'], alternatives: true, cite: 'P11', certainty: 'possible' }],
    };
    expect(issues(scenarioSchema.safeParse(scenario))).toEqual([
      'responses.0.options: alternatives need at least two options',
    ]);
  });
  test('a source needs an https URL', () => {
    const src = {
      title: 'S',
      kind: 'article',
      summary: 's',
      cite: 'byline',
      author: 'a',
      authorRole: 'r',
      publisher: 'p',
      year: 2021,
      url: 'http://x.org',
      paragraphs: [{ place: 'P1', summary: 's', opening: 'o' }],
    };
    expect(issues(sourceSchema.safeParse(src))[0]).toMatch(/^url:/);
  });
});
