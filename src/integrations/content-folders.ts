/**
 * Build hook: before content is loaded, every collection folder under `content/` must exist and
 * hold at least one entry. Astro's glob loader only warns about a missing or empty folder; we stop
 * the build with one error naming every such folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { COLLECTIONS, type CollectionName } from '../lib/ids.ts';
import { KnowledgeBaseError, folderProblems, type FolderState } from '../lib/integrity.ts';

/** The state of each collection folder under `contentDir`; paths are relative to `root`. */
export function collectionFolders(contentDir: string, root: string): Record<CollectionName, { path: string; state: FolderState; files: string[] }> {
  return Object.fromEntries(COLLECTIONS.map((collection) => {
    const dir = join(contentDir, collection);
    const path = relative(root, dir) || dir;
    if (!existsSync(dir)) return [collection, { path, state: 'missing', files: [] }];
    const files = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
    return [collection, { path, state: files.length ? 'ok' : 'empty', files }];
  })) as Record<CollectionName, { path: string; state: FolderState; files: string[] }>;
}

export function contentFolders(): AstroIntegration {
  return {
    name: 'kb:content-folders',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = folderProblems(collectionFolders(join(root, 'content'), root));
        if (problems.length) throw new KnowledgeBaseError(problems);
      },
    },
  };
}
