import { describe, expect, test } from 'vitest';
import { searchAtoZ } from '../../src/search/atoz.ts';
import type { AnyEntry } from '../../src/model/entries.ts';

const entry = (collection: string, id: string, title: string, kind: string, aliases: string[] = []) =>
  ({ id, collection, body: '', file: `${id}.mdx`, data: { title, kind, aliases } }) as unknown as AnyEntry;

describe('searchAtoZ', () => {
  const groups = searchAtoZ([
    entry('actors', 'turkey', 'Turkey', 'state', ['Türkiye']),
    entry('organizations', 'csto', 'Collective Security Treaty Organization', 'alliance', ['CSTO']),
    entry('bases', '201st-military-base', '201st Military Base', 'military-base'),
  ]);

  test('lists every entry under its title and each alias, grouped by first letter, digits first', () => {
    expect(groups.map((g) => g.letter)).toEqual(['#', 'C', 'T']);
    expect(groups.find((g) => g.letter === 'C')!.items.map((i) => i.name)).toEqual([
      'Collective Security Treaty Organization',
      'CSTO',
    ]);
  });

  test('an alias leads to its entry and names the title it stands for; diacritics do not change its letter', () => {
    const alias = groups.find((g) => g.letter === 'T')!.items.find((i) => i.name === 'Türkiye')!;
    expect(alias).toEqual({ name: 'Türkiye', href: '/actors/turkey/', aliasOf: 'Turkey', label: 'Actor · State' });
  });
});
