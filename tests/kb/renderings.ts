/**
 * Every rendering of every claim the view builders produce, keyed by the claim's identity (see
 * `src/model/index/claims.ts`), with the marker a reader sees beside it: its own, or — for a claim
 * shown inside another without a marker of its own (a date in its item) — the marker of the claim it
 * is shown in. A rendering with no marker at all reads as "none".
 */
import { uniqueCites } from '../../src/model/article-places.ts';
import type { DateValue } from '../../src/model/dates.ts';
import type { AnyEntry, KbEntry } from '../../src/model/entries.ts';
import { entryClaims } from '../../src/model/index/claims.ts';
import type { KbIndex } from '../../src/model/index/kb-index.ts';
import { dateProvenance, provenanceOf, type Provenance } from '../../src/model/provenance.ts';
import type { CsvRows, collectionFile } from '../../src/views/data/open-data.ts';
import type { ProvenanceView } from '../../src/views/parts/viewer.ts';

type CollectionFile = ReturnType<typeof collectionFile>;

/** One place a claim is shown, with the marker shown for it (normalised to compare). */
export interface Rendering {
  claim: string;
  where: string;
  marker: string;
}

/** A marker as text a reader could compare: its kind, certainty or basis, whom it reports, and its places. */
function markerOf(p: Provenance): string {
  const cite = uniqueCites(p.cite).join(' ');
  if (p.kind === 'context') return `context "${p.basis}" [${cite}]`;
  if (p.kind === 'reading') return `our reading of "${p.words}" [${cite}]`;
  return `${p.certainty}${p.attributedTo ? ` according to ${p.attributedTo}` : ''} [${cite}]`;
}

/** The marker a view shows, in the same form. */
function markerOfView(p: ProvenanceView): string {
  const cite = p.cite.map((c) => c.place).join(' ');
  if (p.kind === 'context') return `context "${p.basis}" [${cite}]`;
  if (p.kind === 'reading') return `our reading of "${p.words}" [${cite}]`;
  return `${p.certainty}${p.attributedTo ? ` according to ${p.attributedTo.id}` : ''} [${cite}]`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMarker = (value: unknown): value is ProvenanceView =>
  isRecord(value) &&
  typeof value.claim === 'string' &&
  (value.kind === 'article' || value.kind === 'reading' || value.kind === 'context');

/**
 * The renderings in a view: every object carrying a marker (`provenance`) or naming the claim it
 * shows (`claim`), each with its own marker or else the nearest one around it.
 */
export function renderingsInView(view: unknown, where: string): Rendering[] {
  const out: Rendering[] = [];
  const visit = (value: unknown, path: string, around: string | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, around));
      return;
    }
    if (!isRecord(value) || isMarker(value)) return;
    const own = isMarker(value.provenance) ? value.provenance : undefined;
    const claim = own?.claim ?? (typeof value.claim === 'string' ? value.claim : undefined);
    const marker = own ? markerOfView(own) : around;
    if (claim) out.push({ claim, where: `${where} ${path}`, marker: marker ?? 'none' });
    for (const [k, v] of Object.entries(value)) if (k !== 'provenance') visit(v, path ? `${path}.${k}` : k, marker);
  };
  visit(view, '', undefined);
  return out;
}

/** Renderings whose marker is not the claim's own, or that name no claim of the knowledge base. */
export function mismatches(kb: KbIndex, renderings: readonly Rendering[]): string[] {
  const out: string[] = [];
  for (const r of renderings) {
    const claim = kb.claims.byKey.get(r.claim);
    if (!claim) out.push(`${r.where}: shows "${r.claim}", which is no claim of the knowledge base`);
    else if (markerOf(claim.provenance) !== r.marker)
      out.push(`${r.where}: ${r.claim} is shown as ${r.marker}; the claim is ${markerOf(claim.provenance)}`);
  }
  return out;
}

/** A date's rendering in open data: its own provenance, from the published fields. */
function dateRendering(claim: string, where: string, date: unknown, item: Provenance): Rendering {
  return { claim, where, marker: markerOf(dateProvenance(date as DateValue, item)) };
}

/**
 * The claims `/data/<collection>.json` publishes: each entry's own data (read back from the JSON as
 * published), and what the index derives for it — relations, memberships, stances and statements —
 * each with the provenance its published fields give.
 */
