/**
 * The sections of an entry page that the index derives: a scenario's own parts, memberships (or an
 * organization's members), stances by topic, relations by how they read, statements, events, the
 * scenarios the entry takes part in, and outlooks. Each is ordered and labelled here.
 */
import {
  eventAnchor,
  membershipAnchor,
  relationAnchors,
  stanceAnchor,
  statementAnchor,
  uniqueAnchors,
} from '../../model/anchors.ts';
import type { AnyEntry, KbEntry } from '../../model/entries.ts';
import type { Membership } from '../../model/schemas/collections.ts';
import { listOf, type KbIndex } from '../../model/index/kb-index.ts';
import { STANCE_TOPICS, STANCE_TOPIC_NAMES } from '../../model/vocab/stances.ts';
import { EVENT_PLACE_PART, PARTICIPANT_ROLES } from '../../model/vocab/relations.ts';
import { STATEMENT_ACTS } from '../../model/vocab/statements.ts';
import { membershipStatus, scenarioItem, stanceItem, type ScenarioItemView } from '../parts/claims.ts';
import type { LinkView, ProvenanceView, Viewer } from '../parts/viewer.ts';
import type { EntryView, EventItemView, RelationItemView, ScenarioSectionsView, StatementItemView } from './types.ts';

const DEGREES = { partly: 'partly', 'often-merged': 'often merged' } as const;

/** A scenario's own sections: triggers, signs, each actor's response and the organizations' roles. */
export function scenarioSections(v: Viewer, scenario: KbEntry<'scenarios'>): ScenarioSectionsView {
  const d = scenario.data;
  return {
    triggers: d.triggers.map((t) => ({ text: t.text, provenance: v.provenance(t) })),
    signs: d.signs.map((s) => ({ text: s.text, synthesis: s.synthesis, provenance: v.provenance(s) })),
    responses: d.responses.map((r) => scenarioItem(v, r.actor, r.options, r.alternatives, r)),
    roles: d.roles.map((r) => scenarioItem(v, r.actor, [r.text], false, r)),
  };
}

/**
 * An organization's members, or the organizations an entry belongs to, by title, each with its
 * history; `undefined` when there is neither.
 */
export function membershipSection(v: Viewer, index: KbIndex, entry: AnyEntry): EntryView['memberships'] {
  const byTitle = (a: { other: LinkView }, b: { other: LinkView }) => a.other.title.localeCompare(b.other.title, 'en');
  const row = (other: string, history: Membership['history']) => ({
    anchor: membershipAnchor(other),
    other: v.link(other),
    history: history.map((h) => membershipStatus(v, h)),
  });
  if (entry.collection === 'organizations' && entry.data.members.length) {
    return { section: 'members', rows: entry.data.members.map((m) => row(m.member, m.history)).sort(byTitle) };
  }
  const rows = listOf(index.memberships, entry.id)
    .map((m) => row(m.organization, m.history))
    .sort(byTitle);
  return rows.length ? { section: 'memberships', rows } : undefined;
}

/** The entry's stances (its own and its groups'), by topic in vocabulary order; topics without one left out. */
export function stanceSections(v: Viewer, index: KbIndex, id: string): EntryView['stances'] {
  const stances = listOf(index.stances, id);
  const sections = STANCE_TOPIC_NAMES.map((topic) => ({
    topic,
    label: STANCE_TOPICS[topic].label,
    items: stances.filter((s) => s.stance.topic === topic).map((s) => stanceItem(v, s.stance, s.derivedFrom)),
  })).filter((t) => t.items.length > 0);
  const items = sections.flatMap((t) => t.items);
  uniqueAnchors(items.map((item) => stanceAnchor(item.position))).forEach((anchor, i) => (items[i]!.anchor = anchor));
  return sections;
}

/**
 * The entry's relations grouped by how they read from it. Event participation is listed under
 * Events and in the event's infobox, and a person's offices in the person's infobox, so they are
 * not repeated here.
 */
export function relationSections(v: Viewer, index: KbIndex, id: string): EntryView['relations'] {
  const groups = new Map<string, RelationItemView[]>();
  for (const r of listOf(index.relations, id)) {
    if (r.derivedFrom === 'participants' || (r.derivedFrom === 'offices' && r.direction === 'forward')) continue;
    const item: RelationItemView = {
      anchor: '',
      type: r.type,
      forward: r.direction === 'forward',
      other: v.link(r.other),
      provenance: v.provenance(r.relation),
    };
    if (r.relation.degree) item.degree = DEGREES[r.relation.degree];
    if (r.relation.length) item.length = v.quantity(r.relation.length);
    const period = v.period(r.relation.period);
    if (period) item.period = period;
    if (r.relation.note) item.note = r.relation.note;
    groups.set(r.label, [...(groups.get(r.label) ?? []), item]);
  }
  const listed = [...groups].flatMap(([, items]) => items);
  relationAnchors(listed.map((item) => ({ type: item.type, other: item.other.id }))).forEach(
    (anchor, i) => (listed[i]!.anchor = anchor),
  );
  return [...groups].map(([label, items]) => ({ label, items }));
}

/** Statements by, about, or made at the entry; the entry itself is named "this entry". */
export function statementItems(v: Viewer, index: KbIndex, id: string): StatementItemView[] {
  return listOf(index.statements, id).map(({ speaker, statement }) => {
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
    if (statement.jointWith) item.jointWith = statement.jointWith.map((j) => (j === id ? undefined : v.link(j)));
    if (statement.date) item.date = v.date(statement.date);
    if (statement.event && statement.event !== id) item.event = v.link(statement.event);
    if (statement.quote) item.quote = statement.quote;
    return item;
  });
}

/**
 * Events the entry has a part in or is the place of, in timeline order (each event's page links its
 * place on the timeline); each names the entry's part unless it acted in it, and shows its date
 * with the date's own marker.
 */
export function eventItems(v: Viewer, index: KbIndex, id: string): EventItemView[] {
  return listOf(index.events, id).map((eventId) => {
    const event = index.byId.get(eventId) as KbEntry<'events'>;
    const role = event.data.participants.find((p) => p.id === id)?.role;
    const part = role ? PARTICIPANT_ROLES[role].part : EVENT_PLACE_PART;
    return {
      anchor: eventAnchor(eventId),
      link: v.link(eventId),
      date: v.datedClaim(event.data.date),
      ...(part ? { part } : {}),
    };
  });
}

/** The entry's parts in scenarios: its responses and roles, each under its scenario. */
export function scenarioParts(v: Viewer, index: KbIndex, id: string): ScenarioItemView[] {
  return listOf(index.scenarioParts, id).map((part) =>
    scenarioItem(v, part.scenario, part.options, part.alternatives, part.item),
  );
}

/** The outlooks the entry holds. */
export function outlookItems(v: Viewer, index: KbIndex, id: string): { text: string; provenance: ProvenanceView }[] {
  return index.outlooks
    .filter((o) => o.holder === id)
    .map(({ outlook }) => ({ text: outlook.text, provenance: v.provenance(outlook) }));
}
