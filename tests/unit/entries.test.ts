import { describe, expect, test } from 'vitest';
import { ID_FIELDS, mentionsOf } from '../../src/model/entries.ts';
import { entry } from '../helpers/entries.ts';

const putin = entry(
  'actors',
  'vladimir-putin',
  {
    title: 'Vladimir Putin',
    kind: 'person',
    summary: 'President of Russia.',
    cite: 'P3',
    offices: [{ role: 'President', of: 'russia', cite: 'P3', certainty: 'stated' }],
    relations: [{ type: 'leads', target: 'russia', period: { from: '2000' }, cite: ['P3', 'P4'], certainty: 'stated' }],
    statements: [
      {
        id: 's1',
        date: '2021-08-23',
        event: 'summit',
        act: 'said',
        about: ['csto', 'afghanistan'],
        summary: 'Concern.',
        quote: 'deep concern',
        cite: 'P3',
        certainty: 'stated',
      },
    ],
  },
  'Met <Ref id="kassym-jomart-tokayev" /> <Cite p="P7" />.',
);

describe('mentionsOf', () => {
  const found = mentionsOf(putin);
  test('finds ids with the field path and the collections the field allows', () => {
    expect(found.ids).toEqual([
      { path: 'offices[0].of', id: 'russia', allowed: ID_FIELDS.of },
      { path: 'statements[0].event', id: 'summit', allowed: ['events'] },
      { path: 'statements[0].about[0]', id: 'csto', allowed: 'any' },
      { path: 'statements[0].about[1]', id: 'afghanistan', allowed: 'any' },
      { path: 'body line 1', id: 'kassym-jomart-tokayev', allowed: 'any' },
    ]);
  });
  test('keeps relation ends apart for the relation vocabulary', () => {
    expect(found.relationEnds).toEqual([{ path: 'relations[0].target', index: 0, id: 'russia' }]);
  });
  test('finds citations, dates and quotes with their paths', () => {
    expect(found.cites.map((c) => `${c.path}=${c.place}`)).toEqual([
      'cite[0]=P3',
      'relations[0].cite[0]=P3',
      'relations[0].cite[1]=P4',
      'offices[0].cite[0]=P3',
      'statements[0].cite[0]=P3',
      'body line 1=P7',
    ]);
    expect(found.dates).toEqual([
      { path: 'relations[0].period.from', date: { value: '2000' } },
      { path: 'statements[0].date', date: { value: '2021-08-23' } },
    ]);
    expect(found.quotes).toEqual([{ path: 'statements[0].quote', text: 'deep concern' }]);
  });
});
