/**
 * Build hook: indexes the built pages with the Pagefind Node API at the end of `astro build` and
 * writes the search bundle to `<outDir>/pagefind/`. Only entry content is indexed (pages mark
 * their main with `data-pagefind-body`); lists of relations, citations and "cite this" blocks are
 * left out so index chunks stay small. Then it writes the search data file (`kb-search.json`:
 * every entry's names, links, type, kind and summary from the index, and the synonym list from
 * `content/search-synonyms.yaml`) and removes the Pagefind files the site does not use. The build
 * fails if indexing fails, finds no page, or the synonym file or an entry's search metadata is bad.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchEntryFromFragment, type Fragment, type SearchData } from '../../search/data.ts';
import type { SynonymGroups } from '../../model/schemas/synonyms.ts';
import { currentSnapshot } from '../snapshot.ts';

/**
 * Parts of entry pages that repeat other entries' names or the citation apparatus: the relation
 * lists (search finds what joins two entries from the search data instead), the ¶ citation markers
 * and the sections' link controls. The cited-paragraphs and cite-this sections carry
 * data-pagefind-ignore themselves.
 */
export const EXCLUDED_FROM_INDEX = ['section[aria-labelledby="relations"]', '.cites', '.anchor'];

/** Files Pagefind writes that the site never loads (its other UIs and the worker). */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'wasm.unknown.pagefind',
];

/** Builds the search data file from the fragments Pagefind wrote. */
export function writeSearchData(bundle: string, synonyms: SynonymGroups): number {
  const entries = readdirSync(join(bundle, 'fragment'))
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((file) => {
      const raw = gunzipSync(readFileSync(join(bundle, 'fragment', file)));
      // Pagefind prefixes its decompressed files with a 12-byte signature.
      const fragment = JSON.parse(raw.subarray(12).toString('utf8')) as Fragment;
      return searchEntryFromFragment(file.replace(/\.pf_fragment$/, ''), fragment, `pagefind/fragment/${file}`);
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  const data: SearchData = { entries, synonyms };
  writeFileSync(join(bundle, 'kb-search.json'), JSON.stringify(data));
  return entries.length;
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
        const pagefind = await import('pagefind');
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            excludeSelectors: EXCLUDED_FROM_INDEX,
          });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Pagefind scans every HTML file but indexes only pages with data-pagefind-body; its entry
          // file records how many pages each language index holds.
          const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
          if (indexed === 0)
            throw new Error(
              `Pagefind indexed no page (of ${added.page_count} scanned): no page has data-pagefind-body`,
            );
          const searchable = writeSearchData(bundle, currentSnapshot(root).synonyms);
          for (const file of UNUSED) rmSync(join(bundle, file), { force: true });
          logger.info(
            `indexed ${indexed} of ${added.page_count} pages (${searchable} in the search data) in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
