/** The collection folders: each must exist and hold entries. */
import { COLLECTIONS, type CollectionName } from '../ids.ts';
import type { Problem } from './problems.ts';

/** Whether each collection folder exists and holds entries. */
export type FolderState = 'ok' | 'missing' | 'empty';

/** The state of each collection's folder, keyed by collection; the path is used in messages. */
export type Folders = Partial<Record<CollectionName, { path: string; state: FolderState }>>;

/** Problems with collection folders: one per folder that is missing or holds no entries. */
export function folderProblems(folders: Folders): Problem[] {
  const problems: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const folder = folders[collection];
    if (!folder || folder.state === 'ok') continue;
    problems.push({
      file: folder.path,
      field: '(folder)',
      message:
        folder.state === 'missing'
          ? `the "${collection}" collection folder is missing`
          : `the "${collection}" collection folder holds no entries`,
    });
  }
  return problems;
}
