/**
 * Everything an entry page shows, built once from the index: header, infobox, the sections the
 * index derives, backlinks, the paragraphs the page cites and a ready-made citation. Every claim
 * carries its scope and its one provenance marker; every list is already ordered and labelled.
 * Components render this and compute nothing.
 */
import { bodyCites } from '../../model/body.ts';
import { eventAnchor, statementAnchor } from '../../model/anchors.ts';
import { citationView, type CitationInput, type CitationView } from '../../citations/formats.ts';
import { entryCitationInput } from '../../citations/entry-citation.ts';
import type { CitePlace } from '../../model/article-places.ts';
import { entryLinks, otherNames, type AnyEntry, type KbEntry } from '../../model/entries.ts';
import { factKeyInfo } from '../../model/vocab/facts.ts';
import { listOf, type KbIndex } from '../../model/index/kb-index.ts';
import { entryPath, type CollectionName } from '../../model/ids.ts';
import { entryJsonLd } from '../../citations/jsonld.ts';
import { COLLECTION_LABELS, kindLabel } from '../../model/vocab/kinds.ts';
import { STATUS_LABELS } from '../../model/vocab/labels.ts';
import { MAP_HEIGHT, MAP_WIDTH, mapProjection, projectPoint } from '../map/projection.ts';
import { localGraphView, type LocalGraphView } from '../../network/local-graph.ts';
import { metaList } from '../parts/search-meta.ts';
import type { ProvenanceInput } from '../../model/provenance.ts';
import type { SiteVersion } from '../../model/version.ts';
import { STANCE_TOPICS, STANCE_TOPIC_NAMES, positionLabel, type StanceTopic } from '../../model/vocab/stances.ts';
import { STATEMENT_ACTS } from '../../model/vocab/statements.ts';
import { PUBLISHER, SITE_NAME } from '../../config/site.ts';
import type { Fact, Stance } from '../../model/schemas/shared.ts';
import type { Membership } from '../../model/schemas/collections.ts';
import {
  Viewer,
  type CiteView,
  type DateView,
  type LinkView,
  type PeriodView,
  type ProvenanceView,
  type QuantityView,
  type ScopeView,
} from '../parts/viewer.ts';

/** Turns a citation's input into every format (`citationView`, or a cache of its results). */
export type CitationFormatter = (input: CitationInput) => CitationView;

/** One value in the infobox; the fields present say what it shows. */
export interface InfoValue {
  /** An explicit "none" ("None: no border with Afghanistan"). */
  none?: string;
  /** A status label from a typed status. */
  status?: string;
  quantity?: QuantityView;
  date?: DateView;
  text?: string;
  /** Entries, e.g. participants or a route. */
  links?: { items: LinkView[]; ordered: boolean };
  /** A link to another site (the article at its publisher). */
  external?: { text: string; url: string };
  /** A second line in small print (the author's role). */
  detail?: string;
  period?: PeriodView;
  note?: string;
  provenance?: ProvenanceView;
}

/** One infobox row: a label with one or more values. */
export interface InfoRow {
  label: string;
  values: InfoValue[];
}

export interface MembershipStatusView {
  label: string;
  /** "since" or, for a former member, "since leaving in". */
  sinceWord: string;
  since?: DateView;
  until?: DateView;
  note?: string;
  provenance: ProvenanceView;
}

export interface MembershipRowView {
  other: LinkView;
  history: MembershipStatusView[];
}

export interface StanceItemView {
  topic: StanceTopic;
  position: string;
  positionLabel: string;
  scope?: ScopeView;
  measures: string[];
  exceptions: string[];
  reasons: string[];
  note?: string;
  provenance: ProvenanceView;
}

export interface RelationItemView {
  other: LinkView;
  degree?: string;
  length?: QuantityView;
  period?: PeriodView;
  note?: string;
  provenance: ProvenanceView;
}

export interface StatementItemView {
  anchor: string;
  /** The speaker, or undefined when the page is the speaker's own. */
  speaker?: LinkView;
  speakerName: string;
  onBehalfOf?: LinkView;
  act: string;
  date?: DateView;
  event?: LinkView;
  summary: string;
  quote?: string;
  /** What it is about; `undefined` stands for "this entry". */
  about: (LinkView | undefined)[];
  provenance: ProvenanceView;
}

