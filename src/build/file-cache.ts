/**
 * The build's disk caches (citations, social images): one file per key in a folder of Astro's cache
 * folder, which hosts' build caches keep between builds. A file is named by a hash of everything
 * it is made from, written whole under another name and then renamed (so a reader never sees half a
 * file), and a build prunes the files it did not use.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** A hash of a JSON value: the name of the file made from it. */
export function cacheKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export class FileCache {
  /** The cache's folder. */
  readonly dir: string;
  /** The extension of its files, with the dot. */
  readonly extension: string;

  constructor(dir: string, extension: string) {
    this.dir = dir;
    this.extension = extension;
  }

  /** The file of a key made by `cacheKey`. */
  file(key: string): string {
    return join(this.dir, `${key}${this.extension}`);
  }

  /** Writes a file whole: under another name first, then renamed. */
  static write(file: string, data: string | Uint8Array): void {
    mkdirSync(join(file, '..'), { recursive: true });
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, data);
    renameSync(partial, file);
  }

  /** The parsed JSON of a file, or undefined when it is missing or damaged. */
  static readJson<T>(file: string): T | undefined {
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  /** Removes every file of the cache but `keep`; returns how many were removed. */
  prune(keep: Iterable<string>): number {
    if (!existsSync(this.dir)) return 0;
    const kept = new Set(keep);
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name);
      if (kept.has(file)) continue;
      rmSync(file, { force: true });
      removed++;
    }
    return removed;
  }
}
