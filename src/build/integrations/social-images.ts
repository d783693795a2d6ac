/**
 * Social images as files of the build: `/og/<entry id>.png` for every entry and `/og/site.png`.
 * Drawing starts when the build starts (worker threads, while pages render); when the pages are
 * written, each image is copied from the image cache into `<outDir>/og/` in one step, rather than
 * going through a route one page at a time. `astro dev` serves the same images from the cache.
 * The cards come from the content snapshot's index.
 */
import { constants, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { FileCache } from '../file-cache.ts';
import { drawSocialImages, socialImageCache, socialImageFile } from '../social-image-pool.ts';
import { currentSnapshot } from '../snapshot.ts';
import type { ProjectSnapshot } from '../content-files.ts';
import { socialCards, type SocialCard } from '../../views/social-card.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../config/site.ts';

/** The folder of the build, and of `astro dev`, that holds the images. */
const SOCIAL_IMAGE_PATH = '/og/';

const cardsOf = new WeakMap<ProjectSnapshot, Map<string, SocialCard>>();

/** Every card of a snapshot (none while it has problems). */
function cards(snapshot: ProjectSnapshot): Map<string, SocialCard> {
  let known = cardsOf.get(snapshot);
  if (!known) {
    known = snapshot.index
      ? socialCards(snapshot.index, { name: SITE_NAME, description: SITE_DESCRIPTION })
      : new Map<string, SocialCard>();
    cardsOf.set(snapshot, known);
  }
  return known;
}

export function socialImages(): AstroIntegration {
  let root = '';
  let cache: FileCache | undefined;
  return {
    name: 'kb:social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cache = socialImageCache(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': () => {
        drawSocialImages(cards(currentSnapshot(root)).values(), cache!);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = join(fileURLToPath(dir), SOCIAL_IMAGE_PATH);
        mkdirSync(out, { recursive: true });
        const files = await Promise.all(
          [...cards(currentSnapshot(root))].map(
            async ([id, card]) => [id, await socialImageFile(card, cache!)] as const,
          ),
        );
        // A copy-on-write clone where the file system offers one, a plain copy otherwise.
        for (const [id, file] of files) copyFileSync(file, join(out, `${id}.png`), constants.COPYFILE_FICLONE);
        logger.info(`${files.length} social images in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(SOCIAL_IMAGE_PATH, (req, res, next) => {
          const id = /^\/([^/]+)\.png$/.exec(req.url?.split('?')[0] ?? '')?.[1];
          const card = id ? cards(currentSnapshot(root)).get(decodeURIComponent(id)) : undefined;
          if (!card) return next();
          socialImageFile(card, cache!).then(
            (file) => {
              res.setHeader('Content-Type', 'image/png');
              res.end(readFileSync(file));
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
