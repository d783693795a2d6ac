/**
 * Social images (1200×630 PNG), drawn at build time in a pool of worker threads, one per core.
 * Each image is cached on disk under a hash of everything it shows (in Astro's cache folder, which
 * hosts' build caches keep), so a rebuild draws only the cards that changed. The build asks for
 * every card at once when it starts, so the threads draw while pages render, then copies each
 * cached file into the output (`src/build/integrations/social-images.ts`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { socialCardKey, type SocialCard } from '../views/social-card.ts';
import { AS_OF, SITE_NAME } from '../site.config.ts';
import type { DrawTask } from './social-image-draw.ts';

export interface SocialImageSettings {
  /** Folder of cached PNGs. */
  cacheDir: string;
  /** Absolute path of `social-image-draw.ts`, the module the threads run. */
  worker: string;
}

/** Cards being drawn, by cache file. */
const drawing = new Map<string, Promise<void>>();
let pool: Tinypool | undefined;

const cacheFile = (card: SocialCard, settings: SocialImageSettings) =>
  join(settings.cacheDir, `${socialCardKey(card, { name: SITE_NAME, asOf: AS_OF })}.png`);

/** Starts drawing every card that is neither cached nor being drawn; returns at once. */
export function drawSocialImages(cards: Iterable<SocialCard>, settings: SocialImageSettings): void {
  for (const card of cards) {
    const file = cacheFile(card, settings);
    if (drawing.has(file) || existsSync(file)) continue;
    const threads = availableParallelism();
    pool ??= new Tinypool({
      filename: pathToFileURL(settings.worker).href,
      minThreads: threads,
      maxThreads: threads,
      // Each drawn image holds a 3 MB pixel buffer outside the JavaScript heap until the garbage
      // collector finalises it; a small young generation collects often enough to keep memory flat
      // (with the pause after each image in social-image-draw.ts).
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    const task: DrawTask = { card, file };
    const done = (pool.run(task, { name: 'drawToFile' }) as Promise<void>).then(
      () => settle(file),
      (error: unknown) => {
        settle(file);
        throw new Error(
          `social image for "${card.title}" (${card.type}) could not be drawn: ${(error as Error).message}`,
          { cause: error },
        );
      },
    );
    // A failure is reported where the image is read; this only keeps it from counting as unhandled first.
    done.catch(() => undefined);
    drawing.set(file, done);
  }
}

/** Forgets a finished card; the pool's threads end when nothing is left to draw. */
function settle(file: string) {
  drawing.delete(file);
  if (drawing.size === 0 && pool) {
    const finished = pool;
    pool = undefined;
    void finished.destroy();
  }
}

/** The cache file holding a card's PNG, once it is there (drawn now if it is neither cached nor being drawn). */
export async function socialImageFile(card: SocialCard, settings: SocialImageSettings): Promise<string> {
  const file = cacheFile(card, settings);
  if (!existsSync(file)) {
    drawSocialImages([card], settings);
    await drawing.get(file);
  }
  return file;
}
