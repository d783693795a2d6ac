/**
 * Build hook: indexes the built pages with the Pagefind Node API at the end of `astro build` and
 * writes the search bundle to `<outDir>/pagefind/`. Only entry content is indexed (pages mark
 * their main with `data-pagefind-body`). The build fails if indexing fails or finds no page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Pagefind scans every HTML file but indexes only pages with data-pagefind-body; its entry
          // file records how many pages each language index holds.
          const entry = JSON.parse(readFileSync(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
          if (indexed === 0) throw new Error(`Pagefind indexed no page (of ${added.page_count} scanned): no page has data-pagefind-body`);
          logger.info(`indexed ${indexed} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
