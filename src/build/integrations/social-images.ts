/**
 * Social images as files of the build: `/og/<entry id>.png` for every entry and `/og/site.png`.
 * Drawing starts when the build starts (worker threads, while pages render); when the pages are
 * written, each image is copied from the image cache into `<outDir>/og/` in one step, rather than
 * going through a route one page at a time. `astro dev` serves the same images from the cache.
 */
import { constants, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drawSocialImages, socialImageFile, type SocialImageSettings } from '../social-image-pool.ts';
import type { AnyEntry } from '../../model/entries.ts';
import { buildIndex } from '../../model/index/kb-index.ts';
import { socialCards, type SocialCard } from '../../views/social-card.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../site.config.ts';

/** The folder of the build, and of `astro dev`, that holds the images. */
export const SOCIAL_IMAGE_PATH = '/og/';

/** `entries` is the content as read at config time. */
export function socialImages(entries: () => readonly AnyEntry[]): AstroIntegration {
  let settings: SocialImageSettings | undefined;
  let cards: Map<string, SocialCard> | undefined;
  const allCards = () =>
    (cards ??= socialCards(buildIndex([...entries()]), { name: SITE_NAME, description: SITE_DESCRIPTION }));
  return {
    name: 'kb:social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        settings = {
          cacheDir: fileURLToPath(new URL('social-images/', config.cacheDir)),
          worker: fileURLToPath(new URL('build/social-image-draw.ts', config.srcDir)),
        };
      },
      'astro:build:start': () => {
        drawSocialImages(allCards().values(), settings!);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = join(fileURLToPath(dir), SOCIAL_IMAGE_PATH);
        mkdirSync(out, { recursive: true });
        const files = await Promise.all(
          [...allCards()].map(async ([id, card]) => [id, await socialImageFile(card, settings!)] as const),
        );
        // A copy-on-write clone where the file system offers one, a plain copy otherwise.
        for (const [id, file] of files) copyFileSync(file, join(out, `${id}.png`), constants.COPYFILE_FICLONE);
        logger.info(`${files.length} social images in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(SOCIAL_IMAGE_PATH, (req, res, next) => {
          const id = /^\/([^/]+)\.png$/.exec(req.url?.split('?')[0] ?? '')?.[1];
          const card = id ? allCards().get(decodeURIComponent(id)) : undefined;
          if (!card) return next();
          socialImageFile(card, settings!).then(
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