export interface EventItemView {
  link: LinkView;
  date: DateView;
  timelinePath: string;
}

export interface ScenarioItemView {
  /** The actor (on a scenario page) or the scenario (on an actor's page). */
  who: LinkView;
  options: string[];
  /** How several options combine. */
  combine?: 'alternatives' | 'all';
  provenance: ProvenanceView;
}

export interface ScenarioSectionsView {
  triggers: { text: string; provenance: ProvenanceView }[];
  signs: { text: string; synthesis: boolean; provenance: ProvenanceView }[];
  responses: ScenarioItemView[];
  roles: ScenarioItemView[];
}

export interface LocatorView {
  title: string;
  /** Where the marker sits on the region image, or undefined when the place lies outside it. */
  at?: [number, number];
  width: number;
  height: number;
  basis: string;
}

export interface CitedParagraphView {
  cite: CiteView;
  summary: string;
}

export interface EntryView {
  id: string;
  collection: CollectionName;
  path: string;
  title: string;
  summary: string;
  /** "Actor", "Event"… */
  type: string;
  /** "State", "Summit"… */
  kind: string;
  aliases: string[];
  laterNames: { name: string; from: DateView; basis: string }[];
  /** Set when the whole entry is context not named in the article. */
  context?: string;
  /** Pagefind weight of the title: names outrank titles that describe happenings. */
  titleWeight: number;
  /** What search ranking reads back from the index (`data-pagefind-meta` values). */
  searchMeta: { links?: string; keywords?: string; aliases?: string };
  infobox: InfoRow[];
  scenario?: ScenarioSectionsView;
  locator?: LocatorView;
  memberships?: { section: 'members' | 'memberships'; rows: MembershipRowView[] };
  stances: { topic: StanceTopic; label: string; items: StanceItemView[] }[];
  relations: { label: string; items: RelationItemView[] }[];
  /** The entry and its direct neighbours, drawn small; absent when it has no ties. */
  localGraph?: LocalGraphView;
  statements: StatementItemView[];
  events: EventItemView[];
  inScenarios: ScenarioItemView[];
  outlooks: { text: string; provenance: ProvenanceView }[];
  backlinks: LinkView[];
  /** Every place the page cites anywhere, with our summary of it. */
  cited: CitedParagraphView[];
  /** The article the entry is built from, for "Cite this entry". */
  basedOn: string;
  jsonLd: Record<string, unknown>;
  /** "Cite this entry" in every format, naming the build's and the entry's versions (when the build's version is given). */
  citation?: CitationView;
}

const DEGREES = { partly: 'partly', 'often-merged': 'often merged' } as const;

/** One typed fact as an infobox or table value. */
export function factValue(v: Viewer, fact: Fact): InfoValue {
  const value: InfoValue = {};
  if (fact.none) value.none = factKeyInfo(fact.key).noneText ?? 'None';
  if (fact.quantity) value.quantity = v.quantity(fact.quantity, fact.reference);
  if (fact.date) value.date = v.date(fact.date, fact);
  if (fact.text) value.text = fact.text;
  const period = v.period(fact.period, fact);
  if (period) value.period = period;
  if (fact.note) value.note = fact.note;
  value.provenance = v.provenance(fact);
  return value;
}

function pushRow(rows: InfoRow[], label: string, value: InfoValue): void {
  const row = rows.find((r) => r.label === label);
  if (row) row.values.push(value);
  else rows.push({ label, values: [value] });
}

