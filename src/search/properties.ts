/**
 * What a reader can ask about an entry: one property for each kind of claim an entry page shows —
 * an infobox row (a fact key of the vocabulary, or a row of the collection's own: date, route,
 * status…), the members or memberships, each stance topic, each way a relation reads (including an
 * office's role), the statements and the events — and the filters a claim can be picked by (a
 * membership status, a statement's act). The words that ask for each are
 * derived from the vocabularies' labels, plus a small list of other words readers use for them
 * (`PROPERTY_SYNONYMS`). The catalogue is written into the search data, so the browser matches
 * the same words.
 */
import { FACT_KEYS } from '../model/vocab/facts.ts';
import { STATUS_LABELS } from '../model/vocab/labels.ts';
import { RELATION_TYPES, type RelationType } from '../model/vocab/relations.ts';
import { STANCE_TOPICS, STANCE_TOPIC_NAMES } from '../model/vocab/stances.ts';
import { STATEMENT_ACTS } from '../model/vocab/statements.ts';
import { slugify } from '../model/ids.ts';
import { stem, words } from './words.ts';

/** One thing a reader can ask for, with the stems of the words that ask for it. */
export interface Property {
  /** `f:troops`, `r:hosted-by`, `members`, `s:us-bases`, `statements`, `events`; `k:observer` for a filter. */
  key: string;
  words: string[];
}

/**
 * Other words readers use, by the key (or, for relations, the relation type) they ask for. Kept
 * short: a property's own label already gives its main words.
 */
const PROPERTY_SYNONYMS: Record<string, readonly string[]> = {
  'f:afghan-border': ['border', 'frontier', 'length', 'long', 'km'],
  'f:foreign-bases': ['base', 'host', 'military'],
  'f:troops': ['soldier', 'force', 'personnel', 'strength', 'size'],
  'f:lease': ['until', 'rent', 'term', 'length', 'long', 'duration'],
  'f:distance': ['far', 'km', 'from'],
  'f:founded': ['founding', 'found', 'establish', 'established', 'create', 'created', 'formed', 'year', 'since'],
  'f:refugees-hosted': ['refugee', 'host', 'many'],
  'f:date': ['when', 'date', 'day', 'year', 'happen'],
  'f:where': ['where', 'location', 'place'],
  'f:participants': ['participant', 'who', 'took', 'part', 'involved'],
  'f:route': ['route', 'connect', 'link', 'via', 'through', 'where', 'country'],
  'f:status': ['status'],
  'f:coordinates': ['coordinate', 'where', 'location'],
  'f:author': ['author', 'wrote', 'writer', 'who'],
  'f:publisher': ['publisher', 'published'],
  members: ['member', 'membership', 'belong', 'join', 'joined', 'state', 'country', 'status'],
  memberships: ['membership', 'member', 'belong', 'join', 'joined', 'organization', 'organisation', 'status'],
  statements: ['statement', 'say', 'said', 'says', 'word', 'quote', 'remark'],
  events: ['event', 'happen', 'timeline'],
  stances: ['stance', 'position', 'policy', 'view', 'approach', 'attitude', 'toward', 'towards'],
  'k:former': ['left', 'leave', 'quit', 'former'],
  'k:member': ['full'],
  'k:warned': ['warning', 'caution'],
  'k:pledged': ['promise', 'pledge', 'vow'],
  'k:said': ['say', 'says'],
  'k:demanded': ['demand'],
  'k:claimed': ['claim'],
  'k:announced': ['announcement'],
  borders: ['border', 'frontier', 'neighbour', 'neighbor', 'length', 'long', 'km', 'country'],
  hosts: ['base', 'host', 'military', 'facility'],
  operates: ['base', 'operate', 'run', 'military', 'facility'],
  leads: ['lead', 'leader', 'head', 'chief', 'run'],
  // Offices, by their role as listed where they are held: which of them a "leader" is.
  'r:president': ['leader', 'head', 'ruler', 'chief'],
  'r:secretary-general': ['leader', 'head', 'chief'],
  'aligned-with': ['ally', 'allies', 'allied', 'align', 'aligned'],
  'rival-of': ['rival', 'enemy', 'foe', 'compete'],
  governs: ['govern', 'rule', 'ruler', 'control'],
  supports: ['support', 'supporter', 'back', 'backer', 'backing', 'help'],
  'located-in': ['where', 'location', 'locate', 'situated', 'headquarters', 'seat'],
  connects: ['connect', 'link', 'route', 'via', 'where', 'country'],
  'agreement-with': ['agreement', 'agree', 'deal', 'treaty', 'accord'],
  'part-of': ['part', 'body', 'belong'],
  harboured: ['harbour', 'harbor', 'shelter', 'host'],
  'affiliate-of': ['affiliate', 'branch'],
  'member-of': ['member', 'belong'],
};

