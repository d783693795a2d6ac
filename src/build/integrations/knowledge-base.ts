/**
 * Build hook: reads the content snapshot once, when the configuration is set up, and runs the
 * whole-knowledge-base check on it (collection folders, YAML, schemas, the synonym list, integrity)
 * before anything is bundled or rendered. `astro build` stops with the list of problems, each with
 * file and field, and no stack trace under it. `astro dev` keeps serving and reports the list again
 * each time a content file changes (`src/build/snapshot.ts`), until it is empty; pages that need the
 * knowledge base show the list meanwhile.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../../model/integrity/check.ts';
import { freshSnapshot } from '../snapshot.ts';

/** An error Astro prints as its message alone: the problem list above it says everything. */
class ContentCheckFailed extends Error {
  constructor(count: number) {
    super(
      `Build stopped: the knowledge base has ${count} problem${count === 1 ? '' : 's'} (listed above). Fix them and build again; \`npm run check:content\` lists them without building.`,
    );
    this.name = 'ContentCheckFailed';
    // Astro prints a "Stack trace" block for any error that carries a stack; this one has no useful frame.
    this.stack = '';
  }
}

export function knowledgeBase(): AstroIntegration {
  return {
    name: 'kb:knowledge-base',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Previewing serves an existing build and reads no content.
        if (command === 'preview') return;
        const { entries, problems } = freshSnapshot(fileURLToPath(config.root));
        if (!problems.length) {
          logger.info(`${entries.length} entries, no problems`);
          return;
        }
        logger.error(formatProblems(problems));
        if (command !== 'dev') throw new ContentCheckFailed(problems.length);
        logger.warn(
          'the development server starts anyway: pages that read the knowledge base show this list (Astro itself stops at a schema error), and it is checked again on every content change',
        );
      },
    },
  };
}
