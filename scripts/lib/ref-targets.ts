/**
 * The title and path of every entry, read from the content folder at config time for the plugin
 * that resolves `<Ref id>` in bodies (see `src/lib/body-links.ts`).
 */
import { entryPath } from '../../src/lib/ids.ts';
import type { RefTarget } from '../../src/lib/body-links.ts';
import { loadContent } from './load-content.ts';

export function refTargets(contentDir: string): Map<string, RefTarget> {
  const { entries } = loadContent(contentDir);
  return new Map(entries.map((e) => [e.id, { title: e.data.title, path: entryPath(e.collection, e.id) }]));
}