export function openDataRenderings(kb: KbIndex, file: CollectionFile): Rendering[] {
  const out: Rendering[] = [];
  const published = JSON.parse(JSON.stringify(file)) as CollectionFile;
  for (const e of published.entries) {
    const where = `/data/${published.collection}.json ${e.id}`;
    const entry = { id: e.id, collection: published.collection, data: e.data, body: '', file: where } as AnyEntry;
    for (const { claim } of entryClaims(entry))
      out.push({ claim: claim.key, where: `${where} data`, marker: markerOf(claim.provenance) });
    e.derived.relations.forEach((r, i) => {
      const at = `${where} derived.relations[${i}]`;
      const key = `${r.writtenOn}:${r.field}`;
      const p = provenanceOf(r.relation);
      out.push({ claim: key, where: at, marker: markerOf(p) });
      const ends =
        r.derivedFrom === 'offices' ? { from: 'since', to: 'until' } : { from: 'period.from', to: 'period.to' };
      if (r.derivedFrom && r.derivedFrom !== 'offices') return;
      for (const end of ['from', 'to'] as const) {
        const date = r.relation.period?.[end];
        if (date) out.push(dateRendering(`${key}.${ends[end]}`, at, date, p));
      }
    });
    e.derived.memberships.forEach((m, i) => {
      const org = kb.byId.get(m.organization) as KbEntry<'organizations'>;
      const k = org.data.members.findIndex((x) => x.member === e.id);
      m.history.forEach((h, j) => {
        const key = `${m.organization}:members[${k}].history[${j}]`;
        const at = `${where} derived.memberships[${i}]`;
        const p = provenanceOf(h);
        out.push({ claim: key, where: at, marker: markerOf(p) });
        if (h.since) out.push(dateRendering(`${key}.since`, at, h.since, p));
        if (h.until) out.push(dateRendering(`${key}.until`, at, h.until, p));
      });
    });
    e.derived.stances.forEach((s, i) => {
      const holder = kb.byId.get(s.derivedFrom ?? e.id) as KbEntry<'actors'>;
      const k = holder.data.stances.findIndex((x) => JSON.stringify(x) === JSON.stringify(s.stance));
      out.push({
        claim: `${holder.id}:stances[${k}]`,
        where: `${where} derived.stances[${i}]`,
        marker: markerOf(provenanceOf(s.stance)),
      });
    });
    e.derived.statements.forEach((s, i) => {
      const speaker = kb.byId.get(s.speaker) as KbEntry<'actors'>;
      const key = `${s.speaker}:statements[${speaker.data.statements.findIndex((x) => x.id === s.statement.id)}]`;
      const at = `${where} derived.statements[${i}]`;
      const p = provenanceOf(s.statement);
      out.push({ claim: key, where: at, marker: markerOf(p) });
      if (s.statement.date) out.push(dateRendering(`${key}.date`, at, s.statement.date, p));
    });
  }
  return out;
}

/**
 * The claims a CSV table shows, one a row, with the marker its columns give; a date in a row, with
 * the marker of its own columns (`<date>_resolved_from`, `<date>_context`) or else the row's.
 */
export function csvRenderings(table: string, { header, rows }: CsvRows): Rendering[] {
  const col = (name: string) => header.indexOf(name);
  return rows.flatMap((row, i) => {
    const cell = (name: string) => {
      const value = col(name) < 0 ? undefined : row.cells[col(name)];
      return value === undefined ? '' : String(value);
    };
    const cite = cell('cite');
    const marker = cell('context')
      ? `context "${cell('context')}" [${cite}]`
      : `${cell('certainty') || 'none'}${cell('attributed_to') ? ` according to ${cell('attributed_to')}` : ''} [${cite}]`;
    const where = `/data/${table}.csv row ${i + 1}`;
    const dates = Object.entries(row.dates ?? {}).map(([column, claim]) => ({
      claim,
      where: `${where} ${column}`,
      marker: cell(`${column}_context`)
        ? `context "${cell(`${column}_context`)}" []`
        : cell(`${column}_resolved_from`)
          ? `our reading of "${cell(`${column}_resolved_from`)}" [${cite}]`
          : marker,
    }));
    return [{ claim: row.claim, where, marker }, ...dates];
  });
}
