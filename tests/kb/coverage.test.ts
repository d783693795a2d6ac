/**
 * Coverage of the source article: every sentence of P1–P14 (and of the photo caption) is carried by
 * typed data that cites the sentence's paragraph, with the article's certainty. The map lives in
 * `coverage.json` (paragraph → sentence number → entry + field selector), which holds no article
 * text; this test resolves each selector against the real content and the index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bodyCites } from '../../src/model/body.ts';
import type { AnyEntry } from '../../src/model/entries.ts';
import { buildIndex, listOf } from '../../src/model/index/kb-index.ts';
import { readSnapshot } from '../../src/build/content-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const { entries, problems } = readSnapshot(ROOT, join(ROOT, 'content'));
const kb = buildIndex(entries);

interface Mapping {
  entry: string;
  field: string;
  /** The certainty the carrying item must have. */
  certainty?: string;
  /** Values the carrying item's own fields must have (e.g. a stance's position). */
  where?: Record<string, string | number | boolean>;
}
interface ParagraphCoverage {
  sentences: number;
  note?: string;
  map: Record<string, Mapping[]>;
}
interface Coverage {
  about: string;
  paragraphs: Record<string, ParagraphCoverage>;
}

const coverage = JSON.parse(readFileSync(join(import.meta.dirname, 'coverage.json'), 'utf8')) as Coverage;
const BODY_PARAGRAPHS = Array.from({ length: 14 }, (_, i) => `P${i + 1}`);

/** One item a selector found: the cited places it carries, its own fields, and its certainty if it has one. */
interface Candidate {
  cites: readonly string[];
  fields: Record<string, unknown>;
  certainty?: string;
}

type Resolved = { candidates: Candidate[] } | { error: string };

/** A context item relates to a paragraph but does not report it, so it covers nothing. */
const cited = (
  item: { cite?: readonly string[] | undefined; certainty?: string | undefined; context?: string | undefined } & object,
): Candidate => ({
  cites: item.context === undefined ? (item.cite ?? []) : [],
  fields: item as unknown as Record<string, unknown>,
  ...(item.certainty === undefined ? {} : { certainty: item.certainty }),
});
/** Whole-entry fields (date, participants, summary…) are carried by the entry's own cite list. */
const entryLevel = (entry: AnyEntry, extra: readonly string[] = []): Candidate => ({
  cites: [...entry.data.cite, ...extra],
  fields: {},
});

/** Resolves `field` on `entry` to the items it names. */
function resolve(entry: AnyEntry, field: string): Resolved {
  const [head, ...rest] = field.split('.');
  const arg = rest.join('.');
  const data = entry.data as Record<string, unknown>;
  const need = (ok: boolean, what: string): string | undefined =>
    ok ? undefined : `"${field}" needs ${what}, but ${entry.id} is in ${entry.collection}`;
  let problem: string | undefined;
  switch (head) {
    case 'facts':
      return { candidates: entry.data.facts.filter((f) => f.key === arg).map(cited) };
    case 'relations': {
      const [type, other, ...extra] = rest;
      if (!type || !other || extra.length) return { error: `"${field}" is not relations.<type>.<other-id>` };
      return {
        candidates: listOf(kb.relations, entry.id)
          .filter((v) => v.type === type && v.other === other)
          .map((v) => cited(v.relation)),
      };
    }
    case 'statements':
      return {
        candidates: listOf(kb.statements, entry.id)
          .filter((v) => v.statement.id === arg)
          .map((v) => cited(v.statement)),
      };
    case 'stances':
      return {
        candidates: listOf(kb.stances, entry.id)
          .filter((v) => v.stance.topic === arg)
          .map((v) => cited(v.stance)),
      };
    case 'members':
      if ((problem = need(entry.collection === 'organizations', 'an organization'))) return { error: problem };
      if (entry.collection !== 'organizations') break;
      return { candidates: entry.data.members.filter((m) => m.member === arg).flatMap((m) => m.history.map(cited)) };
    case 'offices':
      if ((problem = need(entry.collection === 'actors', 'an actor'))) return { error: problem };
      if (entry.collection !== 'actors') break;
      return { candidates: entry.data.offices.filter((o) => o.of === arg).map(cited) };
    case 'outlooks':
    case 'triggers':
    case 'signs': {
      const list = data[head];
      if (!Array.isArray(list) || arg)
        return { error: `"${field}" does not apply to ${entry.id} (${entry.collection})` };
      return { candidates: (list as { cite?: string[]; certainty?: string; context?: string }[]).map(cited) };
    }
    case 'responses':
    case 'roles':
      if ((problem = need(entry.collection === 'scenarios', 'a scenario'))) return { error: problem };
      if (entry.collection !== 'scenarios') break;
      return {
        candidates: (head === 'responses' ? entry.data.responses : entry.data.roles)
          .filter((r) => r.actor === arg)
          .map(cited),
      };
    case 'route':
      if ((problem = need(entry.collection === 'infrastructure', 'infrastructure'))) return { error: problem };
      if (entry.collection !== 'infrastructure') break;
      return { candidates: entry.data.route ? [cited(entry.data.route)] : [] };
    case 'date':
      if ((problem = need(entry.collection === 'events', 'an event'))) return { error: problem };
      return { candidates: [entryLevel(entry)] };
    case 'participants':
      if ((problem = need(entry.collection === 'events', 'an event'))) return { error: problem };
      if (entry.collection !== 'events') break;
      return { candidates: entry.data.participants.length ? [entryLevel(entry)] : [] };
    case 'location':
      if ((problem = need(entry.collection === 'events', 'an event'))) return { error: problem };
      if (entry.collection !== 'events') break;
      return { candidates: entry.data.location ? [entryLevel(entry)] : [] };
    case 'summary':
      return { candidates: [entryLevel(entry)] };
    case 'body':
      return {
        candidates: entry.body.trim()
          ? [
              entryLevel(
                entry,
                bodyCites(entry.body).map((c) => c.value),
              ),
            ]
          : [],
      };
    default:
      return { error: `unknown selector "${field}"` };
  }
  return { error: `"${field}" does not apply to ${entry.id}` };
}

