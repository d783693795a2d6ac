/**
 * The view of every page that is not an entry: list pages, home, memberships, stances, timeline,
 * scenarios, the source page, about and the 404 page. Each function takes the index and returns
 * everything the page shows — scoped, ordered, labelled. Pages render these and compute nothing.
 */
import { eventAnchor, kindAnchor, paragraphAnchor, rowAnchor, yearAnchor } from '../../model/anchors.ts';
import { CERTAINTIES, CERTAINTY_INFO } from '../../model/vocab/certainty.ts';
import { citeName, citePath, textFragmentUrl } from '../../model/article-places.ts';
import { entryView } from '../entry/entry-view.ts';
import type { EntryCoreView, EntryView } from '../entry/types.ts';
import {
  factValue,
  membershipStatus,
  scenarioItem,
  stanceItem,
  type InfoValue,
  type MembershipStatusView,
  type ScenarioItemView,
  type StanceItemView,
} from '../parts/claims.ts';
import type { KbEntry } from '../../model/entries.ts';
import { EVENT_ORDER_RULE } from '../../model/event-order.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { BROWSE_COLLECTIONS, collectionPath, entryPath, slugify, type CollectionName } from '../../model/ids.ts';
import { COLLECTION_LABELS, kindGroupLabel, kindLabel, kindsOf } from '../../model/vocab/kinds.ts';
import { STATUS_LABELS } from '../../model/vocab/labels.ts';
import { STANCE_TOPICS, STANCE_TOPIC_NAMES } from '../../model/vocab/stances.ts';
import { Viewer, type CiteView, type DateView, type LinkView, type ProvenanceView } from '../parts/viewer.ts';
import {
  groupByKind,
  groupMembers,
  membershipMatrix,
  orderedStates,
  presenceTable,
  scenarioComparison,
  stanceMatrix,
  timelineGroups,
} from './tables.ts';

/** The source article as the footer and the about page credit it. */
export interface SourceCredit {
  author: string;
  title: string;
  publisher: string;
  year: number;
  path: string;
}

/** What every page's head and footer show besides its view: the source credit and the build's version. */
export interface SiteCredit extends SourceCredit {
  /** The build's citable version, e.g. `0.1.0+fb238e2891`. */
  build: string;
  /** The date of that version, `YYYY-MM-DD`. */
  versionDate: string;
}

export function sourceCredit(index: KbIndex): SourceCredit {
  const { author, title, publisher, year } = index.source.data;
  return { author, title, publisher, year, path: entryPath('sources', index.source.id) };
}

export interface ListView {
  collection: CollectionName;
  label: string;
  count: number;
  groups: { kind: string; anchor: string; label: string; entries: { link: LinkView; summary: string }[] }[];
}

/** A collection's list page: entries grouped by kind, each with its summary. */
export function listView(index: KbIndex, collection: CollectionName): ListView {
  const v = new Viewer(index);
  const entries = index.entries.filter((e) => e.collection === collection);
  return {
    collection,
    label: COLLECTION_LABELS[collection].plural,
    count: entries.length,
    groups: groupByKind(entries, kindsOf(collection)).map((g) => ({
      kind: g.kind,
      anchor: kindAnchor(g.kind),
      label: kindGroupLabel(collection, g.kind),
      entries: g.entries.map((e) => ({ link: v.link(e.id), summary: e.data.summary })),
    })),
  };
}

export interface PresenceRowView {
  state: LinkView;
  anchor: string;
  border?: InfoValue;
  alliance?: MembershipStatusView[];
  bases: { link: LinkView; status?: string; provenance: ProvenanceView }[];
  foreignBases?: InfoValue;
  taliban: StanceItemView[];
}

/**
 * What the home page's presence table is about: the group of states it lists, the alliance whose
 * membership it shows and the power whose bases it lists (this knowledge base's are in `config/site.ts`).
 */
export interface PresenceIds {
  region: string;
  alliance: string;
  patron: string;
}

export interface HomeView {
  browse: { path: string; label: string; count: number }[];
  presence: { alliance: LinkView; rows: PresenceRowView[] };
}

/**
 * The home page: what to browse, and the region's states at a glance (border, the alliance, the
 * patron's bases, Taliban stance).
 */
