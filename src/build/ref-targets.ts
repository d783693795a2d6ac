/**
 * The title and path of every entry, read from the content folder at config time for the plugin
 * that resolves `<Ref id>` in bodies (see `src/build/body-links.ts`).
 */
import { entryPath } from '../model/ids.ts';
import type { RefTarget } from './body-links.ts';
import type { AnyEntry } from '../model/entries.ts';

export function refTargets(entries: readonly AnyEntry[]): Map<string, RefTarget> {
  return new Map(entries.map((e) => [e.id, { title: e.data.title, path: entryPath(e.collection, e.id) }]));
}
