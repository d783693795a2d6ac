/**
 * Entry ids, collection names and the URLs built from them.
 *
 * An entry id is the kebab-case file name of an entry. Ids are unique across every collection, so a
 * link can name an id alone; the collection is looked up, never guessed.
 */

/**
 * The content collections, in the order the site presents them, with how the site serves each: every
 * other list of collections derives from this one table.
 * - `entryPages`: each entry has a page at `/<collection>/<id>/` (the source has a page of its own);
 * - `listPage`: the collection has a generic list page at `/<collection>/` (scenarios have a
 *   comparison page instead);
 * - `network`: its entries are nodes of the network (scenarios and sources are not actors in it).
 */
const COLLECTION_TABLE = {
  actors: { entryPages: true, listPage: true, network: true },
  organizations: { entryPages: true, listPage: true, network: true },
  bases: { entryPages: true, listPage: true, network: true },
  places: { entryPages: true, listPage: true, network: true },
  infrastructure: { entryPages: true, listPage: true, network: true },
  events: { entryPages: true, listPage: true, network: true },
  scenarios: { entryPages: true, listPage: false, network: false },
  sources: { entryPages: false, listPage: true, network: false },
} as const;

type Table = typeof COLLECTION_TABLE;
export type CollectionName = keyof Table;
type Having<P extends keyof Table[CollectionName]> = {
  [C in CollectionName]: Table[C][P] extends true ? C : never;
}[CollectionName];

/** Every content collection. */
export const COLLECTIONS = Object.keys(COLLECTION_TABLE) as readonly CollectionName[];

const having = <P extends keyof Table[CollectionName]>(property: P) =>
  COLLECTIONS.filter((c): c is Having<P> => COLLECTION_TABLE[c][property]);

/** Collections readers browse, whose entries are served by the generic entry route. */
export const BROWSE_COLLECTIONS: readonly Having<'entryPages'>[] = having('entryPages');

/** Collections with a generic list page. */
export const LIST_COLLECTIONS: readonly Having<'listPage'>[] = having('listPage');

/** Collections drawn in the network, in legend order. */
export const NETWORK_COLLECTIONS: readonly Having<'network'>[] = having('network');

/** The shape of an entry id. */
export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` has the shape of an entry id (it may still name no entry). */
export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && ENTRY_ID_PATTERN.test(value);
}

/** Whether `value` names one of the content collections. */
export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && (COLLECTIONS as readonly string[]).includes(value);
}

/**
 * The URL slug of a free-text name, used for alias redirects and suggestions:
 * "ISIS-K" → "isis-k", "Shanghai Cooperation Organisation" → "shanghai-cooperation-organisation",
 * "Harb-Maidon" → "harb-maidon", "Kyrgyz Republic" → "kyrgyz-republic".
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The path of a collection's list page: `/actors/`. */
export function collectionPath(collection: CollectionName): string {
  return `/${collection}/`;
}

/** The path of an entry page: `/actors/tajikistan/`. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/** The path of an entry's citation page, which holds every citation format: `/actors/tajikistan/cite/`. */
export function citationPagePath(entryPagePath: string): string {
  return `${entryPagePath}cite/`;
}
