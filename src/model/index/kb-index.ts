/**
 * The index of the knowledge base, built once: relations seen from both ends, memberships seen from
 * the member's side, stances derived from groups onto their members, statements on every entry they
 * concern, backlinks, "cited by" per paragraph and events per entry. Pages only read from it.
 */
import type { Membership } from '../schemas/collections.ts';
import type { Outlook, Relation, Stance, Statement } from '../schemas/shared.ts';
import { uniqueCites, type CitePlace } from '../article-places.ts';
import { orderEvents } from '../event-order.ts';
import { mentionsOf, type AnyEntry, type KbEntry } from '../entries.ts';
import { COLLECTIONS, slugify } from '../ids.ts';
import { membersOfGroups } from '../integrity/check.ts';
import type { ProvenanceInput } from '../provenance.ts';
import type { RelationDerivedFrom } from '../vocab/derived.ts';
import { relationLabel, type RelationType } from '../vocab/relations.ts';
import { SOURCE_ID } from '../article-places.ts';

export interface RelationView {
  type: RelationType;
  /** `forward` when the entry being viewed is the relation's source. */
  direction: 'forward' | 'inverse';
  /** How the relation reads from the entry being viewed. */
  label: string;
  /** The entry at the other end. */
  other: string;
  /** Period, certainty, citation and remarks of the relation. */
  relation: Relation;
  /** The entry whose file states the relation. */
  writtenOn: string;
  /** Set when the relation comes from another field: an event's participants, a route or a person's offices. */
  derivedFrom?: RelationDerivedFrom;
}

export interface MembershipView {
  organization: string;
  member: string;
  history: Membership['history'];
}

export interface StanceView {
  /** The state the stance is shown for. */
  holder: string;
  stance: Stance;
  /** The group the stance was written on, when derived from a group. */
  derivedFrom?: string;
}

export interface StatementView {
  /** The entry whose file holds the statement. */
  speaker: string;
  statement: Statement;
}

export interface ScenarioPartView {
  scenario: string;
  part: 'response' | 'role';
  options: string[];
  alternatives: boolean;
  /** The response or role itself, for its provenance. */
  item: ProvenanceInput;
}

export interface OutlookView {
  holder: string;
  outlook: Outlook;
}

export interface KbIndex {
  /** Every entry, by collection order and then title. */
  entries: AnyEntry[];
  byId: Map<string, AnyEntry>;
  /** The source article every citation points into. */
  source: KbEntry<'sources'>;
  relations: Map<string, RelationView[]>;
  memberships: Map<string, MembershipView[]>;
  stances: Map<string, StanceView[]>;
  statements: Map<string, StatementView[]>;
  backlinks: Map<string, string[]>;
  events: Map<string, string[]>;
  citedBy: Map<CitePlace, string[]>;
  cites: Map<string, CitePlace[]>;
  scenarioParts: Map<string, ScenarioPartView[]>;
  outlooks: OutlookView[];
  /** Members of each group of states (from `member-of` relations). */
  groupMembers: Map<string, Set<string>>;
  /** Alias slug → id of the entry it names. */
  aliases: Map<string, string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads a list from an index map; absent keys give an empty list. */
export function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  return map.get(key) ?? [];
}

