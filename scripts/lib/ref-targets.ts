/**
 * The title and path of every entry, read from the content folder at config time for the plugin
 * that resolves `<Ref id>` in bodies (see `src/lib/body-links.ts`).
 */
import { entryPath } from '../../src/lib/ids.ts';
import type { RefTarget } from '../../src/lib/body-links.ts';
import type { AnyEntry } from '../../src/lib/entries.ts';

export function refTargets(entries: readonly AnyEntry[]): Map<string, RefTarget> {
  return new Map(entries.map((e) => [e.id, { title: e.data.title, path: entryPath(e.collection, e.id) }]));
}
