/**
 * The loader of every content collection: it fills Astro's data store from the build's one content
 * snapshot instead of reading the files again. Each entry keeps its file path and is rendered by
 * Astro's MDX pipeline as a glob loader's entry would be. Under the development server, a changed,
 * added, renamed or removed file makes the snapshot again and the store follows, so pages see new
 * and renamed entries without a restart.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../model/ids.ts';
import { isContentPath, type ProjectSnapshot } from './content-files.ts';
import { currentSnapshot, refreshContent } from './snapshot.ts';

const decoder = new TextDecoder();

/** Brings the collection's store in line with the snapshot: new and changed entries set, removed ones deleted. */
function syncStore(collection: CollectionName, snapshot: ProjectSnapshot, context: LoaderContext): void {
  const { store, generateDigest } = context;
  const stale = new Set(store.keys());
  for (const entry of snapshot.entries) {
    if (entry.collection !== collection) continue;
    stale.delete(entry.id);
    const digest = generateDigest(decoder.decode(snapshot.files.get(entry.file)!.bytes));
    const known = store.get(entry.id);
    if (known?.digest === digest && known.filePath === entry.file) {
      // Unchanged since the store was last saved: its module still has to be imported for rendering.
      store.addModuleImport(entry.file);
      continue;
    }
    if (known) store.delete(entry.id);
    store.set({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.file, digest, deferredRender: true });
  }
  for (const id of stale) store.delete(id);
}

/** The loader of one collection. */
export function snapshotLoader(collection: CollectionName): Loader {
  return {
    name: 'kb-snapshot',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const snapshot = currentSnapshot(root);
      syncStore(collection, snapshot, context);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(snapshot.contentPath);
      const onChange = async (path: string) => {
        if (!isContentPath(snapshot, path)) return;
        syncStore(collection, await refreshContent(root, path, logger), context);
      };
      watcher.on('add', onChange);
      watcher.on('change', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
