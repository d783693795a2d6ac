import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/model/index/kb-index.ts';
import {
  groupByKind,
  groupMembers,
  keyFact,
  membershipMatrix,
  orderedStates,
  presenceTable,
  scenarioComparison,
  stanceMatrix,
  timelineGroups,
} from '../../src/views/pages/tables.ts';
import { entry, source, state } from '../helpers/entries.ts';

const cite = { cite: 'P1', certainty: 'stated' } as const;
const kb = buildIndex([
  source(),
  state('tajikistan', {
    facts: [{ key: 'afghan-border', quantity: { value: 1300, unit: 'km', qualifier: 'exact' }, ...cite }],
    stances: [{ topic: 'taliban-engagement', position: 'none', ...cite }],
  }),
  state('kazakhstan', {
    facts: [
      { key: 'afghan-border', none: true, ...cite },
      { key: 'foreign-bases', none: true, ...cite },
    ],
  }),
  state('uzbekistan'),
  state('afghanistan'),
  state('russia'),
  entry('actors', 'central-asian-states', {
    title: 'Central Asian states',
    kind: 'state-group',
    summary: 'x',
    cite: 'P1',
    relations: ['tajikistan', 'kazakhstan', 'uzbekistan'].map((from) => ({
      type: 'member-of' as const,
      from,
      ...cite,
    })),
    stances: [{ topic: 'us-bases', position: 'not-advocated', ...cite }],
  }),
  entry('organizations', 'csto', {
    title: 'Collective Security Treaty Organization',
    kind: 'alliance',
    summary: 'x',
    cite: 'P3',
    members: [
      { member: 'tajikistan', history: [{ status: 'member', ...cite }] },
      { member: 'uzbekistan', history: [{ status: 'former', since: '2012', ...cite }] },
      { member: 'afghanistan', history: [{ status: 'observer', cite: 'P3', certainty: 'uncertain' }] },
    ],
  }),
  entry('organizations', 'sco', {
    title: 'Shanghai Cooperation Organization',
    kind: 'regional-organization',
    summary: 'x',
    cite: 'P1',
    members: [
      {
        member: 'afghanistan',
        history: [
          { status: 'observer', since: '2012', ...cite },
          { status: 'applicant', since: '2015', ...cite },
        ],
      },
    ],
  }),
  entry('organizations', 'unama', { title: 'UNAMA', kind: 'un-mission', summary: 'x', cite: 'P1' }),
  entry('bases', '201st', {
    title: '201st Military Base',
    kind: 'military-base',
    summary: 'x',
    cite: 'P4',
    status: 'active',
    relations: [
      { type: 'hosts', from: 'tajikistan', ...cite },
      { type: 'operates', from: 'russia', ...cite },
    ],
  }),
  entry('bases', 'other', {
    title: 'Other base',
    kind: 'air-base',
    summary: 'x',
    cite: 'P4',
    status: 'active',
    relations: [{ type: 'hosts', from: 'tajikistan', ...cite }],
  }),
  entry('events', 'e-23', { title: 'Summit', kind: 'summit', summary: 'x', cite: 'P3', date: '2021-08-23' }),
  entry('events', 'e-early', {
    title: 'Drill',
    kind: 'exercise',
    summary: 'x',
    cite: 'P5',
    date: { value: '2021-08', qualifier: 'early' },
  }),
  entry('events', 'e-2012', { title: 'Exit', kind: 'political-change', summary: 'x', cite: 'P5', date: '2012' }),
  entry('events', 'e-1990s', { title: 'Nineties', kind: 'policy', summary: 'x', cite: 'P1', date: '1990s' }),
  entry('scenarios', 'benign', {
    title: 'Benign',
    kind: 'benign',
    summary: 'x',
    cite: 'P1',
    triggers: [{ text: 'Good.', ...cite }],
    responses: [{ actor: 'central-asian-states', options: ['Trade.'], alternatives: false, ...cite }],
    roles: [{ actor: 'sco', text: 'Integrate.', ...cite }],
  }),
  entry('scenarios', 'malign', {
    title: 'Malign',
    kind: 'malign',
    summary: 'x',
    cite: 'P1',
    triggers: [{ text: 'Bad.', ...cite }],
    responses: [
      { actor: 'russia', options: ['Aid.', 'Intervene.'], alternatives: true, cite: 'P1', certainty: 'possible' },
    ],
    roles: [
      { actor: 'sco', text: 'Coordinate.', ...cite },
      { actor: 'csto', text: 'Grow.', ...cite },
    ],
  }),
]);

describe('groupByKind', () => {
  test('groups in kind order, sorts by title and drops empty kinds', () => {
    const entries = [
      state('uzbekistan'),
      entry('actors', 'putin', { title: 'Putin', kind: 'person', summary: 'x', cite: 'P1' }),
      state('kazakhstan'),
    ];
    expect(
      groupByKind(entries, ['state', 'state-group', 'person']).map((g) => [g.kind, g.entries.map((e) => e.id)]),
    ).toEqual([
      ['state', ['kazakhstan', 'uzbekistan']],
      ['person', ['putin']],
    ]);
  });
});

