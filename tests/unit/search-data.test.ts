import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import { SYNONYMS_FILE } from '../../src/model/snapshot.ts';
import { entryLinks } from '../../src/model/entries.ts';
import { readMetaList, searchEntryFromFragment } from '../../src/search/data.ts';
import { metaList } from '../../src/views/parts/search-meta.ts';
import { parseSynonyms } from '../../src/model/schemas/synonyms.ts';
import type { AnyEntry } from '../../src/model/entries.ts';

describe('metaList', () => {
  test('joins values with a separator Pagefind keeps, turning commas into spaces', () => {
    expect(metaList(['Washington, D.C.', 'US'])).toBe('Washington D.C. ; US');
    expect(readMetaList(metaList(['a b', 'c']))).toEqual(['a b', 'c']);
    expect(readMetaList(undefined)).toEqual([]);
  });
});

describe('entryLinks', () => {
  test('lists participants, place, route ends, relations and offices once, never the entry itself', () => {
    const entry = {
      id: 'meeting',
      collection: 'events',
      body: '',
      file: 'x.mdx',
      data: {
        participants: ['a', 'b'],
        location: 'c',
        route: { via: ['c', 'd'] },
        relations: [{ target: 'e' }, { from: 'meeting' }],
        offices: [{ of: 'f' }],
      },
    } as unknown as AnyEntry;
    expect(entryLinks(entry)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('searchEntryFromFragment', () => {
  const fragment = {
    url: '/actors/tajikistan/',
    meta: {
      title: 'Tajikistan',
      summary: 'A state.',
      type: 'Actor',
      aliases: 'Republic of Tajikistan',
      links: 'russia csto',
    },
    filters: { kind: ['State'] },
  };
  test('reads names, links, type, kind and summary from the page metadata', () => {
    expect(searchEntryFromFragment('en_1', fragment, 'f')).toEqual({
      page: 'en_1',
      url: '/actors/tajikistan/',
      id: 'tajikistan',
      title: 'Tajikistan',
      aliases: ['Republic of Tajikistan'],
      keywords: [],
      links: ['russia', 'csto'],
      type: 'Actor',
      kind: 'State',
      summary: 'A state.',
    });
  });
  test('names the fragment file and the field when a page lacks search metadata', () => {
    expect(() =>
      searchEntryFromFragment(
        'en_1',
        { ...fragment, meta: { ...fragment.meta, summary: undefined } },
        'pagefind/fragment/en_1.pf_fragment',
      ),
    ).toThrow('pagefind/fragment/en_1.pf_fragment (/actors/tajikistan/): search metadata "summary" is missing');
  });
});

describe('parseSynonyms', () => {
  test('returns the groups of a valid file', () => {
    expect(parseSynonyms({ groups: [['tajik', 'tajikistan']] }, 'content/search-synonyms.yaml')).toEqual([
      ['tajik', 'tajikistan'],
    ]);
  });
  test('names the file and every bad field', () => {
    expect(() =>
      parseSynonyms({ groups: [['ok', 'Two Words'], ['lonely'], ['ok', 'again']] }, 'content/search-synonyms.yaml'),
    ).toThrow(
      /^content\/search-synonyms\.yaml: groups\.0\.1: a synonym is one lowercase word.*; groups\.1: a group needs at least two words; groups\.2\.0: "ok" is already in group 0$/,
    );
  });
  test('rejects unknown top-level fields', () => {
    expect(() => parseSynonyms({ groups: [['a', 'b']], extra: 1 }, 'f.yaml')).toThrow(/^f\.yaml: /);
  });
});

describe('the synonym list in the content snapshot', () => {
  const withFile = (text: string) => {
    const root = mkdtempSync(join(tmpdir(), 'kb-synonyms-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', SYNONYMS_FILE), text);
    return root;
  };
  const synonymProblems = (root: string) =>
    readSnapshot(root).problems.filter((p) => p.file === `content/${SYNONYMS_FILE}`);

  test('reads the project synonym file', () => {
    const snapshot = readSnapshot(join(import.meta.dirname, '../..'));
    expect(snapshot.synonyms.some((g) => g.includes('tajik') && g.includes('tajikistan'))).toBe(true);
  });

  test('names the file and the field of a bad entry, and the file of a YAML error', () => {
    expect(synonymProblems(withFile('groups:\n  - [tajik, Tajik Istan]\n'))).toEqual([
      {
        file: 'content/search-synonyms.yaml',
        field: 'groups.0.1',
        message: 'a synonym is one lowercase word (letters, digits, inner hyphens)',
      },
    ]);
    expect(synonymProblems(withFile('groups: [[a, b]\n'))).toMatchObject([
      { file: 'content/search-synonyms.yaml', field: '(file)' },
    ]);
  });
});
