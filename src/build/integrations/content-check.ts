/**
 * Build hook: the whole-knowledge-base check (collection folders, YAML, schemas, integrity) runs
 * once before any page renders. `astro build` stops with the list of problems, each with file and
 * field, and no stack trace under it. `astro dev` keeps serving and reports the list, again each
 * time a content file changes, until it is empty. The data layer keeps its own check as a safety net.
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblems } from '../../model/integrity/check.ts';
import { checkContent } from '../load-content.ts';

/** An error Astro prints as its message alone: the problem list above it says everything. */
export class ContentCheckFailed extends Error {
  constructor(count: number) {
    super(
      `Build stopped: the knowledge base has ${count} problem${count === 1 ? '' : 's'} (listed above). Fix them and build again; \`npm run check:content\` lists them without building.`,
    );
    this.name = 'ContentCheckFailed';
    // Astro prints a "Stack trace" block for any error that carries a stack; this one has no useful frame.
    this.stack = '';
  }
}

/** Runs the check and logs its outcome; returns the number of problems. */
function report(root: string, logger: AstroIntegrationLogger, quietWhenClean: boolean): number {
  const { entries, problems } = checkContent(join(root, 'content'), root);
  if (problems.length) logger.error(formatProblems(problems));
  else if (!quietWhenClean) logger.info(`${entries.length} entries, no problems`);
  return problems.length;
}

export function contentCheck(): AstroIntegration {
  let root = '';
  let failing = false;
  return {
    name: 'kb:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Previewing serves an existing build and reads no content.
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        const count = report(root, logger, false);
        failing = count > 0;
        if (count && command !== 'dev') throw new ContentCheckFailed(count);
        if (count)
          logger.warn(
            'the development server starts anyway: pages that read the knowledge base show this list (Astro itself stops at a schema error), and it is checked again on every content change',
          );
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content');
        server.watcher.on('all', (_event, path) => {
          if (path !== contentDir && !path.startsWith(contentDir + sep)) return;
          const count = report(root, logger, !failing);
          failing = count > 0;
        });
      },
    },
  };
}
