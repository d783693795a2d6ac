/**
 * Search answers over the whole knowledge base. For every entry, every kind of typed claim it holds
 * — each fact key, each way its relations read, its offices, members or memberships, each stance
 * topic, its statements and events — is listed from the index (not from the search data), and the
 * query "<entry's title> <a word of that property>" must be answered with exactly those claims, each
 * with the provenance marker the claim index gives it. Every pair of entries a relation or a
 * membership joins is asked for by both titles, and must be answered with that tie.
 *
 * The answer data's claims are checked against the built pages (markers, links, ids) in
 * tests/site/claims.test.ts; this file checks that a reader's words reach them.
 */
import { describe, expect, test } from 'vitest';
import type { AnyEntry } from '../../src/model/entries.ts';
import { listOf, type KbIndex } from '../../src/model/index/kb-index.ts';
import type { Provenance } from '../../src/model/provenance.ts';
import { RELATION_TYPES } from '../../src/model/vocab/relations.ts';
import { answerFor } from '../../src/search/answers.ts';
import type { ClaimData, MarkData } from '../../src/search/answer-types.ts';
import { relationProperty } from '../../src/search/properties.ts';
import { readQuery } from '../../src/search/query.ts';
import { kbSearch } from '../helpers/kb-search.ts';

const { kb, bundle, index } = kbSearch();

/** One typed claim as the index holds it: the entry it links (if any) and the markers its page shows, in order. */
interface Expected {
  other?: string;
  marks: Provenance[];
}

const same = (a: Provenance, b: Provenance) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The markers a claim object shows: for each date inside it (a period's too) whose provenance
 * differs from its own (a date read from "three years later"), the date's; then its own.
 */
function marksOf(object: object): Provenance[] {
  const own = kb.claims.byObject.get(object);
  if (!own) throw new Error(`not a claim: ${JSON.stringify(object)}`);
  const dates = (value: unknown): Provenance[] => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    const date = kb.claims.byObject.get(value);
    if (date?.within === own) return same(date.provenance, own.provenance) ? [] : [date.provenance];
    // A period from one date to the same date reads as that date, once.
    const { from, to } = value as { from?: { value?: unknown }; to?: { value?: unknown } };
    const once = from && to && from.value === to.value;
    return Object.entries(value).flatMap(([k, v]) => (once && k === 'to' ? [] : dates(v)));
  };
  return [...Object.values(object).flatMap(dates), own.provenance];
}

/** The properties an entry's typed data holds, by catalogue key, each with its claims. */
function expectedProperties(kb: KbIndex, entry: AnyEntry): Map<string, Expected[]> {
  const out = new Map<string, Expected[]>();
  const add = (key: string, claim: Expected) => out.set(key, [...(out.get(key) ?? []), claim]);
  if ('facts' in entry.data)
    for (const fact of entry.data.facts) if (fact.key !== 'status') add(`f:${fact.key}`, { marks: marksOf(fact) });
  if (entry.collection === 'actors')
    for (const office of entry.data.offices)
      add(relationProperty(`${office.role} of`), { other: office.of, marks: marksOf(office) });
  for (const r of listOf(kb.relations, entry.id)) {
    // A tie from an event's participants is listed under Events; a person's own offices are above.
    if (r.derivedFrom === 'participants' || (r.derivedFrom === 'offices' && r.direction === 'forward')) continue;
    add(relationProperty(r.label), { other: r.other, marks: marksOf(r.relation) });
  }
  const members = kb.entries.flatMap((e) =>
    e.collection === 'organizations' && e.id === entry.id ? e.data.members : [],
  );
  for (const m of members) add('members', { other: m.member, marks: m.history.flatMap(marksOf) });
  for (const m of listOf(kb.memberships, entry.id))
    add('memberships', { other: m.organization, marks: m.history.flatMap(marksOf) });
  for (const s of listOf(kb.stances, entry.id)) add(`s:${s.stance.topic}`, { marks: marksOf(s.stance) });
  for (const s of listOf(kb.statements, entry.id)) add('statements', { marks: marksOf(s.statement) });
  return out;
}

/** A marker, as the answer shows it or as the claim index holds it: its kind, what qualifies it, its places. */
const markKey = (m: MarkData) => [m.k, m.k === 'article' ? m.c : m.k === 'reading' ? m.r : m.b, m.p];
const provenanceKey = (p: Provenance) => [
  p.kind,
  p.kind === 'article' ? p.certainty : p.kind === 'reading' ? p.words : p.basis,
  p.cite,
];

/** What one claim is, for comparing an answer's with the data's regardless of order: the entry it links, and its markers. */
const signature = (other: string | undefined, marks: object[]) => `${other ?? '-'} ${JSON.stringify(marks)}`;

function shownSignature(claim: ClaimData, links: boolean): string {
  const linked = claim.t.find((p): p is number => typeof p === 'number');
  const other = links && linked !== undefined ? index.entries[linked]!.entry.id : undefined;
  const marks = claim.t.flatMap((p) => (typeof p === 'object' ? [markKey(p.m)] : []));
  return signature(other, marks);
}

