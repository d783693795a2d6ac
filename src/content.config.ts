/**
 * Wiring only: every collection is filled from the build's one content snapshot by the same
 * loader, and typed by its schema.
 */
import { defineCollection } from 'astro:content';
import { snapshotLoader } from './build/loader.ts';
import { COLLECTIONS, type CollectionName } from './model/ids.ts';
import { SCHEMAS } from './model/schemas/collections.ts';

function collection<C extends CollectionName>(name: C) {
  return defineCollection({ loader: snapshotLoader(name), schema: SCHEMAS[name] });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection<C>>;
};
