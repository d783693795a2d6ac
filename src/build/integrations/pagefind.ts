/**
 * Build hook: indexes the built pages with the Pagefind Node API at the end of `astro build` and
 * writes the search bundle to `<outDir>/pagefind/`. Only entry content is indexed (pages mark their
 * main with `data-pagefind-body`); what every page repeats and what only cites or links other
 * entries is left out (`EXCLUDED_FROM_INDEX`), so index chunks and excerpts stay small. Then it
 * writes the search data from the build's content snapshot (`src/search/data.ts`): `kb-search.json`
 * and each entry's answers in `kb-answers/`, and removes the Pagefind files the site does not use.
 * The build fails if indexing fails, or Pagefind indexed other pages than the search data lists.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundle } from '../../search/data.ts';
import { SEARCH_DATA_FILE, answersPath, searchDataFile } from '../../search/files.ts';
import { COLLECTIONS } from '../../model/ids.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import type { SynonymGroups } from '../../model/schemas/synonyms.ts';
import { entryCoreView } from '../../views/entry/entry-view.ts';
import type { EntryCoreView } from '../../views/entry/types.ts';
import { currentSnapshot } from '../snapshot.ts';

/**
 * Parts of entry pages Pagefind leaves out, by selector (instead of an attribute on each):
 * - what every page repeats: the type line, the as-of line and the sections' link controls (the
 *   headings stay: Pagefind's sections, which a result links, are the indexed headings with an id);
 * - what only cites or links other entries: provenance markers' citations, relation lists (search
 *   finds what ties two entries from the search data), the local network, backlinks, cited
 *   paragraphs, "cite this entry", and who cites each paragraph on the source page.
 */
const EXCLUDED_FROM_INDEX = [
  '.kicker',
  '.as-of',
  '.anchor',
  '.cites',
  'section[aria-labelledby="relations"]',
  '.local-graph',
  'section[aria-labelledby="linked-from"]',
  'section[aria-labelledby="cited-paragraphs"]',
  'section[aria-labelledby="cite-this-entry"]',
  '.paragraph details',
];

/**
 * The pages Pagefind reads: entry pages, `/<collection>/<id>/`, the only ones with a
 * `data-pagefind-body`. Reading no other page (each entry's cite page, lists, the timeline) halves
 * its work; the count check below fails the build if an entry page were ever left out.
 */
const ENTRY_PAGES = `{${COLLECTIONS.join(',')}}/*/index.html`;

/** Files Pagefind writes that the site never loads: its UIs, and its worker (search runs on the main thread). */
const UNUSED = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'wasm.unknown.pagefind',
];

/**
 * Writes the search data file and every entry's answers into `bundle`; returns how many entries it
 * lists. Each entry's view is the one its page was built from (`views`), made here only if missing.
 */
function writeSearchData(
  bundle: string,
  index: KbIndex,
  synonyms: SynonymGroups,
  views?: ReadonlyMap<string, EntryCoreView>,
): number {
  const { data, answers } = searchBundle(index, synonyms, (id) => views?.get(id) ?? entryCoreView(index, id));
  writeFileSync(join(bundle, SEARCH_DATA_FILE), searchDataFile(data));
  for (const [id, found] of answers) {
    const file = join(bundle, answersPath(id));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(found));
  }
  return data.entries.length;
}

export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            excludeSelectors: EXCLUDED_FROM_INDEX,
          });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir, glob: ENTRY_PAGES });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Pagefind indexes only the pages it reads that have a data-pagefind-body; its entry file
          // records how many pages each language index holds.
          const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
          if (indexed === 0)
            throw new Error(
              `Pagefind indexed no page (of ${added.page_count} scanned): no page has data-pagefind-body`,
            );
          const snapshot = currentSnapshot(root);
          if (!snapshot.index) throw new Error('Pagefind: the content snapshot has no index');
          const searchable = writeSearchData(bundle, snapshot.index, snapshot.synonyms, snapshot.views);
          if (searchable !== indexed)
            throw new Error(
              `Pagefind indexed ${indexed} pages, but the search data lists ${searchable} entries: every entry page must be indexed once`,
            );
          for (const file of UNUSED) rmSync(join(bundle, file), { force: true });
          logger.info(
            `indexed ${indexed} of the ${added.page_count} pages read (${searchable} in the search data) in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