/** Stems of the meaningful words of `texts`. */
function stems(...texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => words(t)).map(stem))];
}

/**
 * What a relation that reads "would host" (one end does not exist yet) is asked for as: "hosts". A
 * proposed base is among the bases a state hosts, shown as what would be.
 */
const ACTUAL_READING = new Map(
  Object.values(RELATION_TYPES).flatMap((info) => {
    const prospective = (info as { prospective?: { label: string; inverse: string } }).prospective;
    return prospective
      ? [
          [prospective.label, info.label],
          [prospective.inverse, info.inverse],
        ]
      : [];
  }),
);

/** A property's key for a relation as it reads from a page ("hosted by" → `r:hosted-by`; an office's role too). */
export function relationProperty(label: string): string {
  return `r:${slugify(ACTUAL_READING.get(label) ?? label)}`;
}

/** A filter's key: a membership status or a statement's act. */
export function filterProperty(value: string): string {
  return `k:${value}`;
}

/**
 * The catalogue: every property and filter the vocabularies define, then the relation labels of
 * this knowledge base's offices (`roles`: how each office reads from the person, "President of",
 * and from where it is held, "President"), each with its words (a role's own, and for the offices
 * that head what they are held in, "leader", "head"…).
 */
export function propertyCatalogue(roles: readonly { label: string; person: boolean }[]): Property[] {
  const catalogue: Property[] = [];
  const add = (key: string, ...texts: string[]) =>
    catalogue.push({ key, words: stems(...texts, ...(PROPERTY_SYNONYMS[key] ?? [])) });
  for (const [key, info] of Object.entries(FACT_KEYS)) add(`f:${key}`, info.label);
  // The rows an infobox has of the collection's own (a base's status is also a fact key).
  for (const key of ['date', 'where', 'participants', 'after', 'route', 'coordinates', 'author', 'publisher'])
    add(`f:${key}`, key === 'after' ? 'came after' : key);
  add('members', 'members');
  add('memberships', 'memberships');
  for (const topic of STANCE_TOPIC_NAMES)
    add(`s:${topic}`, STANCE_TOPICS[topic].label, ...(PROPERTY_SYNONYMS.stances ?? []));
  add('statements', 'statements');
  add('events', 'events');
  for (const type of Object.keys(RELATION_TYPES) as RelationType[]) {
    const info = RELATION_TYPES[type];
    for (const label of new Set([info.label, info.inverse]))
      catalogue.push({ key: relationProperty(label), words: stems(label, ...(PROPERTY_SYNONYMS[type] ?? [])) });
  }
  for (const role of roles) {
    const key = relationProperty(role.label);
    if (catalogue.some((p) => p.key === key)) continue;
    const office = role.person ? ['office', 'post', 'role'] : [];
    catalogue.push({ key, words: stems(role.label, ...office, ...(PROPERTY_SYNONYMS[key] ?? [])) });
  }
  for (const [status, label] of Object.entries(STATUS_LABELS.membership)) add(filterProperty(status), label);
  for (const [act, label] of Object.entries(STATEMENT_ACTS)) add(filterProperty(act), label);
  return catalogue;
}
