/**
 * Claims as every page shows them: a typed fact as a value, a status in a membership history, a
 * stance with its scope, and an actor's part in a scenario. Entry pages, the home page and the
 * comparison pages build them here, so a claim reads the same wherever it appears.
 */
import type { Membership } from '../../model/schemas/collections.ts';
import type { Fact, Stance } from '../../model/schemas/shared.ts';
import { factKeyInfo } from '../../model/vocab/facts.ts';
import { STATUS_LABELS } from '../../model/vocab/labels.ts';
import { positionLabel, type StanceTopic } from '../../model/vocab/stances.ts';
import type { DateView, LinkView, PeriodView, ProvenanceView, QuantityView, ScopeView, Viewer } from './viewer.ts';

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
  /** A link to the same thing elsewhere on the site (an event's place on the timeline). */
  seeAlso?: { text: string; path: string };
  /** The claim's fragment id on the entry page (set by the infobox). */
  anchor?: string;
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

export interface StanceItemView {
  /** The stance's fragment id on the entry page (set by the entry's stances; tables leave it out). */
  anchor?: string;
  topic: StanceTopic;
  position: string;
  positionLabel: string;
  scope?: ScopeView;
  /** What the state does, whom it spares and why: on entry pages; a table's cell leaves them empty. */
  measures: string[];
  exceptions: string[];
  reasons: string[];
  /** The remark that qualifies the position ("over the past year"): kept wherever the stance is shown. */
  note?: string;
  provenance: ProvenanceView;
}

export interface ScenarioItemView {
  /** The actor (on a scenario page) or the scenario (on an actor's page). */
  who: LinkView;
  options: string[];
  /** How several options combine. */
  combine?: 'alternatives' | 'all';
  provenance: ProvenanceView;
}

/** One typed fact as an infobox or table value. */
export function factValue(v: Viewer, fact: Fact): InfoValue {
  const value: InfoValue = {};
  if (fact.none) value.none = factKeyInfo(fact.key).noneText ?? 'None';
  if (fact.quantity) value.quantity = v.quantity(fact.quantity, fact.reference);
  if (fact.date) value.date = v.date(fact.date);
  if (fact.text) value.text = fact.text;
  const period = v.period(fact.period);
  if (period) value.period = period;
  if (fact.note) value.note = fact.note;
  value.provenance = v.provenance(fact);
  return value;
}

/** One status in a membership history, as every page shows it. */
export function membershipStatus(v: Viewer, status: Membership['history'][number]): MembershipStatusView {
  const view: MembershipStatusView = {
    label: STATUS_LABELS.membership[status.status],
    sinceWord: status.status === 'former' ? 'since leaving in' : 'since',
    provenance: v.provenance(status),
  };
  if (status.since) view.since = v.date(status.since);
  if (status.until) view.until = v.date(status.until);
  if (status.note) view.note = status.note;
  return view;
}

/**
 * A stance as shown anywhere: position, scope (members, group, condition), its qualifying note and
 * provenance; on an entry page (`full`) also its measures, exceptions and reasons, which a table's
 * `cell` leaves to the entry page. The note goes with the position everywhere: a cell that dropped
 * it would say more than the article ("admits Afghan students" without "the article does not say
 * how other Afghans are treated").
 */
export function stanceItem(
  v: Viewer,
  stance: Stance,
  derivedFrom?: string,
  shape: 'full' | 'cell' = 'full',
): StanceItemView {
  const full = shape === 'full';
  const item: StanceItemView = {
    topic: stance.topic,
    position: stance.position,
    positionLabel: positionLabel(stance.topic, stance.position),
    measures: full ? (stance.measures ?? []) : [],
    exceptions: full ? (stance.exceptions ?? []) : [],
    reasons: full ? (stance.reasons ?? []) : [],
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
  item: object,
): ScenarioItemView {
  const view: ScenarioItemView = { who: v.link(who), options, provenance: v.provenance(item) };
  if (options.length > 1) view.combine = alternatives ? 'alternatives' : 'all';
  return view;
}