export function homeView(index: KbIndex, ids: PresenceIds): HomeView {
  const v = new Viewer(index);
  const rows = presenceTable(index, groupMembers(index, ids.region), ids.alliance, ids.patron).map((row) => {
    const view: PresenceRowView = {
      state: v.link(row.state),
      anchor: rowAnchor(row.state),
      bases: row.bases.map((b) => {
        const base = index.byId.get(b.base) as KbEntry<'bases'>;
        return {
          link: v.link(b.base),
          ...(base.data.status !== 'active' ? { status: STATUS_LABELS.bases[base.data.status].toLowerCase() } : {}),
          provenance: v.provenance(b.hosted.relation),
        };
      }),
      taliban: row.taliban.map((s) => stanceItem(v, s.stance, s.derivedFrom)),
    };
    if (row.border) view.border = factValue(v, row.border);
    if (row.alliance) view.alliance = row.alliance.history.map((h) => membershipStatus(v, h));
    if (row.foreignBases) view.foreignBases = factValue(v, row.foreignBases);
    return view;
  });
  return {
    browse: BROWSE_COLLECTIONS.map((c) => ({
      path: collectionPath(c),
      label: COLLECTION_LABELS[c].plural,
      count: index.entries.filter((e) => e.collection === c).length,
    })),
    presence: { alliance: v.link(ids.alliance), rows },
  };
}

export interface MembershipsView {
  organizations: { link: LinkView; short: string }[];
  rows: { state: LinkView; anchor: string; cells: (MembershipStatusView[] | undefined)[]; statuses: string[] }[];
}

/** States × organizations: each state's statuses in each organization; the `region` group's members first. */
export function membershipsView(index: KbIndex, region: string): MembershipsView {
  const v = new Viewer(index);
  const { organizations, rows } = membershipMatrix(index, orderedStates(index, region));
  return {
    organizations: organizations.map((id) => {
      const entry = index.byId.get(id)!;
      return { link: v.link(id), short: entry.data.aliases.find((a) => a.length <= 5) ?? entry.data.title };
    }),
    rows: rows.map((row) => ({
      state: v.link(row.state),
      anchor: rowAnchor(row.state),
      cells: row.cells.map((cell) => cell?.history.map((h) => membershipStatus(v, h))),
      statuses: row.cells.map((cell) => (cell ? cell.history.map((h) => h.status).join(' ') : 'none')),
    })),
  };
}

export interface StancesView {
  topics: { topic: string; label: string }[];
  rows: { state: LinkView; anchor: string; cells: StanceItemView[][] }[];
}

/** The `region` group's states × stance topics, each cell with its stances and their scope. */
export function stancesView(index: KbIndex, region: string): StancesView {
  const v = new Viewer(index);
  return {
    topics: STANCE_TOPIC_NAMES.map((topic) => ({ topic, label: STANCE_TOPICS[topic].label })),
    rows: stanceMatrix(index, groupMembers(index, region), STANCE_TOPIC_NAMES).map((row) => ({
      state: v.link(row.state),
      anchor: rowAnchor(row.state),
      cells: row.cells.map((cell) => cell.map((s) => stanceItem(v, s.stance, s.derivedFrom))),
    })),
  };
}

export interface TimelineEventView {
  anchor: string;
  link: LinkView;
  date: DateView;
  cite: CiteView[];
  participants: LinkView[];
  location?: LinkView;
  after: LinkView[];
}

export interface TimelineView {
  /** The one ordering rule, in a sentence. */
  rule: string;
  groups: { label: string; anchor: string; events: TimelineEventView[] }[];
}

/** Every event in the one timeline order, grouped by year (decade-dated events under their decade). */
export function timelineView(index: KbIndex): TimelineView {
  const v = new Viewer(index);
  return {
    rule: EVENT_ORDER_RULE,
    groups: timelineGroups(index).map((g) => ({
      label: g.label,
      anchor: yearAnchor(g.year),
      events: g.events.map((e) => {
        const item: TimelineEventView = {
          anchor: eventAnchor(e.id),
          link: v.link(e.id),
          date: v.date(e.data.date, { cite: e.data.cite, certainty: 'stated' }),
          cite: v.cites(e.data.cite),
          participants: v.links(e.data.participants),
          after: v.links(e.data.after),
        };
        if (e.data.location) item.location = v.link(e.data.location);
        return item;
      }),
    })),
  };
}

export interface ScenariosView {
  scenarios: LinkView[];
  triggers: { text: string; provenance: ProvenanceView }[][];
  signs: { text: string; synthesis: boolean; provenance: ProvenanceView }[][];
  responses: { actor: LinkView; anchor: string; cells: ScenarioItemView[][] }[];
  roles: { actor: LinkView; anchor: string; cells: ScenarioItemView[][] }[];
  outlooks: { holder: LinkView; text: string; provenance: ProvenanceView }[];
}