function infobox(v: Viewer, entry: AnyEntry): InfoRow[] {
  const rows: InfoRow[] = [];
  const facts = entry.data.facts;
  switch (entry.collection) {
    case 'events':
      pushRow(rows, 'Date', { date: v.datedClaim(entry.data.date, { cite: entry.data.cite, certainty: 'stated' }) });
      if (entry.data.location)
        pushRow(rows, 'Where', { links: { items: [v.link(entry.data.location)], ordered: false } });
      if (entry.data.participants.length)
        pushRow(rows, 'Participants', { links: { items: v.links(entry.data.participants), ordered: false } });
      if (entry.data.after.length) {
        pushRow(rows, 'Came after', {
          links: { items: v.links(entry.data.after), ordered: false },
          provenance: v.provenance({ cite: entry.data.cite, certainty: 'stated' }),
        });
      }
      break;
    case 'bases':
    case 'infrastructure': {
      // The typed status is shown once, explained by the entry's one `status` fact if it has one.
      const explained = facts.find((f) => f.key === 'status');
      const label =
        entry.collection === 'bases'
          ? STATUS_LABELS.bases[entry.data.status]
          : STATUS_LABELS.infrastructure[entry.data.status];
      pushRow(rows, 'Status', explained ? { status: label, ...factValue(v, explained) } : { status: label });
      if (entry.collection === 'infrastructure' && entry.data.route) {
        pushRow(rows, 'Route', {
          links: { items: v.links(entry.data.route.via), ordered: true },
          provenance: v.provenance(entry.data.route),
        });
      }
      break;
    }
    case 'actors':
      for (const office of entry.data.offices) {
        const value: InfoValue = {
          links: { items: [v.link(office.of)], ordered: false },
          provenance: v.provenance(office),
        };
        const period = v.period({ from: office.since, to: office.until }, office);
        if (period) value.period = period;
        pushRow(rows, office.role, value);
      }
      break;
    case 'sources':
      pushRow(rows, 'Author', { text: entry.data.author, detail: entry.data.authorRole });
      pushRow(rows, 'Publisher', { text: `${entry.data.publisher}, ${entry.data.year}` });
      pushRow(rows, 'Original', { external: { text: 'Read at the publisher', url: entry.data.url } });
      break;
    default:
      break;
  }
  for (const fact of facts) {
    if (fact.key === 'status' && (entry.collection === 'bases' || entry.collection === 'infrastructure')) continue;
    pushRow(rows, factKeyInfo(fact.key).label, factValue(v, fact));
  }
  if ((entry.collection === 'bases' || entry.collection === 'places') && entry.data.coordinates) {
    const { lat, lon, context } = entry.data.coordinates;
    const fmt = (n: number, pos: string, neg: string) => `${Math.abs(n).toFixed(2)}° ${n >= 0 ? pos : neg}`;
    pushRow(rows, 'Coordinates', {
      text: `${fmt(lat, 'N', 'S')}, ${fmt(lon, 'E', 'W')}`,
      provenance: v.provenance({ context }),
    });
  }
  return rows;
}

/** One status in a membership history, as every page shows it. */
export function membershipStatus(v: Viewer, status: Membership['history'][number]): MembershipStatusView {
  const view: MembershipStatusView = {
    label: STATUS_LABELS.membership[status.status],
    sinceWord: status.status === 'former' ? 'since leaving in' : 'since',
    provenance: v.provenance(status),
  };
  if (status.since) view.since = v.date(status.since, status);
  if (status.until) view.until = v.date(status.until, status);
  if (status.note) view.note = status.note;
  return view;
}

/** A stance as shown anywhere: position, scope (members, group, condition), details, provenance. */
export function stanceItem(v: Viewer, stance: Stance, derivedFrom?: string): StanceItemView {
  const item: StanceItemView = {
    topic: stance.topic,
    position: stance.position,
    positionLabel: positionLabel(stance.topic, stance.position),
    measures: stance.measures ?? [],
    exceptions: stance.exceptions ?? [],
    reasons: stance.reasons ?? [],
    provenance: v.provenance(stance),
  };
  const scope = v.scope({
    appliesTo: derivedFrom ? undefined : stance.appliesTo,
    derivedFrom,
    condition: stance.condition,
  });
  if (scope) item.scope = scope;
  if (stance.note) item.note = stance.note;
  return item;
}

/** One actor's part in a scenario. */
export function scenarioItem(
  v: Viewer,
  who: string,
  options: string[],
  alternatives: boolean,
  item: ProvenanceInput,
): ScenarioItemView {
  const view: ScenarioItemView = { who: v.link(who), options, provenance: v.provenance(item) };
  if (options.length > 1) view.combine = alternatives ? 'alternatives' : 'all';
  return view;
}