/** Why a mapping does not carry `place`, or `undefined` when it does. */
function mappingProblem(place: string, mapping: Mapping): string | undefined {
  const entry = kb.byId.get(mapping.entry);
  if (!entry) return `unknown entry "${mapping.entry}"`;
  const resolved = resolve(entry, mapping.field);
  if ('error' in resolved) return resolved.error;
  if (resolved.candidates.length === 0) return `${mapping.entry} ${mapping.field} resolves to nothing`;
  const where = Object.entries(mapping.where ?? {});
  const matching = resolved.candidates.filter((c) => where.every(([k, v]) => c.fields[k] === v));
  if (matching.length === 0)
    return `${mapping.entry} ${mapping.field} has no item with ${JSON.stringify(mapping.where)}`;
  const citing = matching.filter((c) => c.cites.includes(place));
  if (citing.length === 0) return `${mapping.entry} ${mapping.field} does not cite ${place}`;
  if (mapping.certainty !== undefined) {
    if (citing.every((c) => c.certainty === undefined))
      return `${mapping.entry} ${mapping.field} carries no certainty to check`;
    if (!citing.some((c) => c.certainty === mapping.certainty)) {
      return `${mapping.entry} ${mapping.field} citing ${place} is ${[...new Set(citing.map((c) => c.certainty))].join('/')}, not ${mapping.certainty}`;
    }
  }
  return undefined;
}

describe('coverage map', () => {
  test('the content loads cleanly', () => {
    expect(problems).toEqual([]);
  });

  test('the map explains itself and holds no article text', () => {
    expect(coverage.about.length).toBeGreaterThan(100);
    for (const [place, paragraph] of Object.entries(coverage.paragraphs)) {
      for (const [n, list] of Object.entries(paragraph.map)) {
        for (const mapping of list) {
          // Only ids, selectors and vocabulary words: no room for prose.
          expect(
            Object.keys(mapping).every((k) => ['entry', 'field', 'certainty', 'where'].includes(k)),
            `${place}.${n}`,
          ).toBe(true);
          const values = [
            mapping.entry,
            mapping.field,
            mapping.certainty ?? '',
            ...Object.values(mapping.where ?? {}).map(String),
          ];
          expect(
            values.filter((v) => !/^[a-z0-9.-]*$/.test(v)),
            `${place}.${n}`,
          ).toEqual([]);
        }
      }
    }
  });

  test('P1–P14 and the caption are all in the map, and nothing else', () => {
    expect(Object.keys(coverage.paragraphs).sort()).toEqual([...BODY_PARAGRAPHS, 'caption'].sort());
  });

  test.each([...BODY_PARAGRAPHS, 'caption'])('%s maps every sentence 1..n and nothing beyond', (place) => {
    const paragraph = coverage.paragraphs[place]!;
    expect(paragraph.sentences).toBeGreaterThan(0);
    const expected = Array.from({ length: paragraph.sentences }, (_, i) => String(i + 1));
    expect(Object.keys(paragraph.map).sort((a, b) => Number(a) - Number(b))).toEqual(expected);
    for (const n of expected) expect(paragraph.map[n]!.length, `${place} sentence ${n}`).toBeGreaterThan(0);
  });

  test('every mapping names an existing entry, resolves to an item, and that item cites the paragraph', () => {
    const bad: string[] = [];
    for (const [place, paragraph] of Object.entries(coverage.paragraphs)) {
      for (const [n, list] of Object.entries(paragraph.map)) {
        for (const mapping of list) {
          const problem = mappingProblem(place, mapping);
          if (problem) bad.push(`${place} sentence ${n}: ${problem}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('the resolver rejects what it should', () => {
    expect(mappingProblem('P4', { entry: 'atlantis', field: 'summary' })).toMatch(/unknown entry/);
    expect(mappingProblem('P4', { entry: 'tajikistan', field: 'facts.lease' })).toMatch(/resolves to nothing/);
    expect(mappingProblem('P6', { entry: 'tajikistan', field: 'facts.afghan-border' })).toMatch(/does not cite P6/);
    expect(mappingProblem('P4', { entry: 'tajikistan', field: 'facts.afghan-border', certainty: 'likely' })).toMatch(
      /not likely/,
    );
    expect(
      mappingProblem('P4', {
        entry: 'tajikistan',
        field: 'stances.taliban-engagement',
        where: { position: 'extensive' },
      }),
    ).toMatch(/no item/);
    expect(mappingProblem('P4', { entry: 'tajikistan', field: 'date' })).toMatch(/needs an event/);
    expect(mappingProblem('P4', { entry: 'tajikistan', field: 'colour' })).toMatch(/unknown selector/);
    expect(
      mappingProblem('P4', { entry: 'tajikistan', field: 'facts.afghan-border', certainty: 'stated' }),
    ).toBeUndefined();
  });
});
