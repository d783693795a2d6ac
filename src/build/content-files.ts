/**
 * Reads the content folder for the snapshot (`src/model/snapshot.ts`): every file under it once, and
 * the state of each collection folder. A build reads the folder once, when its configuration is set
 * up; the development server reads again only the files that change. Each snapshot counts the reads
 * of every file, so a test can check that a build read each file once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { projectRecord, type PublishedSnapshot } from '../data/snapshot.ts';
import { COLLECTIONS, type CollectionName } from '../model/ids.ts';
import {
  createSnapshot,
  type ContentSnapshot,
  type FolderInfo,
  type PackageInfo,
  type RawFile,
} from '../model/snapshot.ts';

/** A snapshot of the content folder of a project, with where it was read from. */
export interface ProjectSnapshot extends PublishedSnapshot {
  /** The content folder (absolute). */
  contentPath: string;
}

const posix = (path: string) => path.split(sep).join('/');

/** The state of each collection folder under `contentPath`; paths are relative to `root`. */
function collectionFolders(contentPath: string, root: string): Record<CollectionName, FolderInfo> {
  return Object.fromEntries(
    COLLECTIONS.map((collection) => {
      const dir = join(contentPath, collection);
      const path = posix(relative(root, dir)) || dir;
      if (!existsSync(dir)) return [collection, { path, state: 'missing' }];
      const entries = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
      return [collection, { path, state: entries.length ? 'ok' : 'empty' }];
    }),
  ) as Record<CollectionName, FolderInfo>;
}

/** Every file under `dir`, with paths relative to `root`. */
function listFiles(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => posix(relative(root, join(d.parentPath, d.name))))
    .sort();
}

/** The package's version and date from `<root>/package.json`, or undefined when the project has none. */
function packageInfo(root: string): PackageInfo | undefined {
  const file = join(root, 'package.json');
  if (!existsSync(file)) return undefined;
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; versionDate?: unknown };
  return { version: String(pkg.version), versionDate: String(pkg.versionDate) };
}

function snapshotOf(
  root: string,
  contentPath: string,
  files: RawFile[],
  pkg: PackageInfo | undefined,
  previous?: ContentSnapshot,
): ProjectSnapshot {
  const contentDir = posix(relative(root, contentPath)) || '.';
  const snapshot = createSnapshot(
    { contentDir, files, folders: collectionFolders(contentPath, root), ...(pkg ? { packageInfo: pkg } : {}) },
    previous,
  );
  projectRecord(root).made += 1;
  return { ...snapshot, root, contentPath, viewBuilds: new Map() };
}

function readFile(root: string, path: string): RawFile {
  const { reads } = projectRecord(root);
  reads.set(path, (reads.get(path) ?? 0) + 1);
  return { path, bytes: readFileSync(join(root, path)) };
}

/**
 * Reads the content folder `contentPath` (default `<root>/content`) of the project at `root`: each file
 * once. Paths in the snapshot and its messages are relative to `root`.
 */
export function readSnapshot(root: string, contentPath = join(root, 'content')): ProjectSnapshot {
  const files = listFiles(contentPath, root).map((path) => readFile(root, path));
  return snapshotOf(root, contentPath, files, packageInfo(root));
}

/**
 * The snapshot after some files changed, were added or were removed (absolute paths or paths
 * relative to the root): those files are read again, every other file and parse result is reused.
 */
export function refreshSnapshot(previous: ProjectSnapshot, changed: readonly string[]): ProjectSnapshot {
  const { root, contentPath } = previous;
  const paths = new Set(changed.map((p) => posix(isAbsolute(p) ? relative(root, p) : p)));
  const files = new Map(previous.files);
  for (const path of paths) {
    if (existsSync(join(root, path))) files.set(path, readFile(root, path));
    else files.delete(path);
  }
  return snapshotOf(root, contentPath, [...files.values()], packageInfo(root), previous);
}

/** Whether `path` (absolute) is a file under the snapshot's content folder. */
export function isContentPath(snapshot: ProjectSnapshot, path: string): boolean {
  return path.startsWith(snapshot.contentPath + sep);
}
