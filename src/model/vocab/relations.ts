/**
 * The one relation vocabulary. A relation is written once, on either of its two entries, and
 * rendered on both: each type has a label read from its source, an inverse label read from its
 * target, a symmetric flag, and the collections each end may belong to.
 */
import type { CollectionName } from '../ids.ts';

export interface RelationTypeInfo {
  /** Read from the source: "Tajikistan — hosts — 201st Military Base". */
  label: string;
  /** Read from the target: "201st Military Base — hosted by — Tajikistan". */
  inverse: string;
  /** A symmetric relation reads the same from both ends ("borders", "rival of"). */
  symmetric: boolean;
  /** Collections the source entry may belong to. */
  from: readonly CollectionName[];
  /** Collections the target entry may belong to. */
  to: readonly CollectionName[];
  /** The label itself puts the tie in the past ("harboured"). */
  past?: boolean;
  /**
   * How it reads, from each end, when one end does not exist yet (a proposed base): "would host",
   * "would be hosted by". Without it the relation type cannot involve a proposed base.
   */
  prospective?: { label: string; inverse: string };
}

const AGENTS = ['actors', 'organizations'] as const;
const LOCATABLE = ['bases', 'places', 'infrastructure', 'organizations', 'events'] as const;

export const RELATION_TYPES = {
  'member-of': {
    label: 'member of',
    inverse: 'has member',
    symmetric: false,
    from: ['actors'],
    // Membership of an organization is written as a membership history on the organization.
    to: ['actors'],
  },
  'part-of': {
    label: 'part of',
    inverse: 'has part',
    symmetric: false,
    from: ['organizations', 'bases'],
    to: ['organizations', 'bases'],
  },
  hosts: {
    label: 'hosts',
    inverse: 'hosted by',
    symmetric: false,
    from: ['actors'],
    to: ['bases', 'organizations'],
    prospective: { label: 'would host', inverse: 'would be hosted by' },
  },
  operates: {
    label: 'operates',
    inverse: 'operated by',
    symmetric: false,
    from: AGENTS,
    to: ['bases', 'infrastructure'],
    prospective: { label: 'would operate', inverse: 'would be operated by' },
  },
  borders: {
    label: 'borders',
    inverse: 'borders',
    symmetric: true,
    from: ['actors', 'places'],
    to: ['actors', 'places'],
  },
  leads: { label: 'leads', inverse: 'led by', symmetric: false, from: AGENTS, to: AGENTS },
  'aligned-with': { label: 'aligned with', inverse: 'aligned with', symmetric: true, from: ['actors'], to: ['actors'] },
  'affiliate-of': {
    label: 'affiliate of',
    inverse: 'has affiliate',
    symmetric: false,
    from: ['actors'],
    to: ['actors'],
  },
  'rival-of': { label: 'rival of', inverse: 'rival of', symmetric: true, from: ['actors'], to: ['actors'] },
  harboured: {
    label: 'harboured',
    inverse: 'harboured by',
    symmetric: false,
    from: ['actors'],
    to: ['actors'],
    past: true,
  },
  governs: { label: 'governs', inverse: 'governed by', symmetric: false, from: ['actors'], to: ['actors', 'places'] },
  'agreement-with': { label: 'agreement with', inverse: 'agreement with', symmetric: true, from: AGENTS, to: AGENTS },
  supports: {
    label: 'supports',
    inverse: 'supported by',
    symmetric: false,
    from: AGENTS,
    to: ['actors', 'organizations', 'infrastructure'],
  },
  'participated-in': { label: 'took part in', inverse: 'participants', symmetric: false, from: AGENTS, to: ['events'] },
  'located-in': {
    label: 'located in',
    inverse: 'location of',
    symmetric: false,
    from: LOCATABLE,
    to: ['places', 'actors'],
    prospective: { label: 'would be located in', inverse: 'would be the location of' },
  },
  connects: {
    label: 'connects',
    inverse: 'connected by',
    symmetric: false,
    from: ['infrastructure'],
    to: ['places', 'actors'],
  },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/**
 * The parts a participant plays in an event. Each reads its own way from the participant (the
 * derived `participated-in` relation's label), from the event (its inverse, the event's infobox
 * row) and on the timeline, so a target or a supporter is never said to have taken part.
 */
export const PARTICIPANT_ROLES = {
  /** Acts in the event: "Russia took part in the Termez exercise". */
  actor: { label: 'took part in', inverse: 'participants', row: 'Participants', timeline: 'With', part: '' },
  /** What the event was aimed at: "the United States, target of the September 2001 attacks". */
  target: { label: 'target of', inverse: 'target', row: 'Target', timeline: 'Against', part: 'target' },
  /** Backs one of the actors from outside (`of`): "Turkey backed Azerbaijan in the war". */
  supporter: {
    label: 'backed a party to',
    inverse: 'supporters',
    row: 'Supported by',
    timeline: 'Backed by',
    part: 'supporter',
  },
  /** The state on whose soil, and with whose consent, it took place: "Kazakhstan hosted UNAMA's staff". */
  host: { label: 'hosted', inverse: 'host', row: 'Host', timeline: 'Hosted by', part: 'host' },
} as const satisfies Record<string, { label: string; inverse: string; row: string; timeline: string; part: string }>;

/** An entry's part in an event it is only the place of, as its list of events names it. */
export const EVENT_PLACE_PART = 'place';

export type ParticipantRole = keyof typeof PARTICIPANT_ROLES;
export const PARTICIPANT_ROLE_NAMES = Object.keys(PARTICIPANT_ROLES) as [ParticipantRole, ...ParticipantRole[]];

/** Degrees of alignment the article distinguishes ("aligned, and often merged"). */
export const ALIGNMENT_DEGREES = ['partly', 'often-merged'] as const;

/** Whether a relation type has words for an end that does not exist yet ("would host"). */
export function hasProspectiveWords(type: RelationType): boolean {
  return (RELATION_TYPES[type] as RelationTypeInfo).prospective !== undefined;
}

/**
 * How a relation reads from one of its ends; `prospective` when one end does not exist yet (a
 * proposed base), which the type must then have words for.
 */
export function relationLabel(
  type: RelationType,
  direction: 'forward' | 'inverse',
  mood: 'actual' | 'prospective' = 'actual',
): string {
  const info: RelationTypeInfo = RELATION_TYPES[type];
  const words = mood === 'prospective' ? info.prospective : info;
  if (!words) throw new RangeError(`a "${type}" relation has no words for an end that does not exist yet`);
  return direction === 'forward' || info.symmetric ? words.label : words.inverse;
}

/**
 * Why an entry of `collection` may not stand at `end` of a relation of `type`, or `undefined` if it
 * may. The message names the collections that are allowed.
 */
export function relationEndProblem(
  type: RelationType,
  end: 'from' | 'to',
  collection: CollectionName,
): string | undefined {
  const allowed: readonly CollectionName[] = RELATION_TYPES[type][end];
  if (allowed.includes(collection)) return undefined;
  const side = end === 'from' ? 'source' : 'target';
  return `a "${type}" relation's ${side} must be one of ${allowed.join(', ')}, not ${collection}`;
}
