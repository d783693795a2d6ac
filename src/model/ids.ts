/**
 * Entry ids, collection names and the URLs built from them.
 *
 * An entry id is the kebab-case file name of an entry. Ids are unique across every collection, so a
 * link can name an id alone; the collection is looked up, never guessed.
 */

/** The content collections, in the order the site presents them. */
export const COLLECTIONS = [
  'actors',
  'organizations',
  'bases',
  'places',
  'infrastructure',
  'events',
  'scenarios',
  'sources',
] as const;

export type CollectionName = (typeof COLLECTIONS)[number];

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
