/**
 * What the network's legend and filters name: the collections it draws (and which of them the
 * unfiltered picture shows), the shape of each collection's nodes, and the families of relation
 * types the edges are coloured by.
 */
import { NETWORK_COLLECTIONS, type CollectionName } from '../model/ids.ts';
import type { RelationType } from '../model/vocab/relations.ts';

export { NETWORK_COLLECTIONS };
export type NetworkCollection = (typeof NETWORK_COLLECTIONS)[number];

/** Whether the network draws entries of a collection. */
export const isNetworkCollection = (c: CollectionName): c is NetworkCollection =>
  (NETWORK_COLLECTIONS as readonly string[]).includes(c);

/** Collections shown when no filter is given; the others are added through filters. */
export const CORE_COLLECTIONS: readonly NetworkCollection[] = ['actors', 'organizations', 'bases'];

/** The shape of a node, by collection. */
export const NODE_SHAPES: Record<NetworkCollection, 'circle' | 'hexagon' | 'square' | 'diamond' | 'triangle' | 'dot'> =
  {
    actors: 'circle',
    organizations: 'hexagon',
    bases: 'square',
    places: 'diamond',
    infrastructure: 'triangle',
    events: 'dot',
  };
export type NodeShape = (typeof NODE_SHAPES)[NetworkCollection];

/**
 * Relation types grouped into the families the picture colours them by, in legend order. Every
 * relation type belongs to exactly one family.
 */
export const RELATION_FAMILIES = [
  {
    id: 'alliance',
    label: 'Membership and alignment',
    types: ['member-of', 'part-of', 'aligned-with', 'affiliate-of'],
  },
  { id: 'military', label: 'Hosting and operating bases', types: ['hosts', 'operates'] },
  {
    id: 'cooperation',
    label: 'Leadership, support and agreements',
    types: ['leads', 'governs', 'supports', 'agreement-with'],
  },
  { id: 'hostility', label: 'Rivalry and harbouring', types: ['rival-of', 'harboured'] },
  { id: 'geography', label: 'Borders, locations and routes', types: ['borders', 'located-in', 'connects'] },
  { id: 'events', label: 'Parts in events (acting, target, backing, hosting)', types: ['participated-in'] },
] as const satisfies readonly { id: string; label: string; types: readonly RelationType[] }[];
export type RelationFamily = (typeof RELATION_FAMILIES)[number]['id'];

/** The family a relation type is coloured by. */
export function relationFamily(type: RelationType): RelationFamily {
  const family = RELATION_FAMILIES.find((f) => (f.types as readonly RelationType[]).includes(type));
  if (!family) throw new RangeError(`relation type "${type}" belongs to no family of the network legend`);
  return family.id;
}