/** The given scenarios side by side, in that order, and the outlooks tied to none of them. */
export function scenariosView(index: KbIndex, scenarioIds: readonly string[]): ScenariosView {
  const v = new Viewer(index);
  const { scenarios, responses, roles } = scenarioComparison(index, scenarioIds);
  return {
    scenarios: scenarios.map((s) => v.link(s.id)),
    triggers: scenarios.map((s) => s.data.triggers.map((t) => ({ text: t.text, provenance: v.provenance(t) }))),
    signs: scenarios.map((s) =>
      s.data.signs.map((x) => ({ text: x.text, synthesis: x.synthesis, provenance: v.provenance(x) })),
    ),
    responses: responses.map((row) => ({
      actor: v.link(row.actor),
      anchor: rowAnchor(`response-${row.actor}`),
      cells: row.cells.map((cell) => cell.map((r) => scenarioItem(v, row.actor, r.options, r.alternatives, r))),
    })),
    roles: roles.map((row) => ({
      actor: v.link(row.actor),
      anchor: rowAnchor(`role-${row.actor}`),
      cells: row.cells.map((cell) => cell.map((r) => scenarioItem(v, row.actor, [r.text], false, r))),
    })),
    outlooks: index.outlooks.map(({ holder, outlook }) => ({
      holder: v.link(holder),
      text: outlook.text,
      provenance: v.provenance(outlook),
    })),
  };
}

export interface SourceView {
  entry: EntryView;
  paragraphs: { anchor: string; heading: string; summary: string; publisherUrl: string; citedBy: LinkView[] }[];
}

/**
 * Which entries cite each place: an entry cites a place when its page cites it anywhere (typed
 * fields, body, derived sections), exactly as its "Cited paragraphs" lists.
 */
function citedByPlace(index: KbIndex, viewOf: (id: string) => EntryCoreView): Map<string, string[]> {
  const citing = new Map<string, string[]>();
  for (const entry of index.entries) {
    if (entry.id === index.source.id) continue;
    for (const { cite } of viewOf(entry.id).cited)
      citing.set(cite.place, [...(citing.get(cite.place) ?? []), entry.id]);
  }
  return citing;
}

/**
 * The source page: the article, and for each citable place our summary and the entries citing it.
 * `viewOf` gives an entry's page view (built once by the caller for every page that shows it).
 */
export function sourceView(index: KbIndex, site: URL | string, viewOf: (id: string) => EntryCoreView): SourceView {
  const v = new Viewer(index);
  const citing = citedByPlace(index, viewOf);
  const source = index.source.data;
  return {
    entry: entryView(index, index.source.id, site, undefined, undefined, viewOf(index.source.id)),
    paragraphs: source.paragraphs.map((p) => ({
      anchor: paragraphAnchor(p.place),
      heading: `${citeName(p.place)}${p.section ? ` · ${p.section}` : ''}`,
      summary: p.summary,
      publisherUrl: textFragmentUrl(source.url, p.opening),
      citedBy: v.links(citing.get(p.place) ?? []).sort((a, b) => a.title.localeCompare(b.title, 'en')),
    })),
  };
}

export interface AboutView {
  source: SourceCredit;
  certainties: { certainty: string; label: string; meaning: string }[];
  exampleCite: { label: string; path: string };
}

/** The about page: the source, and the markers a reader meets (certainties and context). */
export function aboutView(index: KbIndex): AboutView {
  return {
    source: sourceCredit(index),
    certainties: CERTAINTIES.map((c) => ({
      certainty: c,
      label: CERTAINTY_INFO[c].label,
      meaning: CERTAINTY_INFO[c].meaning,
    })),
    exampleCite: { label: '¶4', path: citePath('P4') },
  };
}

export interface NotFoundView {
  collections: { label: string; path: string; entries: LinkView[] }[];
  /** Every id, alias and later name with the page it leads to, for "did you mean". */
  targets: { slug: string; path: string; title: string }[];
}

/** Every id, alias and later name with the page it leads to. */
function suggestionTargets(index: KbIndex): NotFoundView['targets'] {
  return index.entries.flatMap((e) => {
    const path = entryPath(e.collection, e.id);
    const names = [...e.data.aliases, ...(e.collection === 'places' ? e.data.laterNames.map((n) => n.name) : [])];
    return [e.id, ...names.map(slugify)].map((slug) => ({ slug, path, title: e.data.title }));
  });
}

/** The 404 page: every entry by collection, and the names a mistyped address may have meant. */
export function notFoundView(index: KbIndex): NotFoundView {
  const v = new Viewer(index);
  return {
    collections: BROWSE_COLLECTIONS.map((c) => ({
      label: COLLECTION_LABELS[c].plural,
      path: collectionPath(c),
      entries: v.links(index.entries.filter((e) => e.collection === c).map((e) => e.id)),
    })),
    targets: suggestionTargets(index),
  };
}

/** `{ id: { title, kind, summary } }` for every entry, for link previews. */
export function previewData(index: KbIndex): Record<string, { title: string; kind: string; summary: string }> {
  return Object.fromEntries(
    index.entries.map((e) => [
      e.id,
      { title: e.data.title, kind: kindLabel(e.collection, e.data.kind), summary: e.data.summary },
    ]),
  );
}
