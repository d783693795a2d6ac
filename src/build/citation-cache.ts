/**
 * Citations in every format, cached on disk under a hash of the CSL-JSON record and the formats (in
 * Astro's cache folder, which hosts' build caches keep), and formatted in worker threads from the
 * moment the build starts: citeproc is the costliest step of rendering an entry page, and the
 * threads do it while Vite bundles. A page reads its citation from the cache, or formats it itself
 * when the threads have not reached it yet; either way the result is `citationView`'s.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import Tinypool from 'tinypool';
import {
  CITATION_FORMATS,
  citationView,
  cslItem,
  type CitationInput,
  type CitationView,
} from '../citations/formats.ts';

export interface CitationCacheSettings {
  /** Folder of cached citations. */
  cacheDir: string;
  /** Absolute path of this module, which the threads run. */
  worker: string;
}

/** Bump when the way a citation is made changes without its record or formats changing. */
const CACHE_VERSION = 1;

/** The cache file of an input's citation: a hash of everything the formats are made from. */
export function citationCacheFile(input: CitationInput, cacheDir: string): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ v: CACHE_VERSION, csl: cslItem(input), formats: CITATION_FORMATS }))
    .digest('hex');
  return join(cacheDir, `${key}.json`);
}

/** Formats an input's citation and stores it: written whole under another name, then renamed. */
export function formatToFile({ input, file }: { input: CitationInput; file: string }): CitationView {
  const view = citationView(input);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, JSON.stringify(view));
  renameSync(partial, file);
  return view;
}

/**
 * Starts formatting, in worker threads, every citation not yet cached; resolves when all are done
 * (the build does not wait for it: pages format what they need themselves).
 */
export async function formatCitations(
  inputs: readonly CitationInput[],
  settings: CitationCacheSettings,
): Promise<number> {
  const todo = inputs
    .map((input) => ({ input, file: citationCacheFile(input, settings.cacheDir) }))
    .filter((task) => !existsSync(task.file));
  if (!todo.length) return 0;
  const threads = availableParallelism();
  const pool = new Tinypool({
    filename: pathToFileURL(settings.worker).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    // A batch per task keeps the messages few; each thread loads Citation.js once.
    const size = Math.ceil(todo.length / (threads * 4));
    const batches = Array.from({ length: Math.ceil(todo.length / size) }, (_, i) =>
      todo.slice(i * size, (i + 1) * size),
    );
    await Promise.all(batches.map((batch) => pool.run(batch, { name: 'formatBatch' })));
    return todo.length;
  } finally {
    await pool.destroy();
  }
}

/** What each worker thread runs. */
export function formatBatch(batch: { input: CitationInput; file: string }[]): void {
  for (const task of batch) if (!existsSync(task.file)) formatToFile(task);
}

/** A citation formatter for entry views that reads the cache first, and fills it on a miss. */
export function cachedCitations(cacheDir: string): (input: CitationInput) => CitationView {
  return (input) => {
    const file = citationCacheFile(input, cacheDir);
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as CitationView;
      } catch {
        // A damaged cache file is made again.
      }
    }
    return formatToFile({ input, file });
  };
}

/**
 * Removes every cached citation but those of `inputs` (every record names the build's version, so
 * each content change makes a new set): the cache holds one build's citations.
 */
export function pruneCitationCache(inputs: readonly CitationInput[], cacheDir: string): number {
  if (!existsSync(cacheDir)) return 0;
  const keep = new Set(inputs.map((input) => citationCacheFile(input, cacheDir)));
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    if (keep.has(file)) continue;
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}
