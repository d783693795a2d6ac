/**
 * The build's background work — citations, the network's layout, social images — runs in one pool
 * of worker threads, one per core, shared by every task: the machine has as many threads busy as it
 * has cores, not a pool per kind of work each holding its own threads and heaps. Each task names
 * the module (loaded by Node directly, not bundled) and the function the thread runs. The threads
 * end once no work is left.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';

let pool: Tinypool | undefined;
let running = 0;

function shared(): Tinypool {
  const threads = availableParallelism();
  return (pool ??= new Tinypool({
    minThreads: 1,
    maxThreads: threads,
    // A drawn image holds a 3 MB pixel buffer outside the JavaScript heap until the garbage collector
    // finalises it; a small young generation collects often enough to keep memory flat.
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  }));
}

/** Runs `name` of the module at `file` (an absolute path) on `task` in a background thread. */
export async function inBackground<T>(file: string, name: string, task: unknown): Promise<T> {
  const threads = shared();
  running++;
  try {
    return (await threads.run(task, { filename: pathToFileURL(file).href, name })) as T;
  } finally {
    running--;
    if (running === 0) {
      // Nothing else is waiting: let the threads go (the next task starts them again).
      pool = undefined;
      void threads.destroy();
    }
  }
}
