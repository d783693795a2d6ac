/** Rendering an entry's MDX body (kept beside the loader: only src/data reads astro:content). */
import { getCollection, getEntry, render } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../model/ids.ts';

/** The rendered body component of an entry. */
export async function renderBody(collection: CollectionName, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`renderBody: no entry "${id}" in ${collection}`);
  const { Content } = await render(entry);
  return Content;
}

/**
 * The entries Astro's store can render, as `<collection>/<id>`. The development server takes a new
 * file into the snapshot at once and into Astro's store a moment later; until then the new entry
 * has no page yet (a moment's 404, never an error).
 */
export async function renderableEntries(): Promise<Set<string>> {
  const stored = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  return new Set(stored.flat().map((e) => `${e.collection}/${e.id}`));
}
