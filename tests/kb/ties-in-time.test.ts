/**
 * Ties read in their time. A tie the article puts in the past has ended in the content, so no page
 * shows it as holding as of the article: a relation gives its end (`period.to`) or reads in the past
 * tense, a membership's last status is former or has an end; which ties each place puts in the past
 * is a table made from the article (`past-ties.json`). A tie with a base that does not exist yet
 * reads, wherever it is shown, as what would be ("would host"). Each shown to fail on a seeded
 * violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import type { AnyEntry } from '../../src/model/entries.ts';
import { RELATION_TYPES, type RelationType } from '../../src/model/vocab/relations.ts';
import { entryCoreView } from '../../src/views/entry/entry-view.ts';
import type { EntryCoreView } from '../../src/views/entry/types.ts';
import { networkPageView } from '../../src/views/pages/network.ts';
import { ROOT } from '../helpers/site.ts';

type Tie = [source: string, type: RelationType, target: string, words: string];
const table = JSON.parse(readFileSync(join(import.meta.dirname, 'past-ties.json'), 'utf8')) as Record<string, Tie[]>;
const ties = Object.entries(table).flatMap(([place, list]) =>
  place.startsWith('$') ? [] : list.map((t) => ({ place, tie: t })),
);
const { entries } = readSnapshot(ROOT, join(ROOT, 'content'));

/** The ties of the table that have not ended in the given entries, as messages. */
function openPastTies(list: readonly AnyEntry[]): string[] {
  const byId = new Map(list.map((e) => [e.id, e]));
  return ties.flatMap(({ place, tie: [source, type, target, words] }) => {
    const org = byId.get(target);
    if (type === 'member-of' && org?.collection === 'organizations') {
      const last = org.data.members.find((m) => m.member === source)?.history.at(-1);
      if (!last) return [`${source} member of ${target} (${place}): no such membership`];
      return last.status === 'former' || last.until
        ? []
        : [`${source} member of ${target} (${place}, "${words}") has not ended`];
    }
    const written = [byId.get(source), byId.get(target)].flatMap((e) =>
      (e?.data.relations ?? []).filter(
        (r) => r.type === type && (r.target ?? e!.id) === target && (r.from ?? e!.id) === source,
      ),
    );
    if (!written.length) return [`${source} ${type} ${target} (${place}): no such relation`];
    return written
      .filter((r) => !r.period?.to && !(RELATION_TYPES[type] as { past?: boolean }).past)
      .map(
        () => `${source} ${type} ${target} (${place}, "${words}") has no end and reads as holding as of the article`,
      );
  });
}

describe('a tie the article puts in the past has ended', () => {
  test('every tie the table lists has an end, a past-tense label or a former status', () => {
    console.log(`checked ${ties.length} ties the article puts in the past`);
    expect(ties.length).toBeGreaterThan(10);
    expect(openPastTies(entries)).toEqual([]);
  });

  test('"supports NATO (since 2001)" with no end is caught', () => {
    const seeded = entries.map((e) =>
      e.id === 'central-asian-states'
        ? ({
            ...e,
            data: {
              ...e.data,
              relations: e.data.relations.map((r) =>
                r.type === 'supports' ? { ...r, period: { from: r.period!.from } } : r,
              ),
            },
          } as AnyEntry)
        : e,
    );
    expect(openPastTies(seeded)).toEqual([
      'central-asian-states supports nato (P1, "backed … the U.S.-led NATO military campaign") has no end and reads as holding as of the article',
    ]);
  });

  test('a membership the article ends, shown as current, is caught', () => {
    const seeded = entries.map((e) =>
      e.id === 'csto' && e.collection === 'organizations'
        ? ({
            ...e,
            data: {
              ...e.data,
              members: e.data.members.map((m) =>
                m.member === 'uzbekistan'
                  ? { ...m, history: [{ ...m.history[0]!, status: 'member', since: undefined }] }
                  : m,
              ),
            },
          } as AnyEntry)
        : e,
    );
    expect(openPastTies(seeded)).toEqual([expect.stringContaining('uzbekistan member of csto (P5')]);
  });
});

// ── Ties with what does not exist yet ───────────────────────────────────────────────────────

const kb = readSnapshot(ROOT).index!;
const proposed = new Set(
  kb.entries.filter((e) => e.collection === 'bases' && e.data.status === 'proposed').map((e) => e.id),
);
const isProposedTie = (r: { other: string }, id: string) => proposed.has(r.other) || proposed.has(id);

/** Labels shown for ties with a proposed base that do not say what would be. */
function presentTense(pages: readonly EntryCoreView[], rows: readonly { edge: string; label: string }[]): string[] {
  const out: string[] = [];
  const check = (where: string, label: string) => {
    if (!/^would /.test(label)) out.push(`${where}: "${label}"`);
  };
  for (const [id, list] of kb.relations)
    for (const r of list) if (isProposedTie(r, id) && !r.derivedFrom) check(`index ${id} → ${r.other}`, r.label);
  for (const page of pages) {
    for (const group of page.relations)
      for (const item of group.items)
        if (proposed.has(item.other.id) || proposed.has(page.id)) check(`${page.path} relations`, group.label);
    for (const n of page.localGraph?.neighbours ?? [])
      if ((proposed.has(n.id) || proposed.has(page.id)) && !n.derived)
        check(`${page.path} local graph ${n.id}`, n.label);
  }
  for (const row of rows) {
    const [source, , target] = row.edge.split('--');
    if (proposed.has(source!) || proposed.has(target!)) check(`/network/ ${row.edge}`, row.label);
  }
  return out;
}

describe('a tie with a base that does not exist yet reads as what would be', () => {
  const pages = kb.entries.map((e) => entryCoreView(kb, e.id));
  const rows = networkPageView(kb, { iterations: 1 }).rows;

  test('every rendering of a tie with a proposed base is worded as what would be ("would host")', () => {
    const shown = rows.filter((r) => [...proposed].some((id) => r.edge.includes(id)));
    expect(proposed.size).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(presentTense(pages, rows)).toEqual([]);
  });

  test('a proposed base said to be hosted, in the network’s table, is caught', () => {
    const seeded = rows.map((r) =>
      r.edge === 'kyrgyzstan--hosts--southern-kyrgyzstan-base' ? { ...r, label: 'hosts' } : r,
    );
    expect(presentTense([], seeded)).toEqual(['/network/ kyrgyzstan--hosts--southern-kyrgyzstan-base: "hosts"']);
  });
});
