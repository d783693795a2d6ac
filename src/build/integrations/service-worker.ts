/**
 * Build hook: after the pages and the search index are written, Workbox generates `/sw.js`, a
 * service worker that precaches the site (pages, styles, scripts, the search index and its code)
 * so every page and the search work offline after a first visit. Precache revisions are content
 * hashes, so the same build gives the same worker. Runs after the Pagefind hook.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** What the worker precaches: every page and what pages load, the search index, the open data index. */
export const PRECACHE_PATTERNS = [
  '**/*.{html,css,js,mjs,svg,woff2,wasm,webmanifest}',
  'pagefind/**/*',
  'data/previews.json',
];

export function serviceWorker(): AstroIntegration {
  return {
    name: 'kb:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: PRECACHE_PATTERNS,
          globIgnores: ['sw.js', 'workbox-*.js'],
          swDest: join(out, 'sw.js'),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          // A new build takes over at once; pages say so quietly (src/client/offline.ts).
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // `/actors/tajikistan/` is served from `actors/tajikistan/index.html`; queries (`/search/?q=`, Pagefind's
          // cache-busting `?ts=`) do not change the file.
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          // Pagefind's index files are named by their content, and their gzip bytes are not stable across builds:
          // their names are their revisions.
          dontCacheBustURLsMatching: /^pagefind\/.*\.pf_(?:meta|index|fragment|filter)$/,
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`precached ${count} files, ${(size / 1024).toFixed(0)} KiB`);
      },
    },
  };
}
