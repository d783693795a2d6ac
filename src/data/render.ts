/** Rendering an entry's MDX body (kept beside the loader: only src/data reads astro:content). */
import { getEntry, render } from 'astro:content';
import type { CollectionName } from '../model/ids.ts';

/** The rendered body component of an entry. */
export async function renderBody(collection: CollectionName, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`renderBody: no entry "${id}" in ${collection}`);
  const { Content } = await render(entry);
  return Content;
}
