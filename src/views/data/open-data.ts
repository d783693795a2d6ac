/**
 * Open data: the knowledge base as files readers can reuse — one JSON file per collection with
 * each entry's typed data and everything the index derives for it, a JSON Schema per file, an
 * index of the files, and CSV tables for spreadsheet users. Every claim keeps its scope (shared
 * from a group, applies to some members, a condition, whose position it reports) and its provenance
 * (the article's certainty, or context with its basis).
 */
import { toCsv } from './csv.ts';
import { formatDate } from '../../model/dates.ts';
import type { EntryCoreView } from '../entry/types.ts';
import { listOf, type KbIndex } from '../../model/index/kb-index.ts';
import { COLLECTIONS, entryPath, type CollectionName } from '../../model/ids.ts';
import { positionLabel, STANCE_TOPIC_NAMES } from '../../model/vocab/stances.ts';
import { groupMembers, membershipMatrix, orderedStates, stanceMatrix } from '../pages/tables.ts';
import type { Derived } from '../../model/schemas/open-data.ts';
import { AS_OF } from '../../config/site.ts';

/**
 * The contents of `/data/<collection>.json`; `site` is the origin absolute URLs are built on, and
 * `viewOf` gives an entry's page view (built once by the caller for every page that shows it).
 */
export function collectionFile(
  kb: KbIndex,
  collection: CollectionName,
  site: URL,
  viewOf: (id: string) => EntryCoreView,
) {
  const entries = kb.entries
    .filter((e) => e.collection === collection)
    .map((e) => {
      const derived: Derived = {
        relations: listOf(kb.relations, e.id).map((r) => ({ ...r, derivedFrom: r.derivedFrom })),
        memberships: listOf(kb.memberships, e.id).map((m) => ({ organization: m.organization, history: m.history })),
        stances: listOf(kb.stances, e.id).map((s) => ({ stance: s.stance, derivedFrom: s.derivedFrom })),
        statements: listOf(kb.statements, e.id),
        events: listOf(kb.events, e.id),
        backlinks: listOf(kb.backlinks, e.id),
        // The places the entry's page cites anywhere, exactly as its "Cited paragraphs" lists them.
        cites: viewOf(e.id).cited.map((c) => c.cite.place),
      };
      return { id: e.id, url: new URL(entryPath(e.collection, e.id), site).href, data: e.data, derived };
    });
  return {
    collection,
    asOf: AS_OF,
    source: { id: kb.source.id, url: new URL(entryPath('sources', kb.source.id), site).href },
    entries,
  };
}

/** The list of open data files for `/data/index.json`. */
export function dataIndex(site: URL) {
  const url = (path: string) => new URL(path, site).href;
  return {
    asOf: AS_OF,
    collections: COLLECTIONS.map((c) => ({
      collection: c,
      data: url(`/data/${c}.json`),
      schema: url(`/data/${c}.schema.json`),
    })),
    tables: CSV_TABLES.map((name) => ({ name, csv: url(`/data/${name}.csv`) })),
  };
}

