import { describe, expect, test } from 'vitest';
import { buildIndex, listOf, orderedEvents } from '../../src/model/index/kb-index.ts';
import { entry, source, state } from '../helpers/entries.ts';

const kb = buildIndex([
  source(),
  state('tajikistan', {
    relations: [
      {
        type: 'borders',
        target: 'afghanistan',
        length: { value: 1300, unit: 'km', qualifier: 'exact' },
        cite: 'P4',
        certainty: 'stated',
      },
    ],
    stances: [{ topic: 'ethnic-kin', position: 'champions', cite: 'P4', certainty: 'stated' }],
  }),
  state('uzbekistan', { aliases: ['Republic of Uzbekistan'] }),
  state('afghanistan'),
  state('russia', {
    statements: [
      {
        id: 'veto',
        act: 'claimed',
        about: ['csto', 'tajikistan'],
        event: '2021-08-23-summit',
        summary: 'Veto.',
        cite: 'P3',
        certainty: 'stated',
      },
    ],
    outlooks: [{ scenario: 'either', text: 'Stays dominant.', cite: 'P4', certainty: 'likely' }],
  }),
  entry('actors', 'vladimir-putin', {
    title: 'Vladimir Putin',
    kind: 'person',
    summary: 'x',
    cite: 'P3',
    offices: [{ role: 'President', of: 'russia', cite: 'P3', certainty: 'stated' }],
  }),
  entry('actors', 'central-asian-states', {
    title: 'Central Asian states',
    kind: 'state-group',
    summary: 'x',
    cite: 'P1',
    relations: [
      { type: 'member-of', from: 'tajikistan', cite: 'P1', certainty: 'stated' },
      { type: 'member-of', from: 'uzbekistan', cite: 'P1', certainty: 'stated' },
    ],
    stances: [
      { topic: 'us-bases', position: 'not-advocated', cite: 'P5', certainty: 'stated' },
      {
        topic: 'afghan-refugees',
        position: 'refuses-most',
        appliesTo: ['uzbekistan'],
        cite: 'P5',
        certainty: 'stated',
      },
    ],
  }),
  entry('organizations', 'csto', {
    title: 'CSTO',
    kind: 'alliance',
    summary: 'x',
    cite: 'P3',
    members: [
      { member: 'tajikistan', history: [{ status: 'member', cite: 'P3', certainty: 'stated' }] },
      { member: 'uzbekistan', history: [{ status: 'former', since: '2012', cite: 'P5', certainty: 'stated' }] },
    ],
  }),
  entry('organizations', 'sco', {
    title: 'SCO',
    kind: 'regional-organization',
    summary: 'x',
    cite: 'P4',
    members: [{ member: 'tajikistan', history: [{ status: 'member', cite: 'P4', certainty: 'stated' }] }],
  }),
  entry(
    'bases',
    '201st-military-base',
    {
      title: '201st Military Base',
      kind: 'military-base',
      summary: 'x',
      cite: 'P4',
      status: 'active',
      relations: [{ type: 'hosts', from: 'tajikistan', cite: 'P4', certainty: 'stated' }],
    },
    'Near <Ref id="afghanistan" />.',
  ),
  entry('infrastructure', 'bridge', {
    title: 'Bridge',
    kind: 'bridge',
    summary: 'x',
    cite: 'P5',
    status: 'existing',
    route: { via: ['uzbekistan', 'afghanistan'], cite: 'P5', certainty: 'stated' },
  }),
  entry('events', '2021-08-23-summit', {
    title: 'Summit',
    kind: 'summit',
    summary: 'x',
    cite: 'P3',
    date: '2021-08-23',
    participants: ['csto', 'russia'],
  }),
  entry('events', '2021-08-early-drill', {
    title: 'Drill',
    kind: 'exercise',
    summary: 'x',
    cite: 'P5',
    date: { value: '2021-08', qualifier: 'early' },
    participants: ['russia', 'uzbekistan'],
  }),
  entry('events', '2012-exit', {
    title: 'Exit',
    kind: 'political-change',
    summary: 'x',
    cite: 'P5',
    date: '2012',
    participants: ['uzbekistan'],
  }),
  entry('scenarios', 'malign', {
    title: 'Malign',
    kind: 'malign',
    summary: 'x',
    cite: 'P1',
    triggers: [{ text: 'Bad.', cite: 'P1', certainty: 'possible' }],
    responses: [
      { actor: 'russia', options: ['Aid.', 'Intervene.'], alternatives: true, cite: 'P2', certainty: 'possible' },
    ],
    roles: [{ actor: 'csto', text: 'Grow.', cite: 'P2', certainty: 'possible' }],
  }),
]);

