/**
 * The network page's force layout, computed ahead of the pages: in a worker thread from the moment
 * the build starts (while Vite bundles), and cached on disk under a hash of what it is computed from,
 * so a build whose graph did not change reads it instead. The positions reach the page with the
 * content snapshot (`src/build/integrations/network-layout.ts`). Loaded by Node directly in the
 * thread (not bundled), so it imports only plain TypeScript and packages.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layOutTask, type LayoutTask } from '../network/network.ts';
import { inBackground } from './background.ts';
import { FileCache, cacheKey } from './file-cache.ts';

/** Bump when the layout changes without its task changing. */
const CACHE_VERSION = 1;

/** Positions by node id. */
export type Positions = Record<string, { x: number; y: number }>;

/** What each worker thread runs: the layout of one task. */
export function layOutInThread(task: LayoutTask): Positions {
  return Object.fromEntries(layOutTask(task));
}

/** The task's positions, read from the cache or computed in a worker thread and stored there. */
export async function networkLayout(task: LayoutTask, cacheDir: string): Promise<Positions> {
  const cache = new FileCache(join(cacheDir, 'network-layouts'), '.json');
  const file = cache.file(cacheKey({ v: CACHE_VERSION, task }));
  const cached = FileCache.readJson<Positions>(file);
  if (cached) return cached;
  const positions = await inBackground<Positions>(fileURLToPath(import.meta.url), 'layOutInThread', task);
  FileCache.write(file, JSON.stringify(positions));
  // One layout per cache: the ones of other graphs are dropped.
  cache.prune([file]);
  return positions;
}
