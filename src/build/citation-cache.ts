/**
 * Citations in every format, formatted in worker threads from the moment the build starts (citeproc
 * is the costliest step of an entry page, and the threads do it while Vite bundles) and cached on
 * disk under a hash of the CSL-JSON record and the formats. `formatCitations` resolves with every
 * entry's citation, read from the cache or formatted now; the build hands them to the pages with
 * the content snapshot (`src/build/integrations/citations.ts`). Loaded by Node directly in the
 * threads (not bundled), so it imports only plain TypeScript and packages.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CITATION_FORMATS,
  citationView,
  cslItem,
  type CitationInput,
  type CitationView,
} from '../citations/formats.ts';
import { availableParallelism } from 'node:os';
import { inBackground } from './background.ts';
import { FileCache, cacheKey } from './file-cache.ts';

/** Bump when the way a citation is made changes without its record or formats changing. */
const CACHE_VERSION = 2;

/** The citation cache inside Astro's cache folder. */
export function citationCache(cacheDir: string): FileCache {
  return new FileCache(join(cacheDir, 'citations'), '.json');
}

/** The cache file of an input's citation: a hash of everything the formats are made from. */
export function citationCacheFile(input: CitationInput, cache: FileCache): string {
  return cache.file(cacheKey({ v: CACHE_VERSION, csl: cslItem(input), formats: CITATION_FORMATS }));
}

interface Task {
  input: CitationInput;
  file: string;
}

/** What each worker thread runs: formats each citation of the batch and stores it. */
export function formatBatch(batch: readonly Task[]): CitationView[] {
  return batch.map(({ input, file }) => {
    const view = citationView(input);
    FileCache.write(file, JSON.stringify(view));
    return view;
  });
}

/**
 * Every input's citation, in the order of `inputs`: read from the cache, or formatted in worker
 * threads and stored there.
 */
export async function formatCitations(inputs: readonly CitationInput[], cache: FileCache): Promise<CitationView[]> {
  const views: (CitationView | undefined)[] = inputs.map((input) =>
    FileCache.readJson<CitationView>(citationCacheFile(input, cache)),
  );
  const todo = inputs.flatMap((input, at) =>
    views[at] ? [] : [{ at, task: { input, file: citationCacheFile(input, cache) } }],
  );
  if (todo.length) {
    // A batch per task keeps the messages few; each thread loads Citation.js once.
    const size = Math.ceil(todo.length / (availableParallelism() * 4));
    const batches = Array.from({ length: Math.ceil(todo.length / size) }, (_, i) =>
      todo.slice(i * size, (i + 1) * size),
    );
    await Promise.all(
      batches.map(async (batch) => {
        const formatted = await inBackground<CitationView[]>(
          fileURLToPath(import.meta.url),
          'formatBatch',
          batch.map((b) => b.task),
        );
        batch.forEach((b, i) => (views[b.at] = formatted[i]));
      }),
    );
  }
  return views as CitationView[];
}

/** Removes every cached citation but those of `inputs`: the cache holds one build's citations. */
export function pruneCitationCache(inputs: readonly CitationInput[], cache: FileCache): number {
  return cache.prune(inputs.map((input) => citationCacheFile(input, cache)));
}
