import { describe, expect, test } from 'vitest';
import type { AnyEntry } from '../../src/model/entries.ts';
import { KnowledgeBaseError, checkKnowledgeBase, formatProblems } from '../../src/model/integrity/check.ts';
import { folderProblems } from '../../src/model/integrity/folders.ts';
import { membersOfGroups } from '../../src/model/integrity/groups.ts';
import { scaffoldMarkerProblems } from '../../src/model/integrity/scaffold-markers.ts';
import { entry, source, state } from '../helpers/entries.ts';

/** A small sound knowledge base that each case breaks in one way. */
function sound(): AnyEntry[] {
  return [
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
    }),
    state('afghanistan'),
    entry('actors', 'central-asian-states', {
      title: 'Central Asian states',
      kind: 'state-group',
      summary: 'Group.',
      cite: 'P1',
      relations: [{ type: 'member-of', from: 'tajikistan', cite: 'P1', certainty: 'stated' }],
      stances: [
        {
          topic: 'afghan-refugees',
          position: 'refuses-most',
          appliesTo: ['tajikistan'],
          cite: 'P5',
          certainty: 'stated',
        },
      ],
    }),
    entry('organizations', 'csto', {
      title: 'CSTO',
      kind: 'alliance',
      summary: 'Alliance.',
      cite: 'P3',
      aliases: ['CSTO', 'Collective Security Treaty Organization'],
      members: [
        {
          member: 'tajikistan',
          history: [{ status: 'member', since: '1994', until: '2021', cite: 'P3', certainty: 'stated' }],
        },
      ],
    }),
    entry(
      'bases',
      '201st-military-base',
      {
        title: '201st',
        kind: 'military-base',
        summary: 'Base.',
        cite: 'P4',
        status: 'active',
        relations: [{ type: 'hosts', from: 'tajikistan', cite: 'P4', certainty: 'stated' }],
      },
      'In <Ref id="tajikistan" /> <Cite p="P4" />.',
    ),
    entry('events', '2021-08-23-summit', {
      title: 'Summit',
      kind: 'summit',
      summary: 'Summit.',
      cite: 'P3',
      date: '2021-08-23',
      participants: ['csto'],
    }),
  ];
}

function replace(entries: AnyEntry[], changed: AnyEntry): AnyEntry[] {
  return entries.map((e) => (e.id === changed.id ? changed : e));
}

