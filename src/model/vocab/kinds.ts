/**
 * The kinds of entry within each collection, with the labels used for an entry's type line, for
 * grouping list pages and for the search filter. Collection labels live here too so every page
 * names them the same way.
 */
import type { CollectionName } from '../ids.ts';

/** `[singular, plural]` label of a kind. */
type Labels = readonly [string, string];

const KINDS = {
  actors: {
    state: ['State', 'States'],
    'state-group': ['Group of states', 'Groups of states'],
    government: ['Government', 'Governments'],
    person: ['Person', 'People'],
    'armed-group': ['Armed group', 'Armed groups'],
    'ethnic-group': ['Ethnic group', 'Ethnic groups'],
  },
  organizations: {
    alliance: ['Military alliance', 'Military alliances'],
    'regional-organization': ['Regional organization', 'Regional organizations'],
    'international-organization': ['International organization', 'International organizations'],
    'un-mission': ['UN mission', 'UN missions'],
    'organization-body': ['Body of an organization', 'Bodies of organizations'],
  },
  bases: {
    'military-base': ['Military base', 'Military bases'],
    'air-base': ['Air base', 'Air bases'],
    'training-ground': ['Training ground', 'Training grounds'],
    'transit-center': ['Transit centre', 'Transit centres'],
  },
  places: {
    capital: ['Capital', 'Capitals'],
    city: ['City', 'Cities and towns'],
    province: ['Province', 'Provinces'],
    region: ['Region', 'Regions'],
    'border-crossing': ['Border crossing', 'Border crossings'],
  },
  infrastructure: {
    bridge: ['Bridge', 'Bridges'],
    railway: ['Railway', 'Railways'],
    pipeline: ['Pipeline', 'Pipelines'],
    'power-line': ['Power line', 'Power lines'],
    programme: ['Programme', 'Programmes'],
  },
  events: {
    summit: ['Summit', 'Summits'],
    meeting: ['Meeting', 'Meetings and talks'],
    call: ['Call', 'Calls'],
    exercise: ['Exercise', 'Exercises'],
    agreement: ['Agreement', 'Agreements'],
    conflict: ['Conflict or crisis', 'Conflicts and crises'],
    displacement: ['Displacement', 'Displacements of people'],
    'military-move': ['Military move', 'Military moves'],
    'political-change': ['Political change', 'Political changes'],
    'institutional-step': ['Institutional step', 'Institutional steps'],
    policy: ['Policy or decision', 'Policies and decisions'],
  },
  scenarios: { benign: ['Benign scenario', 'Benign'], malign: ['Malign scenario', 'Malign'] },
  sources: { article: ['Article', 'Articles'] },
} as const satisfies Record<CollectionName, Record<string, Labels>>;

export type KindOf<C extends CollectionName> = keyof (typeof KINDS)[C] & string;

/** The kinds of a collection as a non-empty tuple, in display order (for zod enums). */
export function kindsOf<C extends CollectionName>(collection: C): [KindOf<C>, ...KindOf<C>[]] {
  return Object.keys(KINDS[collection]) as [KindOf<C>, ...KindOf<C>[]];
}

function labelsOf(collection: CollectionName, kind: string): Labels {
  const labels = (KINDS[collection] as Record<string, Labels>)[kind];
  if (!labels) throw new RangeError(`"${kind}" is not a kind of ${collection}`);
  return labels;
}

/** The singular label of a kind, for an entry's type line: `state` → "State". */
export function kindLabel(collection: CollectionName, kind: string): string {
  return labelsOf(collection, kind)[0];
}

/** The plural label of a kind, for list-page groups: `state` → "States". */
export function kindGroupLabel(collection: CollectionName, kind: string): string {
  return labelsOf(collection, kind)[1];
}

/** Collection names as readers see them: plural for lists, singular for a page's type line. */
export const COLLECTION_LABELS: Record<CollectionName, { plural: string; singular: string }> = {
  actors: { plural: 'Actors', singular: 'Actor' },
  organizations: { plural: 'Organizations', singular: 'Organization' },
  bases: { plural: 'Bases', singular: 'Base' },
  places: { plural: 'Places', singular: 'Place' },
  infrastructure: { plural: 'Infrastructure', singular: 'Infrastructure' },
  events: { plural: 'Events', singular: 'Event' },
  scenarios: { plural: 'Scenarios', singular: 'Scenario' },
  sources: { plural: 'Sources', singular: 'Source' },
};
