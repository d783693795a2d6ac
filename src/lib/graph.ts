/**
 * The index of the knowledge base, built once: relations seen from both ends, memberships seen from
 * the member's side, stances derived from groups onto their members, statements on every entry they
 * concern, backlinks, "cited by" per paragraph and events per entry. Pages only read from it.
 */
import type { Membership } from '../schemas/collections.ts';
import type { Outlook, Relation, Stance, Statement } from '../schemas/shared.ts';
import type { Certainty } from './certainty.ts';
import { uniqueCites, type CitePlace } from './citations.ts';
import { compareDated } from './dates.ts';
import { mentionsOf, type AnyEntry, type KbEntry } from './entries.ts';
import { COLLECTIONS, slugify } from './ids.ts';
import { membersOfGroups } from './integrity.ts';
import { relationLabel, type RelationType } from './relations.ts';

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
  /** Set when the relation comes from another field: an event's participants or a route. */
  derivedFrom?: 'participants' | 'route';
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

export interface OfficeView {
  person: string;
  office: { role: string; of: string } & Record<string, unknown>;
}

export interface ScenarioPartView {
  scenario: string;
  part: 'response' | 'role';
  options: string[];
  alternatives: boolean;
  cite: CitePlace[];
  certainty: Certainty;
}

export interface OutlookView {
  holder: string;
  outlook: Outlook;
}

export interface KbIndex {
  /** Every entry, by collection order and then title. */
  entries: AnyEntry[];
  byId: Map<string, AnyEntry>;
  relations: Map<string, RelationView[]>;
  memberships: Map<string, MembershipView[]>;
  stances: Map<string, StanceView[]>;
  statements: Map<string, StatementView[]>;
  backlinks: Map<string, string[]>;
  events: Map<string, string[]>;
  citedBy: Map<CitePlace, string[]>;
  cites: Map<string, CitePlace[]>;
  officesHeld: Map<string, OfficeView[]>;
  officeHolders: Map<string, OfficeView[]>;
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
  const entries = [...input].sort((a, b) => collectionRank(a) - collectionRank(b) || a.data.title.localeCompare(b.data.title, 'en'));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const titleOf = (id: string) => byId.get(id)?.data.title ?? id;
  const byTitle = (a: string, b: string) => titleOf(a).localeCompare(titleOf(b), 'en');

  const index: KbIndex = {
    entries,
    byId,
    relations: new Map(),
    memberships: new Map(),
    stances: new Map(),
    statements: new Map(),
    backlinks: new Map(),
    events: new Map(),
    citedBy: new Map(),
    cites: new Map(),
    officesHeld: new Map(),
    officeHolders: new Map(),
    scenarioParts: new Map(),
    outlooks: [],
    groupMembers: membersOfGroups(entries),
    aliases: new Map(),
  };

  const addRelation = (source: string, target: string, relation: Relation, writtenOn: string, derivedFrom?: RelationView['derivedFrom']) => {
    const base = { type: relation.type, relation, writtenOn, derivedFrom };
    push(index.relations, source, { ...base, direction: 'forward', label: relationLabel(relation.type, 'forward'), other: target });
    push(index.relations, target, { ...base, direction: 'inverse', label: relationLabel(relation.type, 'inverse'), other: source });
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
          push(index.memberships, membership.member, { organization: entry.id, member: membership.member, history: membership.history });
        }
        break;
      case 'events': {
        const event = entry as KbEntry<'events'>;
        for (const participant of event.data.participants) {
          addRelation(participant, event.id, { type: 'participated-in', target: event.id, cite: event.data.cite, certainty: 'stated' } as Relation, event.id, 'participants');
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
            addRelation(entry.id, stop, { type: 'connects', target: stop, cite: route.cite, certainty: route.certainty } as Relation, entry.id, 'route');
          }
        }
        break;
      }
      case 'scenarios':
        for (const r of entry.data.responses) {
          push(index.scenarioParts, r.actor, { scenario: entry.id, part: 'response', options: r.options, alternatives: r.alternatives, cite: r.cite, certainty: r.certainty });
        }
        for (const r of entry.data.roles) {
          push(index.scenarioParts, r.actor, { scenario: entry.id, part: 'role', options: [r.text], alternatives: false, cite: r.cite, certainty: r.certainty });
        }
        break;
      default:
        break;
    }

    if (entry.collection === 'actors' || entry.collection === 'organizations') {
      for (const statement of entry.data.statements) {
        const view = { speaker: entry.id, statement };
        const concerned = new Set([entry.id, ...statement.about, ...(statement.event ? [statement.event] : []), ...(statement.onBehalfOf ? [statement.onBehalfOf] : [])]);
        for (const id of concerned) push(index.statements, id, view);
      }
      for (const outlook of entry.data.outlooks) index.outlooks.push({ holder: entry.id, outlook });
    }

    if (entry.collection === 'actors') {
      for (const office of entry.data.offices) {
        const view = { person: entry.id, office };
        push(index.officesHeld, entry.id, view);
        push(index.officeHolders, office.of, view);
      }
      for (const stance of entry.data.stances) push(index.stances, entry.id, { holder: entry.id, stance });
    }

    for (const alias of entry.data.aliases) index.aliases.set(slugify(alias), entry.id);
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

  const eventOrder = (a: string, b: string) => {
    const ea = byId.get(a) as KbEntry<'events'>;
    const eb = byId.get(b) as KbEntry<'events'>;
    return compareDated({ id: a, date: ea.data.date }, { id: b, date: eb.data.date });
  };
  for (const [id, set] of backlinks) index.backlinks.set(id, [...set].sort(byTitle));
  for (const [id, set] of events) index.events.set(id, [...set].sort(eventOrder));
  for (const [place, set] of citedBy) index.citedBy.set(place, [...set].sort(byTitle));
  for (const list of index.relations.values()) list.sort((a, b) => a.label.localeCompare(b.label) || byTitle(a.other, b.other));
  for (const list of index.memberships.values()) list.sort((a, b) => byTitle(a.organization, b.organization));

  return index;
}

/** Events in the knowledge base, in timeline order. */
export function orderedEvents(index: KbIndex): KbEntry<'events'>[] {
  return index.entries
    .filter((e): e is KbEntry<'events'> => e.collection === 'events')
    .sort((a, b) => compareDated({ id: a.id, date: a.data.date }, { id: b.id, date: b.data.date }));
}