function locator(entry: AnyEntry): LocatorView | undefined {
  if (entry.collection !== 'bases' && entry.collection !== 'places') return undefined;
  const c = entry.data.coordinates;
  if (!c || (entry.collection === 'places' && entry.data.kind === 'region')) return undefined;
  const at = projectPoint(mapProjection(), c.lon, c.lat);
  return { title: entry.data.title, ...(at ? { at } : {}), width: MAP_WIDTH, height: MAP_HEIGHT, basis: c.context };
}

/** The entries this one joins, its keywords, and its other names, for search ranking. */
function searchMeta(entry: AnyEntry): EntryView['searchMeta'] {
  const meta: EntryView['searchMeta'] = {};
  const links = entryLinks(entry);
  if (links.length) meta.links = `links:${links.join(' ')}`;
  if (entry.data.keywords.length) meta.keywords = `keywords:${metaList(entry.data.keywords)}`;
  const names = otherNames(entry);
  if (names.length) meta.aliases = `aliases:${metaList(names)}`;
  return meta;
}

/** An entry page's view without what depends on the site's address and version (JSON-LD, citation). */
export type EntryCoreView = Omit<EntryView, 'jsonLd' | 'citation'>;

/**
 * The view of one entry page. `site` is the public origin (for JSON-LD). With a `version`, the view
 * carries the entry's citation in every format, made by `formatCitation`. `core` is the entry's
 * shared view when the caller has built it already.
 */
export function entryView(
  index: KbIndex,
  id: string,
  site: URL | string = 'https://example.org',
  version?: SiteVersion,
  formatCitation: CitationFormatter = citationView,
  core: EntryCoreView = entryCoreView(index, id),
): EntryView {
  const entry = index.byId.get(id)!;
  const view: EntryView = { ...core, jsonLd: entryJsonLd(entry, new URL(core.path, site).href) };
  if (version) view.citation = entryCitation(entry, view, site, version, formatCitation);
  return view;
}

/**
 * The part of an entry's view that does not depend on the site's address or version: everything
 * the page shows, and the places it cites.
 */