/** Builds the index. Expects content that passed the integrity check. */
export function buildIndex(input: readonly AnyEntry[]): KbIndex {
  const collectionRank = (e: AnyEntry) => COLLECTIONS.indexOf(e.collection);
  const entries = [...input].sort(
    (a, b) => collectionRank(a) - collectionRank(b) || a.data.title.localeCompare(b.data.title, 'en'),
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  const titleOf = (id: string) => byId.get(id)?.data.title ?? id;
  const byTitle = (a: string, b: string) => titleOf(a).localeCompare(titleOf(b), 'en');

  const source = byId.get(SOURCE_ID);
  if (source?.collection !== 'sources') throw new Error(`buildIndex: the source entry "${SOURCE_ID}" is missing`);
  const index: KbIndex = {
    entries,
    byId,
    source,
    relations: new Map(),
    memberships: new Map(),
    stances: new Map(),
    statements: new Map(),
    backlinks: new Map(),
    events: new Map(),
    citedBy: new Map(),
    cites: new Map(),
    scenarioParts: new Map(),
    outlooks: [],
    groupMembers: membersOfGroups(entries),
    aliases: new Map(),
  };

  const addRelation = (
    source: string,
    target: string,
    relation: Relation,
    writtenOn: string,
    derivedFrom?: RelationView['derivedFrom'],
    labels?: { forward: string; inverse: string },
  ) => {
    const base = { type: relation.type, relation, writtenOn, derivedFrom };
    push(index.relations, source, {
      ...base,
      direction: 'forward',
      label: labels?.forward ?? relationLabel(relation.type, 'forward'),
      other: target,
    });
    push(index.relations, target, {
      ...base,
      direction: 'inverse',
      label: labels?.inverse ?? relationLabel(relation.type, 'inverse'),
      other: source,
    });
  };

  const backlinks = new Map<string, Set<string>>();
  const events = new Map<string, Set<string>>();
  const citedBy = new Map<CitePlace, Set<string>>();

  for (const entry of entries) {
    for (const rel of entry.data.relations) {
      if (rel.target !== undefined) addRelation(entry.id, rel.target, rel, entry.id);
      else addRelation(rel.from!, entry.id, rel, entry.id);
    }

    const found = mentionsOf(entry);
    const cites = uniqueCites(found.cites.map((c) => c.place as CitePlace));
    index.cites.set(entry.id, cites);
    for (const place of cites) {
      if (!citedBy.has(place)) citedBy.set(place, new Set());
      citedBy.get(place)!.add(entry.id);
    }
    for (const id of [...found.ids.map((r) => r.id), ...found.relationEnds.map((r) => r.id)]) {
      if (id === entry.id) continue;
      if (!backlinks.has(id)) backlinks.set(id, new Set());
      backlinks.get(id)!.add(entry.id);
    }

    switch (entry.collection) {
      case 'organizations':
        for (const membership of entry.data.members) {
          push(index.memberships, membership.member, {
            organization: entry.id,
            member: membership.member,
            history: membership.history,
          });
        }
        break;
      case 'events': {
        const event = entry as KbEntry<'events'>;
        for (const participant of event.data.participants) {
          addRelation(
            participant,
            event.id,
            { type: 'participated-in', target: event.id, cite: event.data.cite, certainty: 'stated' } as Relation,
            event.id,
            'participants',
          );
        }
        const touched = [...event.data.participants, ...(event.data.location ? [event.data.location] : [])];
        for (const id of touched) {
          if (!events.has(id)) events.set(id, new Set());
          events.get(id)!.add(event.id);
        }
        break;
      }
      case 'infrastructure': {
        const route = entry.data.route;
        if (route) {
          for (const stop of route.via) {
            addRelation(
              entry.id,
              stop,
              {
                type: 'connects',
                target: stop,
                cite: route.cite,
                certainty: route.certainty,
                context: route.context,
              } as Relation,
              entry.id,
              'route',
            );
          }
        }
        break;
      }
      case 'scenarios':
        for (const r of entry.data.responses) {
          push(index.scenarioParts, r.actor, {
            scenario: entry.id,
            part: 'response',
            options: r.options,
            alternatives: r.alternatives,
            item: r,
          });
        }
        for (const r of entry.data.roles) {
          push(index.scenarioParts, r.actor, {
            scenario: entry.id,
            part: 'role',
            options: [r.text],
            alternatives: false,
            item: r,
          });
        }
        break;
      default:
        break;
    }

    if (entry.collection === 'actors' || entry.collection === 'organizations') {
      for (const statement of entry.data.statements) {
        const view = { speaker: entry.id, statement };
        const concerned = new Set([
          entry.id,
          ...statement.about,
          ...(statement.event ? [statement.event] : []),
          ...(statement.onBehalfOf ? [statement.onBehalfOf] : []),
        ]);
        for (const id of concerned) push(index.statements, id, view);
      }
      for (const outlook of entry.data.outlooks) index.outlooks.push({ holder: entry.id, outlook });
    }

    if (entry.collection === 'actors') {
      // An office is a `leads` relation read by its role from both ends: "President of" Russia on
      // the person's side, "President" on the state's.
      for (const office of entry.data.offices) {
        const relation = {
          type: 'leads',
          target: office.of,
          period: { from: office.since, to: office.until },
          cite: office.cite,
          certainty: office.certainty,
          context: office.context,
          attributedTo: office.attributedTo,
        };
        addRelation(entry.id, office.of, relation as Relation, entry.id, 'offices', {
          forward: `${office.role} of`,
          inverse: office.role,
        });
      }
      for (const stance of entry.data.stances) push(index.stances, entry.id, { holder: entry.id, stance });
    }

    for (const alias of entry.data.aliases) index.aliases.set(slugify(alias), entry.id);
    if (entry.collection === 'places')
      for (const later of entry.data.laterNames) index.aliases.set(slugify(later.name), entry.id);
  }

  // Stances written on a group are shown on each member they apply to.
  for (const [group, members] of index.groupMembers) {
    const groupEntry = byId.get(group);
    if (groupEntry?.collection !== 'actors') continue;
    for (const stance of groupEntry.data.stances) {
      for (const member of stance.appliesTo ?? [...members].sort()) {
        push(index.stances, member, { holder: member, stance, derivedFrom: group });
      }
    }
  }

  // Every list of events follows the one order of the timeline.
  const timeline = orderedEvents(index).map((e) => e.id);
  const rank = new Map(timeline.map((id, i) => [id, i]));
  for (const [id, set] of backlinks) index.backlinks.set(id, [...set].sort(byTitle));
  for (const [id, set] of events)
    index.events.set(
      id,
      [...set].sort((a, b) => rank.get(a)! - rank.get(b)!),
    );
  for (const [place, set] of citedBy) index.citedBy.set(place, [...set].sort(byTitle));
  for (const list of index.relations.values())
    list.sort((a, b) => a.label.localeCompare(b.label) || byTitle(a.other, b.other));
  for (const list of index.memberships.values()) list.sort((a, b) => byTitle(a.organization, b.organization));

  return index;
}

/** Events in the knowledge base, in timeline order (see `event-order.ts`). */
export function orderedEvents(index: Pick<KbIndex, 'entries'>): KbEntry<'events'>[] {
  const events = index.entries.filter((e): e is KbEntry<'events'> => e.collection === 'events');
  const ordered = orderEvents(events.map((e) => ({ id: e.id, date: e.data.date, after: e.data.after, entry: e })));
  return ordered.map((o) => o.entry);
}
