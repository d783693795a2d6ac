/**
 * Lays the network page's picture out ahead of the pages (`src/build/network-layout.ts`): from the
 * moment the build starts, in a worker thread, or from the cache when the graph did not change. The
 * pages are generated once it is done (a Vite `buildApp` step after the bundles), and the positions
 * reach the network page with the content snapshot. Under the development server the page lays
 * itself out.
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { publishSnapshot } from '../../data/snapshot.ts';
import { networkLayoutTask } from '../../network/network.ts';
import { networkLayout } from '../network-layout.ts';
import { currentSnapshot } from '../snapshot.ts';
import { beforePages } from './before-pages.ts';

export function networkLayoutAhead(): AstroIntegration {
  let config: AstroConfig | undefined;
  const ahead = beforePages('kb:network-layout-ready');
  return {
    name: 'kb:network-layout',
    hooks: {
      'astro:config:setup': ahead.setup,
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ logger }) => {
        const root = fileURLToPath(config!.root);
        const { index } = currentSnapshot(root);
        if (!index) return;
        const started = performance.now();
        const task = networkLayoutTask(index);
        ahead.wait(
          networkLayout(task, fileURLToPath(config!.cacheDir)).then((positions) => {
            publishSnapshot({ ...currentSnapshot(root), networkLayout: { task, positions } });
            logger.info(
              `network laid out (${task.nodes.length} nodes) in ${Math.round(performance.now() - started)} ms`,
            );
          }),
        );
      },
    },
  };
}
