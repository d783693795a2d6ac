/**
 * Open data: the knowledge base as files readers can reuse — one JSON file per collection with
 * each entry's typed data and everything the index derives for it, a JSON Schema per file, an
 * index of the files, and CSV tables for spreadsheet users. Also the small data files the site's
 * own scripts fetch.
 */
import { SOURCE_ID } from '../lib/citations.ts';
import { formatDate } from '../lib/dates.ts';
import { listOf } from '../lib/graph.ts';
import { COLLECTIONS, entryPath, slugify, type CollectionName } from '../lib/ids.ts';
import { kindLabel } from '../lib/kinds.ts';
import { toCsv } from '../lib/csv.ts';
import { positionLabel, STANCE_TOPIC_NAMES } from '../lib/stances.ts';
import { groupMembers, membershipMatrix, orderedStates, stanceMatrix } from '../lib/views.ts';
import type { Derived } from '../schemas/open-data.ts';
import { AS_OF } from '../site.config.ts';
import { knowledgeBase } from './kb.ts';

/** `{ id: { title, kind, summary } }` for every entry, for link previews. */
export async function previewData(): Promise<Record<string, { title: string; kind: string; summary: string }>> {
  const kb = await knowledgeBase();
  return Object.fromEntries(kb.entries.map((e) => [e.id, { title: e.data.title, kind: kindLabel(e.collection, e.data.kind), summary: e.data.summary }]));
}

/** Every id and alias slug with the page it leads to, for "did you mean" on the 404 page. */
export async function suggestionTargets(): Promise<{ slug: string; path: string; title: string }[]> {
  const kb = await knowledgeBase();
  return kb.entries.flatMap((e) => {
    const path = entryPath(e.collection, e.id);
    return [e.id, ...e.data.aliases.map(slugify)].map((slug) => ({ slug, path, title: e.data.title }));
  });
}

/** The contents of `/data/<collection>.json`; `site` is the origin absolute URLs are built on. */
export async function collectionFile(collection: CollectionName, site: URL) {
  const kb = await knowledgeBase();
  const entries = kb.entries.filter((e) => e.collection === collection).map((e) => {
    const derived: Derived = {
      relations: listOf(kb.relations, e.id).map((r) => ({ ...r, derivedFrom: r.derivedFrom })),
      memberships: listOf(kb.memberships, e.id).map((m) => ({ organization: m.organization, history: m.history })),
      stances: listOf(kb.stances, e.id).map((s) => ({ stance: s.stance, derivedFrom: s.derivedFrom })),
      statements: listOf(kb.statements, e.id),
      events: listOf(kb.events, e.id),
      backlinks: listOf(kb.backlinks, e.id),
      cites: listOf(kb.cites, e.id),
    };
    return { id: e.id, url: new URL(entryPath(e.collection, e.id), site).href, data: e.data, derived };
  });
  return {
    collection,
    asOf: AS_OF,
    source: { id: SOURCE_ID, url: new URL(`/sources/${SOURCE_ID}/`, site).href },
    entries,
  };
}

/** The list of open data files for `/data/index.json`. */
export function dataIndex(site: URL) {
  const url = (path: string) => new URL(path, site).href;
  return {
    asOf: AS_OF,
    collections: COLLECTIONS.map((c) => ({ collection: c, data: url(`/data/${c}.json`), schema: url(`/data/${c}.schema.json`) })),
    tables: ['memberships', 'borders', 'stances'].map((name) => ({ name, csv: url(`/data/${name}.csv`) })),
  };
}

/** The CSV tables: memberships, borders, stances. */
export const CSV_TABLES = ['memberships', 'borders', 'stances'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const cites = (list: readonly string[] | undefined) => (list ?? []).join(' ');

/** One CSV table as text. */
export async function csvTable(name: CsvTable): Promise<string> {
  const kb = await knowledgeBase();
  const title = (id: string) => kb.byId.get(id)?.data.title ?? id;
  switch (name) {
    case 'memberships': {
      const { organizations, rows } = membershipMatrix(kb, orderedStates(kb, 'central-asian-states'));
      const out: (string | undefined)[][] = [];
      for (const row of rows) {
        row.cells.forEach((cell, i) => {
          for (const h of cell?.history ?? []) {
            out.push([row.state, title(row.state), organizations[i]!, title(organizations[i]!), h.status, h.since && formatDate(h.since), h.until && formatDate(h.until), h.certainty, h.context, h.note, cites(h.cite)]);
          }
        });
      }
      return toCsv(['state_id', 'state', 'organization_id', 'organization', 'status', 'since', 'until', 'certainty', 'context', 'note', 'cite'], out);
    }
    case 'borders': {
      const out: (string | number | undefined)[][] = [];
      for (const id of orderedStates(kb, 'central-asian-states')) {
        const fact = kb.byId.get(id)?.data.facts.find((f) => f.key === 'afghan-border');
        if (!fact) continue;
        out.push([id, title(id), fact.none ? 'none' : 'border', fact.quantity?.value, fact.quantity?.unit, fact.quantity?.qualifier, fact.certainty, fact.note, cites(fact.cite)]);
      }
      return toCsv(['state_id', 'state', 'border_with_afghanistan', 'length', 'unit', 'qualifier', 'certainty', 'note', 'cite'], out);
    }
    case 'stances': {
      const out: (string | undefined)[][] = [];
      for (const row of stanceMatrix(kb, groupMembers(kb, 'central-asian-states'), STANCE_TOPIC_NAMES)) {
        row.cells.forEach((cell, i) => {
          const topic = STANCE_TOPIC_NAMES[i]!;
          for (const { stance, derivedFrom } of cell) {
            out.push([row.state, title(row.state), topic, stance.position, positionLabel(topic, stance.position), stance.certainty, stance.condition, derivedFrom, cites(stance.cite)]);
          }
        });
      }
      return toCsv(['state_id', 'state', 'topic', 'position', 'position_label', 'certainty', 'condition', 'shared_from', 'cite'], out);
    }
  }
}