/** The CSV tables: memberships, borders, stances. */
export const CSV_TABLES = ['memberships', 'borders', 'stances'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const cites = (list: readonly string[] | undefined) => (list ?? []).join(' ');

/** The provenance columns every table has, in this order, and a claim's cells for them. */
const PROVENANCE_COLUMNS = ['certainty', 'attributed_to', 'context'];
const provenance = (claim: { certainty?: string; attributedTo?: string; context?: string }): Cell[] => [
  claim.certainty,
  claim.attributedTo,
  claim.context,
];

type Cell = string | number | undefined;

/**
 * A CSV table before it is written: its header, and each row with the claim it shows and the
 * claims of the dates in it, by column.
 */
export interface CsvRows {
  header: string[];
  rows: { claim: string; dates?: Record<string, string>; cells: Cell[] }[];
}

/**
 * One CSV table's rows, about the `region` group's states (memberships and borders list every
 * other state after them), each with the key of the claim it shows.
 */
export function csvRows(kb: KbIndex, name: CsvTable, region: string): CsvRows {
  switch (name) {
    case 'memberships':
      return membershipsCsv(kb, region);
    case 'borders':
      return bordersCsv(kb, region);
    case 'stances':
      return stancesCsv(kb, region);
  }
}

/** One CSV table as text. */
export function csvTable(kb: KbIndex, name: CsvTable, region: string): string {
  const { header, rows } = csvRows(kb, name, region);
  return toCsv(
    header,
    rows.map((r) => r.cells),
  );
}

/** The key of the claim an object states (every row of a table shows one). */
function claimKey(kb: KbIndex, item: object): string {
  const claim = kb.claims.byObject.get(item);
  if (!claim) throw new Error(`open data: a row for something that is not a claim: ${JSON.stringify(item)}`);
  return claim.key;
}

const titleIn = (kb: KbIndex) => (id: string) => kb.byId.get(id)?.data.title ?? id;

/** Each state's status history in each organization, one row per status. */
function membershipsCsv(kb: KbIndex, region: string): CsvRows {
  const title = titleIn(kb);
  const { organizations, rows } = membershipMatrix(kb, orderedStates(kb, region));
  const out: CsvRows['rows'] = [];
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      for (const h of cell?.history ?? []) {
        const dates: Record<string, string> = {};
        if (h.since) dates.since = claimKey(kb, h.since);
        if (h.until) dates.until = claimKey(kb, h.until);
        out.push({
          claim: claimKey(kb, h),
          dates,
          cells: [
            row.state,
            title(row.state),
            organizations[i]!,
            title(organizations[i]!),
            h.status,
            h.since && formatDate(h.since),
            h.since?.resolvedFrom,
            h.since?.context,
            h.until && formatDate(h.until),
            h.until?.resolvedFrom,
            h.until?.context,
            ...provenance(h),
            h.note,
            cites(h.cite),
          ],
        });
      }
    });
  }
  return {
    header: [
      'state_id',
      'state',
      'organization_id',
      'organization',
      'status',
      'since',
      'since_resolved_from',
      'since_context',
      'until',
      'until_resolved_from',
      'until_context',
      ...PROVENANCE_COLUMNS,
      'note',
      'cite',
    ],
    rows: out,
  };
}

/** Each state's border with Afghanistan (or its explicit absence), as its `afghan-border` fact gives it. */
function bordersCsv(kb: KbIndex, region: string): CsvRows {
  const title = titleIn(kb);
  const out: CsvRows['rows'] = [];
  for (const id of orderedStates(kb, region)) {
    const fact = kb.byId.get(id)?.data.facts.find((f) => f.key === 'afghan-border');
    if (!fact) continue;
    out.push({
      claim: claimKey(kb, fact),
      cells: [
        id,
        title(id),
        fact.none ? 'none' : 'border',
        fact.quantity?.value,
        fact.quantity?.unit,
        fact.quantity?.qualifier,
        ...provenance(fact),
        fact.note,
        cites(fact.cite),
      ],
    });
  }
  return {
    header: [
      'state_id',
      'state',
      'border_with_afghanistan',
      'length',
      'unit',
      'qualifier',
      ...PROVENANCE_COLUMNS,
      'note',
      'cite',
    ],
    rows: out,
  };
}

/** Each of the region's states' stances, one row per stance, with the group it is shared from. */
function stancesCsv(kb: KbIndex, region: string): CsvRows {
  const title = titleIn(kb);
  const out: CsvRows['rows'] = [];
  for (const row of stanceMatrix(kb, groupMembers(kb, region), STANCE_TOPIC_NAMES)) {
    row.cells.forEach((cell, i) => {
      const topic = STANCE_TOPIC_NAMES[i]!;
      for (const { stance, derivedFrom } of cell) {
        out.push({
          claim: claimKey(kb, stance),
          cells: [
            row.state,
            title(row.state),
            topic,
            stance.position,
            positionLabel(topic, stance.position),
            ...provenance(stance),
            stance.condition,
            derivedFrom,
            cites(stance.cite),
          ],
        });
      }
    });
  }
  return {
    header: [
      'state_id',
      'state',
      'topic',
      'position',
      'position_label',
      ...PROVENANCE_COLUMNS,
      'condition',
      'shared_from',
      'cite',
    ],
    rows: out,
  };
}
