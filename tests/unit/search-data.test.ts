import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import { SYNONYMS_FILE } from '../../src/model/snapshot.ts';
import { parseSynonyms } from '../../src/model/schemas/synonyms.ts';
import { answersPath, pageSortKey } from '../../src/search/files.ts';
import { entryCoreView } from '../../src/views/entry/entry-view.ts';
import { kbSearch } from '../helpers/kb-search.ts';

describe('searchBundle', () => {
  const { kb, bundle } = kbSearch();
  const { entries, properties } = bundle.data;
  const at = (id: string) => entries.findIndex((e) => e.id === id);
  const key = (p: number) => properties[p]!.key;

  test("lists every entry in the index's order, which each entry's view gives its page as a sort key", () => {
    expect(entries.map((e) => e.id)).toEqual(kb.entries.map((e) => e.id));
    for (const e of kb.entries) expect(entries[entryCoreView(kb, e.id).searchKey]!.id).toBe(e.id);
    expect(pageSortKey(12)).toBe('n:12');
    expect(answersPath('sco')).toBe('kb-answers/sco.json');
  });

  test('gives each entry its names, type, kind and summary from the index', () => {
    expect(entries[at('sco')]).toMatchObject({
      url: '/organizations/sco/',
      title: 'Shanghai Cooperation Organization',
      aliases: ['SCO', 'Shanghai Cooperation Organisation'],
      type: 'Organization',
      kind: 'Regional organization',
    });
  });

  test('keeps in the catalogue only what some claim uses, and every property of a page is in it', () => {
    const used = new Set(entries.flatMap((e) => e.props));
    expect(properties.map((_, i) => i).filter((i) => !used.has(i))).toEqual([]);
    expect(properties.map((p) => p.key)).toContain('members');
  });

  test("an organization's members tie it to each member, by the property and by each status", () => {
    const sco = entries[at('sco')]!;
    const members = sco.ties.filter(([p]) => key(p!) === 'members').map(([, other]) => entries[other!]!.id);
    expect(members).toContain('china');
    const observers = sco.ties.filter(([p]) => key(p!) === 'k:observer').map(([, other]) => entries[other!]!.id);
    expect(observers.sort()).toEqual(['afghanistan', 'belarus', 'iran', 'mongolia']);
  });

  test('a stance ties its holder to what its topic names, and a fact to what its label names, without linking it', () => {
    const tajikistan = entries[at('tajikistan')]!;
    expect(tajikistan.ties).toContainEqual([
      properties.findIndex((p) => p.key === 's:taliban-engagement'),
      -1 - at('taliban'),
    ]);
    const kazakhstan = entries[at('kazakhstan')]!;
    expect(kazakhstan.ties).toContainEqual([
      properties.findIndex((p) => p.key === 'f:afghan-border'),
      -1 - at('afghanistan'),
    ]);
  });

  test('writes an answer file for each entry whose page holds claims, with the anchors its page gives them', () => {
    const sco = bundle.answers.get('sco')!;
    const members = sco.groups.find((g) => key(g.p) === 'members')!;
    expect(members.l).toBe('Members');
    const view = entryCoreView(kb, 'sco');
    expect(members.c.map((c) => c.a)).toEqual(view.memberships!.rows.map((r) => r.anchor));
    expect(members.c.find((c) => c.a === 'm-china')?.t).toEqual([
      at('china'),
      ': Member ',
      { m: { k: 'article', c: 'stated', l: 'stated', p: ['P14'] } },
    ]);
    expect(bundle.answers.has('benign')).toBe(false);
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
  const made: string[] = [];
  afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const withFile = (text: string) => {
    const root = mkdtempSync(join(tmpdir(), 'kb-synonyms-'));
    made.push(root);
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
