/**
 * Where a build leaves its content snapshot for the pages. The snapshot is made once, when the
 * build's configuration is set up (`src/build/integrations/knowledge-base.ts`), and made again by the
 * development server when a content file changes (`src/build/loader.ts`); pages render in the same
 * process, in modules Vite bundled separately, so the snapshot is handed over on a global registry
 * keyed by the project root. Nothing else travels this way. The registry also counts, per project,
 * the reads of each content file and the snapshots made since the build started, so a test can
 * check that a build reads each file once and checks and indexes the knowledge base once.
 */
import type { CitationView } from '../citations/formats.ts';
import type { ContentSnapshot } from '../model/snapshot.ts';
import type { LayoutTask } from '../network/network.ts';
import type { EntryCoreView } from '../views/entry/types.ts';

/** A snapshot with the project it was read from, and what the build derives from it ahead of the pages. */
export interface PublishedSnapshot extends ContentSnapshot {
  /** The project root (absolute path). */
  root: string;
  /** Every entry's citation, formatted ahead by the build, by `citationKey` of its input. */
  citations?: ReadonlyMap<string, CitationView>;
  /** The network page's layout, computed ahead by the build: the task and its positions. */
  networkLayout?: { task: LayoutTask; positions: Readonly<Record<string, { x: number; y: number }>> };
  /** How many times each entry's view was built for this snapshot (once, when all goes well). */
  viewBuilds: Map<string, number>;
  /** Each entry's view as its page built it, for what the build writes after the pages (the search data). */
  views?: Map<string, EntryCoreView>;
}

/** What the registry keeps for one project. */
export interface ProjectRecord {
  current?: PublishedSnapshot;
  /** Reads of each content file (path relative to the root) since the build started. */
  reads: Map<string, number>;
  /** Snapshots made since the build started: each one ran the integrity check and built the index. */
  made: number;
}

const REGISTRY = Symbol.for('central-asia-kb.content-snapshots');

/** The registry's record of the project at `root`. */
export function projectRecord(root: string): ProjectRecord {
  const holder = globalThis as { [REGISTRY]?: Map<string, ProjectRecord> };
  const registry = (holder[REGISTRY] ??= new Map());
  const key = root.replace(/[\\/]+$/, '');
  let record = registry.get(key);
  if (!record) registry.set(key, (record = { reads: new Map(), made: 0 }));
  return record;
}

/** Makes `snapshot` the current one for its project. */
export function publishSnapshot(snapshot: PublishedSnapshot): void {
  projectRecord(snapshot.root).current = snapshot;
}

/** The current snapshot of the project at `root`, if one was published in this process. */
export function publishedSnapshot(root: string): PublishedSnapshot | undefined {
  return projectRecord(root).current;
}