describe('groupMembers and orderedStates', () => {
  test('list the group first, then the other states, each by title', () => {
    expect(groupMembers(kb, 'central-asian-states')).toEqual(['kazakhstan', 'tajikistan', 'uzbekistan']);
    expect(orderedStates(kb, 'central-asian-states')).toEqual([
      'kazakhstan',
      'tajikistan',
      'uzbekistan',
      'afghanistan',
      'russia',
    ]);
  });
});

describe('membershipMatrix', () => {
  const matrix = membershipMatrix(kb, orderedStates(kb, 'central-asian-states'));
  const cell = (stateId: string, org: string) =>
    matrix.rows.find((r) => r.state === stateId)!.cells[matrix.organizations.indexOf(org)];
  test('has a column per organization with members, by title', () => {
    expect(matrix.organizations).toEqual(['csto', 'sco']);
  });
  test('fills each cell with the history, or leaves it empty for no membership', () => {
    expect(cell('tajikistan', 'csto')?.history.map((h) => h.status)).toEqual(['member']);
    expect(cell('uzbekistan', 'csto')?.history[0]).toMatchObject({ status: 'former', since: { value: '2012' } });
    expect(cell('afghanistan', 'csto')?.history[0]).toMatchObject({ status: 'observer', certainty: 'uncertain' });
    expect(cell('afghanistan', 'sco')?.history.map((h) => `${h.status} ${h.since?.value}`)).toEqual([
      'observer 2012',
      'applicant 2015',
    ]);
    expect(cell('kazakhstan', 'csto')).toBeUndefined();
  });
});

describe('stanceMatrix', () => {
  test('puts own and derived stances in their topic column', () => {
    const [row] = stanceMatrix(kb, ['tajikistan'], ['taliban-engagement', 'us-bases', 'ethnic-kin']);
    expect(row!.cells.map((c) => c.map((s) => `${s.stance.position}${s.derivedFrom ? '*' : ''}`))).toEqual([
      ['none'],
      ['not-advocated*'],
      [],
    ]);
  });
});

describe('presenceTable', () => {
  const rows = presenceTable(kb, ['kazakhstan', 'tajikistan', 'uzbekistan'], 'csto', 'russia');
  test('reads the border fact, including an explicit none', () => {
    expect(rows.map((r) => r.border?.quantity?.value ?? (r.border?.none ? 'none' : undefined))).toEqual([
      'none',
      1300,
      undefined,
    ]);
    expect(rows[0]!.foreignBases?.none).toBe(true);
  });
  test('lists only bases the state hosts and the power operates', () => {
    expect(rows.map((r) => r.bases.map((b) => b.base))).toEqual([[], ['201st'], []]);
  });
  test('gives the alliance status and the Taliban stance', () => {
    expect(rows.map((r) => r.alliance?.history[0]?.status)).toEqual([undefined, 'member', 'former']);
    expect(rows[1]!.taliban.map((s) => s.stance.position)).toEqual(['none']);
  });
});

describe('timelineGroups', () => {
  test('groups events by year in timeline order, decades under their decade', () => {
    expect(timelineGroups(kb).map((g) => [g.label, g.year, g.events.map((e) => e.id)])).toEqual([
      ['1990s', 1990, ['e-1990s']],
      ['2012', 2012, ['e-2012']],
      ['2021', 2021, ['e-early', 'e-23']],
    ]);
  });
});

describe('scenarioComparison', () => {
  const comparison = scenarioComparison(kb, ['benign', 'malign']);
  test('has one row per actor with a cell per scenario, empty where the article is silent', () => {
    expect(comparison.responses.map((r) => [r.actor, r.cells.map((c) => c.length)])).toEqual([
      ['central-asian-states', [1, 0]],
      ['russia', [0, 1]],
    ]);
    expect(comparison.responses[1]!.cells[1]![0]).toMatchObject({
      alternatives: true,
      options: ['Aid.', 'Intervene.'],
    });
    expect(comparison.roles.map((r) => [r.actor, r.cells.map((c) => c.map((x) => x.text))])).toEqual([
      ['csto', [[], ['Grow.']]],
      ['sco', [['Integrate.'], ['Coordinate.']]],
    ]);
  });
  test('refuses an id that is not a scenario', () => {
    expect(() => scenarioComparison(kb, ['tajikistan'])).toThrow('"tajikistan" is not a scenario');
  });
});

describe('keyFact', () => {
  const describeFact = (f: { key: string }) => `fact ${f.key}`;
  test('gives an event its date, an organization its membership count, another entry its first fact', () => {
    expect(keyFact(kb, 'e-early', describeFact)).toBe('early August 2021');
    expect(keyFact(kb, 'csto', describeFact)).toBe('1 member, 1 observer as of the article');
    expect(keyFact(kb, 'tajikistan', describeFact)).toBe('fact afghan-border');
    expect(keyFact(kb, 'uzbekistan', describeFact)).toBe('Uzbekistan: state');
  });
  test('refuses an unknown id', () => {
    expect(() => keyFact(kb, 'atlantis', describeFact)).toThrow('keyFact: unknown entry "atlantis"');
  });
});
