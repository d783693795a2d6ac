/**
 * Loads a content folder the way the site's glob loaders do (YAML frontmatter, the collection
 * schemas, the file name as id) without running Astro, so the integrity check can run in-process
 * in tests and in `npm run check:content`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { SCHEMAS } from '../../src/schemas/collections.ts';
import type { AnyEntry } from '../../src/lib/entries.ts';
import { collectionFolders } from '../../src/integrations/content-folders.ts';
import { COLLECTIONS, type CollectionName } from '../../src/lib/ids.ts';
import type { FolderState, Problem } from '../../src/lib/integrity.ts';

// The same frontmatter pattern Astro uses: the YAML block is everything between the two fences.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface LoadedContent {
  entries: AnyEntry[];
  /** Schema and YAML problems, one per issue, with file and field. */
  problems: Problem[];
  folders: Partial<Record<CollectionName, { path: string; state: FolderState }>>;
}

/** Splits an MDX file into its parsed frontmatter and its body. */
export function parseMdx(text: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text.trim() };
  // Astro's MDX loader trims the body, so "body line N" counts from its first line of text.
  return { data: loadYaml(match[1]!) ?? {}, body: text.slice(match.index + match[0].length).trim() };
}

/** Loads every collection under `contentDir`; `root` is the folder paths in messages are relative to. */
export function loadContent(contentDir: string, root = process.cwd()): LoadedContent {
  const entries: AnyEntry[] = [];
  const problems: Problem[] = [];
  const folders: LoadedContent['folders'] = {};
  const found = collectionFolders(contentDir, root);
  for (const collection of COLLECTIONS) {
    const { path, state, files } = found[collection];
    folders[collection] = { path, state };
    const dir = join(contentDir, collection);
    for (const name of files) {
      const file = relative(root, join(dir, name));
      let parsed: { data: unknown; body: string };
      try {
        parsed = parseMdx(readFileSync(join(dir, name), 'utf8'));
      } catch (error) {
        problems.push({ file, field: '(frontmatter)', message: `malformed YAML: ${(error as Error).message.split('\n')[0]}` });
        continue;
      }
      const result = SCHEMAS[collection].safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, field: issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)', message: issue.message });
        }
        continue;
      }
      entries.push({ id: name.replace(/\.mdx$/, ''), collection, data: result.data, body: parsed.body, file } as AnyEntry);
    }
  }
  return { entries, problems, folders };
}
