/**
 * Citable versions, computed from file contents only (never from git or the clock), so two builds
 * of the same content carry the same version: the package version plus a short hash of everything
 * under `content/`, and for each entry a short hash of its own file.
 */
import { createHash } from 'node:crypto';

/** One content file: its path relative to the project root (forward slashes) and its bytes. */
export interface ContentFile {
  path: string;
  bytes: Uint8Array;
}

/** The versions a build carries. */
export interface SiteVersion {
  /** The package version, e.g. "0.1.0". */
  packageVersion: string;
  /** Short hash of the whole content folder. */
  contentHash: string;
  /** What citations name: package version + content hash, e.g. "0.1.0+3f2a9c1b7d". */
  build: string;
  /** The date of the package version (YYYY-MM-DD), the date a citation gives. */
  date: string;
  /** Short hash of each entry file, by path relative to the project root. */
  entries: Record<string, string>;
}

const CONTENT_HASH_LENGTH = 10;
const FILE_HASH_LENGTH = 8;

/** A short hash of one file's bytes. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, FILE_HASH_LENGTH);
}

/** A short hash of a set of files: their sorted paths and bytes, so the order they are read in does not matter. */
export function contentHash(files: readonly ContentFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path).update('\0').update(String(file.bytes.length)).update('\0').update(file.bytes);
  }
  return hash.digest('hex').slice(0, CONTENT_HASH_LENGTH);
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The versions of a build from the package version, the date of that version and the content files. */
export function siteVersion(packageVersion: string, date: string, files: readonly ContentFile[]): SiteVersion {
  if (!SEMVER.test(packageVersion))
    throw new Error(`package.json: field "version" must be a semantic version like 1.2.3, got "${packageVersion}"`);
  if (!DAY.test(date))
    throw new Error(`package.json: field "versionDate" must be a date like 2026-12-01, got "${date}"`);
  if (files.length === 0) throw new Error('content/: no files to version');
  const hash = contentHash(files);
  const entries: Record<string, string> = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) entries[file.path] = fileHash(file.bytes);
  return { packageVersion, contentHash: hash, build: `${packageVersion}+${hash}`, date, entries };
}