describe('checkKnowledgeBase', () => {
  test('finds nothing wrong with sound content', () => {
    expect(checkKnowledgeBase(sound())).toEqual([]);
  });

  test.each<[string, () => AnyEntry[], { file: string; field: string; message: string }]>([
    [
      'a dangling relation target',
      () =>
        replace(
          sound(),
          state('tajikistan', {
            relations: [{ type: 'borders', target: 'atlantis', cite: 'P4', certainty: 'stated' }],
          }),
        ),
      { file: 'content/actors/tajikistan.mdx', field: 'relations[0].target', message: 'unknown entry "atlantis"' },
    ],
    [
      "a date read from the article's words inside a context item, citing no place of its own",
      () =>
        replace(
          sound(),
          state('afghanistan', {
            facts: [{ key: 'founded', date: { value: '2021-04', resolvedFrom: 'this April' }, context: 'Known.' }],
          }),
        ),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'facts[0].date.resolvedFrom',
        message: "a date read from the article's words inside a context item must cite the place those words are in",
      },
    ],
    [
      'a statement made at an event with a date of its own',
      () =>
        replace(
          sound(),
          state('afghanistan', {
            statements: [
              {
                id: 's',
                act: 'said',
                about: ['tajikistan'],
                event: 'e',
                date: '2021-08-23',
                summary: 'x',
                cite: 'P1',
                certainty: 'stated',
              },
            ],
          }),
        ),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'statements[0].date',
        message: 'a statement made at an event has the event\'s date ("e"): remove "date"',
      },
    ],
    [
      'a supporter backing no actor of the event',
      () => [
        ...sound(),
        entry('events', 'e-war', {
          title: 'War',
          kind: 'conflict',
          summary: 'x',
          cite: 'P3',
          date: '2020',
          participants: ['afghanistan', { id: 'tajikistan', role: 'supporter', of: 'csto' }],
        }),
      ],
      {
        file: 'content/events/e-war.mdx',
        field: 'participants[1].of',
        message: 'a supporter backs one of the event\'s actors; "csto" is not an actor of this event',
      },
    ],
    [
      'a tie with a former base that does not end',
      () => [
        ...sound(),
        entry('bases', 'k2', {
          title: 'K2',
          kind: 'air-base',
          summary: 'x',
          cite: 'P4',
          status: 'former',
          relations: [{ type: 'hosts', from: 'tajikistan', period: { from: '2001' }, cite: 'P4', certainty: 'stated' }],
        }),
      ],
      {
        file: 'content/bases/k2.mdx',
        field: 'relations[0].period',
        message: '"k2" is a former base, so this tie has ended: give "period.to"',
      },
    ],
    [
      'an agreement naming no other side',
      () =>
        replace(
          sound(),
          state('afghanistan', {
            statements: [
              { id: 's', act: 'agreed', about: ['tajikistan'], summary: 'x', cite: 'P1', certainty: 'stated' },
            ],
          }),
        ),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'statements[0].jointWith',
        message: 'an agreement has another side: name the parties it was made with in "jointWith"',
      },
    ],
    [
      'a dangling id in a statement',
      () =>
        replace(
          sound(),
          state('afghanistan', {
            statements: [{ id: 's', act: 'said', about: ['narnia'], summary: 'x', cite: 'P1', certainty: 'stated' }],
          }),
        ),
      { file: 'content/actors/afghanistan.mdx', field: 'statements[0].about[0]', message: 'unknown entry "narnia"' },
    ],
    [
      'an unknown body link',
      () =>
        replace(
          sound(),
          entry(
            'bases',
            '201st-military-base',
            { title: '201st', kind: 'military-base', summary: 'Base.', cite: 'P4', status: 'active' },
            'Line one.\nIn <Ref id="tajikstan" />.',
          ),
        ),
      { file: 'content/bases/201st-military-base.mdx', field: 'body line 2', message: 'unknown entry "tajikstan"' },
    ],
    [
      'an unknown body component',
      () =>
        replace(
          sound(),
          entry(
            'bases',
            '201st-military-base',
            { title: '201st', kind: 'military-base', summary: 'Base.', cite: 'P4', status: 'active' },
            '<Chart data="x" />',
          ),
        ),
      { file: 'content/bases/201st-military-base.mdx', field: 'body line 1', message: 'unknown component <Chart>' },
    ],
    [
      'a citation that is not a place of the source',
      () => replace(sound(), state('afghanistan', { cite: 'P99' })),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'cite[0]',
        message: '"P99" is not a citable place of the source',
      },
    ],
    [
      'a body citation that is not a place of the source',
      () =>
        replace(sound(), state('afghanistan', {})).map((e) =>
          e.id === 'afghanistan' ? { ...e, body: '<Cite p="P4 P77" />' } : e,
        ),
      { file: 'content/actors/afghanistan.mdx', field: 'body line 1', message: '"P77" is not a citable place' },
    ],
    [
      'an id used in two collections',
      () => [
        ...sound(),
        entry('places', 'tajikistan', { title: 'Tajikistan', kind: 'region', summary: 'x', cite: 'P1' }),
      ],
      {
        file: 'content/places/tajikistan.mdx',
        field: '(id)',
        message: 'id "tajikistan" is already used by content/actors/tajikistan.mdx',
      },
    ],
    [
      "an alias that is another entry's id",
      () => replace(sound(), state('afghanistan', { aliases: ['Tajikistan'] })),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'aliases[0]',
        message: 'alias "Tajikistan" (tajikistan) clashes with the id of content/actors/tajikistan.mdx',
      },
    ],
    [
      'an alias used twice',
      () => [...sound(), state('zed', { aliases: ['Collective Security Treaty Organization'] })],
      {
        file: 'content/actors/zed.mdx',
        field: 'aliases[0]',
        message: 'clashes with an alias in content/organizations/csto.mdx',
      },
    ],
    [
      'a date that does not exist',
      () =>
        replace(
          sound(),
          entry('events', '2021-08-23-summit', {
            title: 'Summit',
            kind: 'summit',
            summary: 'x',
            cite: 'P3',
            date: '2021-02-30',
          }),
        ),
      { file: 'content/events/2021-08-23-summit.mdx', field: 'date', message: '"2021-02-30" does not exist' },
    ],
    [
      'a period that ends before it starts',
      () =>
        replace(
          sound(),
          entry('events', '2021-08-23-summit', {
            title: 'Summit',
            kind: 'agreement',
            summary: 'x',
            cite: 'P3',
            date: { value: '2021', end: '2019' },
          }),
        ),
      {
        file: 'content/events/2021-08-23-summit.mdx',
        field: 'date',
        message: 'the period ends (2019) before it begins (2021)',
      },
    ],
    [
      'a membership whose until is before its since',
      () =>
        replace(
          sound(),
          entry('organizations', 'csto', {
            title: 'CSTO',
            kind: 'alliance',
            summary: 'x',
            cite: 'P3',
            members: [
              {
                member: 'tajikistan',
                history: [{ status: 'member', since: '2012', until: '2005', cite: 'P3', certainty: 'stated' }],
              },
            ],
          }),
        ),
      {
        file: 'content/organizations/csto.mdx',
        field: 'members[0].history[0].until',
        message: '"2005" is before "2012" (since)',
      },
    ],
    [
      'a quote over nine words',
      () =>
        replace(
          sound(),
          state('afghanistan', {
            statements: [
              {
                id: 's',
                act: 'said',
                about: ['csto'],
                summary: 'x',
                quote: 'one two three four five six seven eight nine ten',
                cite: 'P1',
                certainty: 'stated',
              },
            ],
          }),
        ),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'statements[0].quote',
        message: 'a quote has at most 9 words; this one has 10',
      },
    ],
    [
      'a relation to a collection the type does not allow',
      () =>
        replace(
          sound(),
          state('afghanistan', {
            relations: [{ type: 'hosts', target: '2021-08-23-summit', cite: 'P1', certainty: 'stated' }],
          }),
        ),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'relations[0].target',
        message: 'a "hosts" relation\'s target must be one of bases, organizations, not events',
      },
    ],
    [
      'a field pointing into a collection it does not take',
      () =>
        replace(
          sound(),
          entry('events', '2021-08-23-summit', {
            title: 'Summit',
            kind: 'summit',
            summary: 'x',
            cite: 'P3',
            date: '2021-08-23',
            participants: ['201st-military-base'],
          }),
        ),
      {
        file: 'content/events/2021-08-23-summit.mdx',
        field: 'participants[0].id',
        message: '"201st-military-base" is in bases; this field takes actors or organizations',
      },
    ],
    [
      'membership of a state that is not a group',
      () =>
        replace(
          sound(),
          state('afghanistan', {
            relations: [{ type: 'member-of', target: 'tajikistan', cite: 'P1', certainty: 'stated' }],
          }),
        ),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'relations[0].target',
        message: '"tajikistan" is not a group of states',
      },
    ],
    [
      'a group stance applied to a non-member',
      () =>
        replace(
          sound(),
          entry('actors', 'central-asian-states', {
            title: 'CA',
            kind: 'state-group',
            summary: 'x',
            cite: 'P1',
            relations: [{ type: 'member-of', from: 'tajikistan', cite: 'P1', certainty: 'stated' }],
            stances: [
              {
                topic: 'us-bases',
                position: 'not-advocated',
                appliesTo: ['afghanistan'],
                cite: 'P1',
                certainty: 'stated',
              },
            ],
          }),
        ),
      {
        file: 'content/actors/central-asian-states.mdx',
        field: 'stances[0].appliesTo[0]',
        message: '"afghanistan" is not a member of central-asian-states',
      },
    ],
    [
      'a badly named file',
      () => [...sound(), { ...state('ok'), id: 'Bad_Name', file: 'content/actors/Bad_Name.mdx' }],
      { file: 'content/actors/Bad_Name.mdx', field: '(file name)', message: '"Bad_Name" is not a valid id' },
    ],
    [
      'a relation to its own entry',
      () =>
        replace(
          sound(),
          state('afghanistan', {
            relations: [{ type: 'rival-of', target: 'afghanistan', cite: 'P1', certainty: 'stated' }],
          }),
        ),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'relations[0].target',
        message: 'cannot point at its own entry',
      },
    ],
    [
      'a statement id used twice',
      () =>
        replace(
          replace(
            sound(),
            state('afghanistan', {
              statements: [{ id: 'same', act: 'said', about: ['csto'], summary: 'x', cite: 'P1', certainty: 'stated' }],
            }),
          ),
          state('tajikistan', {
            statements: [{ id: 'same', act: 'said', about: ['csto'], summary: 'x', cite: 'P1', certainty: 'stated' }],
          }),
        ),
      {
        file: 'content/actors/afghanistan.mdx',
        field: 'statements[0].id',
        message: 'statement id "same" is already used in content/actors/tajikistan.mdx',
      },
    ],
    [
      'raw citation notation in a note',
      () =>
        replace(
          sound(),
          state('afghanistan', {
            facts: [{ key: 'equipment', text: 'Tanks.', note: 'As P4 says.', cite: 'P4', certainty: 'stated' }],
          }),
        ),
      { file: 'content/actors/afghanistan.mdx', field: 'facts[0].note', message: '"P4" in text: write ¶4' },
    ],
    [
      'raw citation notation in a body',
      () => replace(sound(), { ...state('afghanistan'), body: 'First line.\nSee P3 for this <Cite p="P3" />.' }),
      { file: 'content/actors/afghanistan.mdx', field: 'body line 2', message: '"P3" in text' },
    ],
    [
      'a later name of a place used in a summary',
      () => [
        ...sound(),
        entry('places', 'nur-sultan', {
          title: 'Nur-Sultan',
          kind: 'capital',
          summary: 'Capital.',
          cite: 'P1',
          laterNames: [{ name: 'Astana', from: '2022-09', context: 'Renamed in 2022.' }],
        }),
        state('kazakhstan', { summary: 'Governed from Astana.' }),
      ],
      { file: 'content/actors/kazakhstan.mdx', field: 'summary', message: '"Astana" is a later name of nur-sultan' },
    ],
    [
      'a second status fact',
      () =>
        replace(
          sound(),
          entry('bases', '201st-military-base', {
            title: '201st',
            kind: 'military-base',
            summary: 'Base.',
            cite: 'P4',
            status: 'active',
            facts: [
              { key: 'status', text: 'In use.', cite: 'P4', certainty: 'stated' },
              { key: 'status', text: 'Built.', cite: 'P4', certainty: 'stated' },
            ],
          }),
        ),
      { file: 'content/bases/201st-military-base.mdx', field: 'facts[1].key', message: 'a second "status" fact' },
    ],
    [
      'an event said to follow one dated after it',
      () => [
        ...sound(),
        entry('events', '2021-08-10-drill', {
          title: 'Drill',
          kind: 'exercise',
          summary: 'x',
          cite: 'P3',
          date: '2021-08-10',
          after: ['2021-08-23-summit'],
        }),
      ],
      {
        file: 'content/events/2021-08-10-drill.mdx',
        field: 'after[0]',
        message: '"2021-08-23-summit" (2021-08-23) is dated after this event',
      },
    ],
    [
      'events that follow each other in a loop',
      () => [
        ...replace(
          sound(),
          entry('events', '2021-08-23-summit', {
            title: 'Summit',
            kind: 'summit',
            summary: 'x',
            cite: 'P3',
            date: '2021-08',
            after: ['2021-08-alert'],
          }),
        ),
        entry('events', '2021-08-alert', {
          title: 'Alert',
          kind: 'policy',
          summary: 'x',
          cite: 'P3',
          date: '2021-08',
          after: ['2021-08-23-summit'],
        }),
      ],
      {
        file: 'content/events/2021-08-23-summit.mdx',
        field: 'after',
        message: 'the events follow each other in a loop',
      },
    ],
  ])('reports %s with file, field and target', (_, content, expected) => {
    const problems = checkKnowledgeBase(content());
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expected.file,
        field: expected.field,
        message: expect.stringContaining(expected.message),
      }),
    );
  });

  test('reads every reader-facing text, including text inside context items', () => {
    const content = replace(
      sound(),
      state('afghanistan', { facts: [{ key: 'name', text: 'Named as in P2.', context: 'Well established.' }] }),
    );
    expect(checkKnowledgeBase(content)).toContainEqual(
      expect.objectContaining({ field: 'facts[0].text', message: expect.stringContaining('"P2" in text') }),
    );
  });

  test("a later name is allowed in a context item and in the place's own later names", () => {
    const content = [
      ...sound(),
      entry('places', 'nur-sultan', {
        title: 'Nur-Sultan',
        kind: 'capital',
        summary: 'Capital.',
        cite: 'P1',
        laterNames: [{ name: 'Astana', from: '2022-09', context: 'Renamed in 2022.' }],
        facts: [{ key: 'name', text: 'Renamed Astana in 2022.', context: 'Well established.' }],
      }),
    ];
    expect(checkKnowledgeBase(content)).toEqual([]);
  });

  test('reports missing and empty collection folders', () => {
    const problems = checkKnowledgeBase(sound(), {
      folders: {
        places: { path: 'content/places', state: 'missing' },
        events: { path: 'content/events', state: 'empty' },
      },
    });
    expect(problems).toEqual([
      { file: 'content/places', field: '(folder)', message: 'the "places" collection folder is missing' },
      { file: 'content/events', field: '(folder)', message: 'the "events" collection folder holds no entries' },
    ]);
  });

  test('reports a source opening longer than six words', () => {
    const long = {
      ...source(),
      data: {
        ...source().data,
        paragraphs: [{ place: 'P1', summary: 's', opening: 'one two three four five six seven' }],
      },
    } as AnyEntry;
    expect(checkKnowledgeBase([long])).toContainEqual(
      expect.objectContaining({
        field: 'paragraphs[0].opening',
        message: 'an opening has at most 6 words; this one has 7',
      }),
    );
  });

  test('lists every problem at once, across files', () => {
    let content = replace(sound(), state('afghanistan', { cite: 'P99' }));
    content = replace(
      content,
      state('tajikistan', { relations: [{ type: 'borders', target: 'atlantis', cite: 'P4', certainty: 'stated' }] }),
    );
    content = [
      ...content,
      entry('places', '2021-08-23-summit', { title: 'x', kind: 'region', summary: 'x', cite: 'P1' }),
    ];
    const files = new Set(checkKnowledgeBase(content).map((p) => p.file));
    expect(files).toEqual(
      new Set([
        'content/actors/afghanistan.mdx',
        'content/actors/tajikistan.mdx',
        'content/places/2021-08-23-summit.mdx',
      ]),
    );
  });

  test("allows an alias whose slug is the entry's own id", () => {
    expect(checkKnowledgeBase(replace(sound(), state('afghanistan', { aliases: ['Afghanistan'] })))).toEqual([]);
  });
});