describe('an answer for every property of every entry', () => {
  test('"<title> <property word>" lists exactly the typed claims of that property, with their markers', () => {
    const problems: string[] = [];
    let asked = 0;
    for (const entry of kb.entries) {
      for (const [key, claims] of expectedProperties(kb, entry)) {
        asked++;
        const at = index.properties.findIndex((p) => p.key === key);
        const property = index.properties[at];
        const where = `${entry.id} ${key}`;
        if (!property) {
          problems.push(`${where}: no such property in the search data`);
          continue;
        }
        // The page's groups of that property ("hosts" and "would host"; members, observers…).
        const labels = new Set((bundle.answers.get(entry.id)?.groups ?? []).filter((g) => g.p === at).map((g) => g.l));
        // The first word of the property that, after the title, asks for it.
        let found: { query: string; claims: ClaimData[] } | undefined;
        // A word that also picks claims by their kind ("member" picks full members) would narrow the answer.
        const picks = (word: string) => index.properties.some((p) => p.key.startsWith('k:') && p.words.includes(word));
        for (const word of property.words.filter((w) => !picks(w))) {
          const query = `${entry.data.title} ${word}`;
          const answer = answerFor(readQuery(query, index), index, bundle.answers);
          const groups = answer?.groups.filter((g) => g.entry.id === entry.id && labels.has(g.label)) ?? [];
          if (groups.length === labels.size && groups.length) {
            found = { query, claims: groups.flatMap((g) => g.claims) };
            break;
          }
        }
        if (!found) {
          problems.push(`${where}: no word of ${JSON.stringify(property.words)} after the title is answered`);
          continue;
        }
        const links = claims.some((c) => c.other !== undefined);
        const shown = found.claims.map((c) => shownSignature(c, links)).sort();
        const held = claims.map((c) => signature(c.other, c.marks.map(provenanceKey))).sort();
        if (JSON.stringify(shown) !== JSON.stringify(held))
          problems.push(`"${found.query}": shows ${shown.join(' | ')}; the data holds ${held.join(' | ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(asked).toBeGreaterThan(300);
  });

  test('a property the entry does not hold gets no answer', () => {
    const problems: string[] = [];
    let asked = 0;
    for (const entry of kb.entries) {
      const held = expectedProperties(kb, entry);
      for (const key of ['f:troops', 'f:ideology', 'statements', 'f:lease']) {
        if (
          held.has(key) ||
          (bundle.answers.get(entry.id)?.groups ?? []).some((g) => index.properties[g.p]?.key === key)
        )
          continue;
        const word = index.properties.find((p) => p.key === key)!.words[0]!;
        asked++;
        const query = `${entry.data.title} ${word}`;
        const answer = answerFor(readQuery(query, index), index, bundle.answers);
        if (answer?.subjects.length === 1 && answer.subjects[0]!.id === entry.id)
          problems.push(`"${query}" is answered with ${answer.groups.map((g) => g.label).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(asked).toBeGreaterThan(200);
  });
});

describe('an answer for every pair of entries the data ties', () => {
  /** Every relation and membership, once, with the identity its claim has in the answer data. */
  function ties(): { a: string; b: string; claim: string }[] {
    const out = new Map<string, { a: string; b: string; claim: string }>();
    for (const entry of kb.entries)
      for (const r of listOf(kb.relations, entry.id)) {
        if (r.derivedFrom === 'participants' || r.direction !== 'forward') continue;
        const ends = RELATION_TYPES[r.type].symmetric ? [entry.id, r.other].sort() : [entry.id, r.other];
        const claim = `r|${r.type}|${ends.join('>')}|`;
        out.set(claim, { a: entry.id, b: r.other, claim });
      }
    for (const entry of kb.entries)
      if (entry.collection === 'organizations')
        for (const m of entry.data.members)
          out.set(`m|${entry.id}|${m.member}`, { a: entry.id, b: m.member, claim: `m|${entry.id}|${m.member}` });
    return [...out.values()];
  }

  test('"<title> <title>" shows what ties them', () => {
    const problems: string[] = [];
    const all = ties();
    for (const { a, b, claim } of all) {
      const query = `${kb.byId.get(a)!.data.title} ${kb.byId.get(b)!.data.title}`;
      const answer = answerFor(readQuery(query, index), index, bundle.answers);
      const shown = answer?.groups.flatMap((g) => g.claims.map((c) => c.c)) ?? [];
      const subjects = (answer?.subjects ?? []).map((s) => s.id).sort();
      if (JSON.stringify(subjects) !== JSON.stringify([a, b].sort()))
        problems.push(`"${query}": answered about ${subjects.join(', ') || 'nothing'}`);
      else if (!shown.some((c) => c.startsWith(claim)))
        problems.push(`"${query}": no ${claim} among ${shown.join(' ')}`);
    }
    expect(problems).toEqual([]);
    expect(all.length).toBeGreaterThan(100);
  });
});
