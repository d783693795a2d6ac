/**
 * The shape of an entry page's view: everything the page shows, already scoped, ordered and
 * labelled. The claims it shares with other pages (facts, membership statuses, stances, scenario
 * parts) are typed in `../parts/claims.ts`.
 */
import type { CitationInput, CitationView } from '../../citations/formats.ts';
import type { CollectionName } from '../../model/ids.ts';
import type { RelationType } from '../../model/vocab/relations.ts';
import type { StanceTopic } from '../../model/vocab/stances.ts';
import type { LocalGraphView } from '../../network/local-graph.ts';
import type { InfoValue, MembershipStatusView, ScenarioItemView, StanceItemView } from '../parts/claims.ts';
import type { CiteView, DateView, LinkView, PeriodView, ProvenanceView, QuantityView } from '../parts/viewer.ts';

/** Turns a citation's input into every format (`citationView`, or a cache of its results). */
export type CitationFormatter = (input: CitationInput) => CitationView;

/** One infobox row: a label with one or more values. */
export interface InfoRow {
  /** What the row holds: a fact key (`afghan-border`), a row of the collection's own (`date`, `route`…) or `office`. */
  key: string;
  label: string;
  values: InfoValue[];
}

interface MembershipRowView {
  /** The row's fragment id on the page: `m-<the other end>`. */
  anchor: string;
  other: LinkView;
  history: MembershipStatusView[];
}

export interface RelationItemView {
  /** The relation's fragment id on the page: `r-<the other end>` (see `relationAnchors`). */
  anchor: string;
  type: RelationType;
  /** Whether the entry whose page lists it is the relation's source. */
  forward: boolean;
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
  /** The parties it was made jointly with; `undefined` stands for "this entry". */
  jointWith?: (LinkView | undefined)[];
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
  /** The row's fragment id on the page: the event's id, as on the timeline. */
  anchor: string;
  link: LinkView;
  date: DateView;
  /** The entry's part when it did not act in the event: "target", "supporter", "host", or "place". */
  part?: string;
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
  /** Names the place took after the article, each dated with its context marker. */
  laterNames: { name: string; from: DateView }[];
  /** Set when the whole entry is context not named in the article. */
  context?: string;
  /** Pagefind weight of the title: names outrank titles that describe happenings. */
  titleWeight: number;
  /**
   * The entry's position in the index's order, which the search data keeps: the page carries it as
   * a Pagefind sort key, so search can tell which of Pagefind's pages is which entry.
   */
  searchKey: number;
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

/** An entry page's view without what depends on the site's address and version (JSON-LD, citation). */
export type EntryCoreView = Omit<EntryView, 'jsonLd' | 'citation'>;
