/**
 * Social images (1200×630 PNG), drawn at build time in worker threads (`social-image-draw.ts`), one
 * per core, and cached on disk under a hash of everything they show, so a rebuild draws only the
 * cards that changed. The build asks for every card at once when it starts, so the threads draw
 * while pages render, then copies each cached file into the output
 * (`src/build/integrations/social-images.ts`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { socialCardKey, type SocialCard } from '../views/social-card.ts';
import { AS_OF, SITE_NAME } from '../config/site.ts';
import { inBackground } from './background.ts';
import { FileCache } from './file-cache.ts';
import type { DrawTask } from './social-image-draw.ts';

/** The social-image cache inside Astro's cache folder. */
export function socialImageCache(cacheDir: string): FileCache {
  return new FileCache(join(cacheDir, 'social-images'), '.png');
}

/** The module the threads run. */
const WORKER = join(import.meta.dirname, 'social-image-draw.ts');

/** Cards being drawn, by cache file. */
const drawing = new Map<string, Promise<void>>();

const cacheFile = (card: SocialCard, cache: FileCache) =>
  cache.file(socialCardKey(card, { name: SITE_NAME, asOf: AS_OF }));

/** Starts drawing every card that is neither cached nor being drawn; returns at once. */
export function drawSocialImages(cards: Iterable<SocialCard>, cache: FileCache): void {
  for (const card of cards) {
    const file = cacheFile(card, cache);
    if (drawing.has(file) || existsSync(file)) continue;
    const task: DrawTask = { card, file };
    const done = inBackground<void>(WORKER, 'drawToFile', task).then(
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

/** Forgets a finished card. */
function settle(file: string) {
  drawing.delete(file);
}

/** The cache file holding a card's PNG, once it is there (drawn now if it is neither cached nor being drawn). */
export async function socialImageFile(card: SocialCard, cache: FileCache): Promise<string> {
  const file = cacheFile(card, cache);
  if (!existsSync(file)) {
    drawSocialImages([card], cache);
    await drawing.get(file);
  }
  return file;
}