export function entryCoreView(index: KbIndex, id: string): EntryCoreView {
  const entry = index.byId.get(id);
  if (!entry) throw new Error(`entryView: unknown entry "${id}"`);
  const v = new Viewer(index);
  const path = entryPath(entry.collection, entry.id);

  // The entry's own citations and its body's cover the summary and the text.
  v.cites(entry.data.cite);
  v.cites(bodyCites(entry.body).map((c) => c.value as CitePlace));

  const view: EntryCoreView = {
    id,
    collection: entry.collection,
    path,
    title: entry.data.title,
    summary: entry.data.summary,
    type: COLLECTION_LABELS[entry.collection].singular,
    kind: kindLabel(entry.collection, entry.data.kind),
    aliases: entry.data.aliases,
    laterNames:
      entry.collection === 'places'
        ? entry.data.laterNames.map((n) => ({
            name: n.name,
            from: v.date({ ...n.from, context: n.context }),
            basis: n.context,
          }))
        : [],
    titleWeight: entry.collection === 'events' || entry.collection === 'scenarios' ? 3 : 10,
    searchMeta: searchMeta(entry),
    infobox: infobox(v, entry),
    stances: [],
    relations: [],
    statements: [],
    events: [],
    inScenarios: [],
    outlooks: [],
    backlinks: [],
    cited: [],
    basedOn: `${index.source.data.author}, “${index.source.data.title},” ${index.source.data.publisher}, ${index.source.data.year}`,
  };
  if (entry.data.context !== undefined) view.context = entry.data.context;

  if (entry.collection === 'scenarios') {
    const d = entry.data;
    view.scenario = {
      triggers: d.triggers.map((t) => ({ text: t.text, provenance: v.provenance(t) })),
      signs: d.signs.map((s) => ({ text: s.text, synthesis: s.synthesis, provenance: v.provenance(s) })),
      responses: d.responses.map((r) => scenarioItem(v, r.actor, r.options, r.alternatives, r)),
      roles: d.roles.map((r) => scenarioItem(v, r.actor, [r.text], false, r)),
    };
  }

  const where = locator(entry);
  if (where) view.locator = where;

  const byTitle = (a: { other: LinkView }, b: { other: LinkView }) => a.other.title.localeCompare(b.other.title, 'en');
  if (entry.collection === 'organizations' && entry.data.members.length) {
    view.memberships = {
      section: 'members',
      rows: entry.data.members
        .map((m) => ({ other: v.link(m.member), history: m.history.map((h) => membershipStatus(v, h)) }))
        .sort(byTitle),
    };
  } else {
    const rows = listOf(index.memberships, id)
      .map((m) => ({ other: v.link(m.organization), history: m.history.map((h) => membershipStatus(v, h)) }))
      .sort(byTitle);
    if (rows.length) view.memberships = { section: 'memberships', rows };
  }

  const stances = listOf(index.stances, id);
  view.stances = STANCE_TOPIC_NAMES.map((topic) => ({
    topic,
    label: STANCE_TOPICS[topic].label,
    items: stances.filter((s) => s.stance.topic === topic).map((s) => stanceItem(v, s.stance, s.derivedFrom)),
  })).filter((t) => t.items.length > 0);

  // Event participation is listed under Events and in the event's infobox, and a person's offices in
  // the person's infobox, so they are not repeated here.
  const relationGroups = new Map<string, RelationItemView[]>();
  for (const r of listOf(index.relations, id)) {
    if (r.derivedFrom === 'participants' || (r.derivedFrom === 'offices' && r.direction === 'forward')) continue;
    const item: RelationItemView = { other: v.link(r.other), provenance: v.provenance(r.relation) };
    if (r.relation.degree) item.degree = DEGREES[r.relation.degree];
    if (r.relation.length) item.length = v.quantity(r.relation.length);
    const period = v.period(r.relation.period, r.relation);
    if (period) item.period = period;
    if (r.relation.note) item.note = r.relation.note;
    relationGroups.set(r.label, [...(relationGroups.get(r.label) ?? []), item]);
  }
  view.relations = [...relationGroups].map(([label, items]) => ({ label, items }));
  const local = localGraphView(index, id);
  if (local) view.localGraph = local;

  view.statements = listOf(index.statements, id).map(({ speaker, statement }) => {
    const item: StatementItemView = {
      anchor: statementAnchor(statement.id),
      speakerName: index.byId.get(speaker)!.data.title,
      act: STATEMENT_ACTS[statement.act],
      summary: statement.summary,
      about: statement.about.map((a) => (a === id ? undefined : v.link(a))),
      provenance: v.provenance(statement),
    };
    if (speaker !== id) item.speaker = v.link(speaker);
    if (statement.onBehalfOf && statement.onBehalfOf !== speaker) item.onBehalfOf = v.link(statement.onBehalfOf);
    if (statement.date) item.date = v.date(statement.date, statement);
    if (statement.event && statement.event !== id) item.event = v.link(statement.event);
    if (statement.quote) item.quote = statement.quote;
    return item;
  });

  view.events = listOf(index.events, id).map((eventId) => {
    const event = index.byId.get(eventId) as KbEntry<'events'>;
    return { link: v.link(eventId), date: v.date(event.data.date), timelinePath: `/timeline/#${eventAnchor(eventId)}` };
  });

  view.inScenarios = listOf(index.scenarioParts, id).map((part) =>
    scenarioItem(v, part.scenario, part.options, part.alternatives, part.item),
  );
  view.outlooks = index.outlooks
    .filter((o) => o.holder === id)
    .map(({ outlook }) => ({ text: outlook.text, provenance: v.provenance(outlook) }));
  view.backlinks = v.links(listOf(index.backlinks, id));

  const summaries = new Map(index.source.data.paragraphs.map((p) => [p.place, p.summary]));
  view.cited = v.cites(v.cited()).map((cite) => ({ cite, summary: summaries.get(cite.place) ?? '' }));

  return view;
}

/** An entry's citation: its CSL-JSON record with the build's and its file's versions, in every format. */
function entryCitation(
  entry: AnyEntry,
  view: EntryView,
  site: URL | string,
  version: SiteVersion,
  formatCitation: CitationFormatter,
): CitationView {
  const input = entryCitationInput(entry, site, version);
  view.jsonLd = {
    ...view.jsonLd,
    version: `${version.build} (entry ${input.entryVersion})`,
    dateModified: version.date,
    publisher: { '@type': 'Organization', name: PUBLISHER },
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: new URL('/', site).href },
  };
  return formatCitation(input);
}
