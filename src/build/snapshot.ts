/**
 * The build's one content snapshot: read once (the first time anything asks for it), published for
 * the pages (`src/data/snapshot.ts`), and, under the development server, made again from the files
 * that change. Every build step — the content check, Astro's collections, the body-link table, the
 * citations, the social images, the search data — takes the knowledge base from here.
 */
import { formatProblems } from '../model/integrity/check.ts';
import { projectRecord, publishSnapshot, publishedSnapshot } from '../data/snapshot.ts';
import { readSnapshot, refreshSnapshot, type ProjectSnapshot } from './content-files.ts';

/** The current snapshot of the project at `root`, read now if this process has none yet. */
export function currentSnapshot(root: string): ProjectSnapshot {
  const known = publishedSnapshot(root) as ProjectSnapshot | undefined;
  if (known) return known;
  const snapshot = readSnapshot(root);
  publishSnapshot(snapshot);
  return snapshot;
}

/**
 * Starts a build or a development server: forgets what this process knew of the project, reads the
 * content folder afresh and publishes the result.
 */
export function freshSnapshot(root: string): ProjectSnapshot {
  const record = projectRecord(root);
  record.reads.clear();
  record.made = 0;
  const snapshot = readSnapshot(root);
  publishSnapshot(snapshot);
  return snapshot;
}

interface Logger {
  info(message: string): void;
  error(message: string): void;
}

const pending = new Map<string, Promise<ProjectSnapshot>>();

/**
 * Makes the snapshot again after `path` changed, was added or was removed, and reports its problems
 * (or that they are gone). Every collection's loader asks when a file changes: the calls for one
 * change share one refresh.
 */
export function refreshContent(root: string, path: string, logger: Logger): Promise<ProjectSnapshot> {
  const key = `${root}\0${path}`;
  let refresh = pending.get(key);
  if (!refresh) {
    refresh = Promise.resolve().then(() => {
      pending.delete(key);
      const before = currentSnapshot(root);
      const after = refreshSnapshot(before, [path]);
      publishSnapshot(after);
      if (after.problems.length) logger.error(formatProblems(after.problems));
      else if (before.problems.length) logger.info(`${after.entries.length} entries, no problems`);
      return after;
    });
    pending.set(key, refresh);
  }
  return refresh;
}
