/**
 * Starts formatting every entry's citation in worker threads when the build starts, into the
 * citation cache the entry pages read (`src/build/citation-cache.ts`): the threads work while Vite
 * bundles, and pages are generated once they are done (a Vite `buildApp` step that runs after the
 * bundles and before Astro generates the pages), so every page reads its citation from the cache.
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { formatCitations, pruneCitationCache, type CitationCacheSettings } from '../citation-cache.ts';
import type { CitationInput } from '../../citations/formats.ts';
import type { AnyEntry } from '../../model/entries.ts';
import { entryCitationInput } from '../../views/entry/entry-view.ts';
import { BROWSE_COLLECTIONS } from '../../views/pages/page-views.ts';
import { projectVersion } from './content-version.ts';

/** Where a build's citations are cached, under Astro's cache folder. */
export function citationCacheSettings(cacheDir: URL, srcDir: URL): CitationCacheSettings {
  return {
    cacheDir: fileURLToPath(new URL('citations/', cacheDir)),
    worker: fileURLToPath(new URL('build/citation-cache.ts', srcDir)),
  };
}

/** `entries` is the content as read at config time. */
export function citations(entries: () => readonly AnyEntry[]): AstroIntegration {
  let formatting: Promise<number | Error> | undefined;
  let config: AstroConfig | undefined;
  let inputs: CitationInput[] = [];
  return {
    name: 'kb:citations',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kb:citations-formatted',
                // After the bundles are built; Astro generates the pages in a later `post` step.
                buildApp: {
                  order: 'post',
                  handler: async () => {
                    await formatting;
                  },
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ logger }) => {
        const { root, site, cacheDir, srcDir } = config!;
        if (!site) return;
        const started = performance.now();
        const version = projectVersion(fileURLToPath(root));
        const served = new Set<string>(BROWSE_COLLECTIONS);
        inputs = entries()
          .filter((e) => served.has(e.collection))
          .map((e) => entryCitationInput(e, site, version));
        formatting = formatCitations(inputs, citationCacheSettings(cacheDir, srcDir)).then(
          (count) => {
            if (count) logger.info(`${count} citations formatted in ${Math.round(performance.now() - started)} ms`);
            return count;
          },
          // Each page formats its own citation when the cache lacks it, and reports a failure there.
          (error: unknown) => error as Error,
        );
      },
      'astro:build:done': async ({ logger }) => {
        const result = await formatting;
        if (result instanceof Error) logger.warn(`citations were not formatted ahead: ${result.message}`);
        // The pages have read their citations: older builds' ones are dropped.
        if (formatting) pruneCitationCache(inputs, citationCacheSettings(config!.cacheDir, config!.srcDir).cacheDir);
      },
    },
  };
}
