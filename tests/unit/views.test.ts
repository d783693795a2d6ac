import { describe, expect, test } from 'vitest';
import { groupByKind } from '../../src/lib/views.ts';
import { state, entry } from '../helpers/entries.ts';

describe('groupByKind', () => {
  test('groups in kind order, sorts by title and drops empty kinds', () => {
    const entries = [state('uzbekistan'), entry('actors', 'putin', { title: 'Putin', kind: 'person', summary: 'x', cite: 'P1' }), state('kazakhstan')];
    expect(groupByKind(entries, ['state', 'state-group', 'person']).map((g) => [g.kind, g.entries.map((e) => e.id)])).toEqual([
      ['state', ['kazakhstan', 'uzbekistan']],
      ['person', ['putin']],
    ]);
  });
});
