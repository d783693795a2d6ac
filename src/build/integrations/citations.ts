/**
 * Formats every entry's citation in worker threads from the moment the build starts, reading the
 * ones the citation cache holds (`src/build/citation-cache.ts`): the threads work while Vite
 * bundles, and pages are generated once they are done (a Vite `buildApp` step that runs after the
 * bundles and before Astro generates the pages). The citations go to the pages with the content
 * snapshot; a build whose citations could not be formatted stops there. (Under the development
 * server each page formats its own.)
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { citationKey, entryCitationInput } from '../../citations/entry-citation.ts';
import { BROWSE_COLLECTIONS } from '../../model/ids.ts';
import { publishSnapshot } from '../../data/snapshot.ts';
import { citationCache, formatCitations, pruneCitationCache } from '../citation-cache.ts';
import { currentSnapshot } from '../snapshot.ts';
import { beforePages } from './before-pages.ts';

export function citations(): AstroIntegration {
  let config: AstroConfig | undefined;
  const ahead = beforePages('kb:citations-formatted');
  return {
    name: 'kb:citations',
    hooks: {
      'astro:config:setup': ahead.setup,
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ logger }) => {
        const { site, cacheDir } = config!;
        const root = fileURLToPath(config!.root);
        const snapshot = currentSnapshot(root);
        if (!site || !snapshot.version) return;
        const started = performance.now();
        const served = new Set<string>(BROWSE_COLLECTIONS);
        const inputs = snapshot.entries
          .filter((e) => served.has(e.collection))
          .map((e) => entryCitationInput(e, site, snapshot.version!));
        const cache = citationCache(fileURLToPath(cacheDir));
        ahead.wait(
          formatCitations(inputs, cache).then((views) => {
            const citations = new Map(inputs.map((input, i) => [citationKey(input), views[i]!]));
            publishSnapshot({ ...currentSnapshot(root), citations });
            // This build's citations are known: older builds' ones are dropped.
            pruneCitationCache(inputs, cache);
            logger.info(`${views.length} citations ready in ${Math.round(performance.now() - started)} ms`);
          }),
        );
      },
    },
  };
}