describe('buildIndex', () => {
  test('shows a relation on both ends with the label each end reads', () => {
    expect(listOf(kb.relations, 'tajikistan').map((r) => `${r.label} ${r.other}`)).toContain(
      'hosts 201st-military-base',
    );
    expect(listOf(kb.relations, '201st-military-base').map((r) => `${r.label} ${r.other}`)).toEqual([
      'hosted by tajikistan',
    ]);
    const border = listOf(kb.relations, 'afghanistan').find((r) => r.type === 'borders')!;
    expect(border).toMatchObject({
      label: 'borders',
      other: 'tajikistan',
      direction: 'inverse',
      writtenOn: 'tajikistan',
    });
    expect(border.relation.length?.value).toBe(1300);
  });

  test('derives participation from events and links from routes', () => {
    const russia = listOf(kb.relations, 'russia')
      .filter((r) => r.derivedFrom === 'participants')
      .map((r) => r.other);
    expect(russia.sort()).toEqual(['2021-08-23-summit', '2021-08-early-drill']);
    expect(
      listOf(kb.relations, 'bridge')
        .filter((r) => r.derivedFrom === 'route')
        .map((r) => r.other),
    ).toEqual(['afghanistan', 'uzbekistan']);
  });

  test("shows memberships from the member's side", () => {
    expect(listOf(kb.memberships, 'uzbekistan')).toEqual([
      {
        organization: 'csto',
        member: 'uzbekistan',
        history: [expect.objectContaining({ status: 'former', since: { value: '2012' } })],
      },
    ]);
    expect(listOf(kb.memberships, 'tajikistan').map((m) => m.organization)).toEqual(['csto', 'sco']);
  });

  test('derives group stances onto the members they apply to, keeping own stances', () => {
    const tajik = listOf(kb.stances, 'tajikistan').map((s) => `${s.stance.topic}:${s.derivedFrom ?? 'own'}`);
    expect(tajik.sort()).toEqual(['ethnic-kin:own', 'us-bases:central-asian-states']);
    const uzbek = listOf(kb.stances, 'uzbekistan').map((s) => s.stance.topic);
    expect(uzbek.sort()).toEqual(['afghan-refugees', 'us-bases']);
  });

  test('lists a statement on its speaker, on everything it is about, and on its event', () => {
    for (const id of ['russia', 'csto', 'tajikistan', '2021-08-23-summit']) {
      expect(listOf(kb.statements, id).map((s) => s.statement.id)).toEqual(['veto']);
    }
    expect(listOf(kb.statements, 'uzbekistan')).toEqual([]);
  });

  test('collects backlinks from fields, relations and body links', () => {
    expect(listOf(kb.backlinks, 'afghanistan')).toEqual(
      ['201st Military Base', 'Bridge', 'Tajikistan'].map((t) => kb.entries.find((e) => e.data.title === t)!.id),
    );
    expect(listOf(kb.backlinks, 'csto')).toContain('russia');
  });

  test('lists events per entry in timeline order', () => {
    expect(listOf(kb.events, 'uzbekistan')).toEqual(['2012-exit', '2021-08-early-drill']);
    expect(listOf(kb.events, 'russia')).toEqual(['2021-08-early-drill', '2021-08-23-summit']);
  });

  test('indexes scenario parts per actor, outlooks and aliases', () => {
    expect(listOf(kb.scenarioParts, 'russia')).toEqual([
      {
        scenario: 'malign',
        part: 'response',
        options: ['Aid.', 'Intervene.'],
        alternatives: true,
        item: expect.objectContaining({ cite: ['P2'], certainty: 'possible' }),
      },
    ]);
    expect(listOf(kb.scenarioParts, 'csto').map((p) => p.part)).toEqual(['role']);
    expect(kb.outlooks.map((o) => o.holder)).toEqual(['russia']);
    expect(kb.groupMembers.get('central-asian-states')).toEqual(new Set(['tajikistan', 'uzbekistan']));
  });
});

describe('listOf', () => {
  test('gives an empty list for an absent key', () => {
    expect(listOf(new Map<string, number[]>(), 'x')).toEqual([]);
  });
});

describe('orderedEvents', () => {
  test('orders all events by the timeline rule', () => {
    expect(orderedEvents(kb).map((e) => e.id)).toEqual(['2012-exit', '2021-08-early-drill', '2021-08-23-summit']);
  });
});
