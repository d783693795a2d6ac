/**
 * Loads a content folder the way the site's glob loaders do (YAML frontmatter, the collection
 * schemas, the file name as id) without running Astro, so the whole-knowledge-base check runs
 * before a build renders anything, in `npm run check:content` and in-process in tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { SCHEMAS } from '../model/schemas/collections.ts';
import type { AnyEntry } from '../model/entries.ts';
import { COLLECTIONS, type CollectionName } from '../model/ids.ts';
import { checkKnowledgeBase, type FolderState, type Problem } from '../model/integrity/check.ts';

export interface LoadedContent {
  /** Entries whose frontmatter parsed and passed their collection's schema. */
  entries: AnyEntry[];
  /** Schema and YAML problems, one per issue, with file and field. */
  problems: Problem[];
  /** Ids of the files left out of `entries` because of those problems. */
  rejected: string[];
  folders: Partial<Record<CollectionName, { path: string; state: FolderState }>>;
}

/** The state of each collection folder under `contentDir`; paths are relative to `root`. */
export function collectionFolders(
  contentDir: string,
  root: string,
): Record<CollectionName, { path: string; state: FolderState; files: string[] }> {
  return Object.fromEntries(
    COLLECTIONS.map((collection) => {
      const dir = join(contentDir, collection);
      const path = relative(root, dir) || dir;
      if (!existsSync(dir)) return [collection, { path, state: 'missing', files: [] }];
      const files = readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .sort();
      return [collection, { path, state: files.length ? 'ok' : 'empty', files }];
    }),
  ) as Record<CollectionName, { path: string; state: FolderState; files: string[] }>;
}

/**
 * Splits an MDX file into its parsed frontmatter and its body with the parser Astro's MDX loader
 * uses. Throws on malformed YAML, with the line in the file where the parser stopped.
 */
export function parseMdx(text: string): { data: unknown; body: string } {
  try {
    const { frontmatter, content } = parseFrontmatter(text);
    // Astro's MDX loader trims the body, so "body line N" counts from its first line of text.
    return { data: frontmatter, body: content.trim() };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    // The YAML block starts on the line after the opening fence, and the parser counts from 0.
    throw new MalformedYaml(reason!, mark ? mark.line + 1 : undefined);
  }
}

/** Malformed YAML in a file's frontmatter; `line` is the line in the file, when the parser knows it. */
export class MalformedYaml extends Error {
  readonly line: number | undefined;
  constructor(reason: string, line?: number) {
    super(`malformed YAML: ${reason}`);
    this.name = 'MalformedYaml';
    this.line = line;
  }
}

/** Loads every collection under `contentDir`; `root` is the folder paths in messages are relative to. */
export function loadContent(contentDir: string, root = process.cwd()): LoadedContent {
  const entries: AnyEntry[] = [];
  const problems: Problem[] = [];
  const rejected: string[] = [];
  const folders: LoadedContent['folders'] = {};
  const found = collectionFolders(contentDir, root);
  for (const collection of COLLECTIONS) {
    const { path, state, files } = found[collection];
    folders[collection] = { path, state };
    const dir = join(contentDir, collection);
    for (const name of files) {
      const file = relative(root, join(dir, name));
      const id = name.replace(/\.mdx$/, '');
      let parsed: { data: unknown; body: string };
      try {
        parsed = parseMdx(readFileSync(join(dir, name), 'utf8'));
      } catch (error) {
        if (!(error instanceof MalformedYaml)) throw error;
        problems.push({
          file,
          field: error.line ? `frontmatter line ${error.line}` : '(frontmatter)',
          message: error.message,
        });
        rejected.push(id);
        continue;
      }
      const result = SCHEMAS[collection].safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({
            file,
            field:
              issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') ||
              '(root)',
            message: issue.message,
          });
        }
        rejected.push(id);
        continue;
      }
      entries.push({ id, collection, data: result.data, body: parsed.body, file } as AnyEntry);
    }
  }
  return { entries, problems, rejected, folders };
}

/**
 * The whole-knowledge-base check the build runs before rendering: folders, YAML, schemas, then the
 * integrity check over every entry that passed its schema. A reference to an entry that failed its
 * schema is not reported again as an unknown entry: that file's own problems are listed.
 */
export function checkContent(contentDir: string, root = process.cwd()): { entries: AnyEntry[]; problems: Problem[] } {
  const { entries, problems, rejected, folders } = loadContent(contentDir, root);
  const unloaded = new Set(rejected);
  const integrity = checkKnowledgeBase(entries, { folders }).filter((p) => {
    const unknown = /^unknown entry "(.+)"$/.exec(p.message);
    return !(unknown && unloaded.has(unknown[1]!));
  });
  return { entries, problems: [...problems, ...integrity] };
}