describe('folderProblems', () => {
  test('names each missing or empty folder and ignores sound ones', () => {
    expect(
      folderProblems({
        actors: { path: 'content/actors', state: 'ok' },
        bases: { path: 'content/bases', state: 'empty' },
      }),
    ).toEqual([
      { file: 'content/bases', field: '(folder)', message: 'the "bases" collection folder holds no entries' },
    ]);
  });
});

describe('membersOfGroups', () => {
  test('collects member-of relations written on either end', () => {
    const content = [
      ...sound(),
      state('uzbekistan', {
        relations: [{ type: 'member-of', target: 'central-asian-states', cite: 'P1', certainty: 'stated' }],
      }),
    ];
    expect(membersOfGroups(content).get('central-asian-states')).toEqual(new Set(['tajikistan', 'uzbekistan']));
  });
});

describe('formatProblems and KnowledgeBaseError', () => {
  test('group problems by file into one message', () => {
    const problems = [
      { file: 'content/b.mdx', field: 'x', message: 'bad x' },
      { file: 'content/a.mdx', field: 'y', message: 'bad y' },
      { file: 'content/b.mdx', field: 'z', message: 'bad z' },
    ];
    expect(formatProblems(problems)).toBe(
      [
        'The knowledge base has 3 problems in 2 files:',
        '  content/a.mdx',
        '    y: bad y',
        '  content/b.mdx',
        '    x: bad x',
        '    z: bad z',
      ].join('\n'),
    );
    const error = new KnowledgeBaseError(problems);
    expect(error.message).toBe(formatProblems(problems));
    expect(error.problems).toHaveLength(3);
  });
});

describe('scaffoldMarkerProblems', () => {
  test('names every field and body line that still holds a TODO marker, and nothing else', () => {
    const unfinished = entry(
      'scenarios',
      'test-scenario',
      {
        title: 'Test',
        kind: 'benign',
        summary: 'TODO: one sentence.',
        cite: 'P1',
        triggers: [{ text: 'TODO: the condition.', cite: 'P1', certainty: 'possible' }],
      },
      'A finished line.\nTODO: a few sentences.',
    );
    expect(scaffoldMarkerProblems([unfinished, state('tajikistan')]).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/scenarios/test-scenario.mdx summary',
      'content/scenarios/test-scenario.mdx triggers[0].text',
      'content/scenarios/test-scenario.mdx body line 2',
    ]);
  });
});
