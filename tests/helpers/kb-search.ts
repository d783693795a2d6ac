/** The project's knowledge base as search sees it, built once per test worker: its search data, answer files and rank index. */
import { join } from 'node:path';
import { readSnapshot } from '../../src/build/content-files.ts';
import type { KbIndex } from '../../src/model/index/kb-index.ts';
import { searchBundle, type SearchBundle } from '../../src/search/data.ts';
import { prepareIndex, type RankIndex } from '../../src/search/query.ts';
import { entryCoreView } from '../../src/views/entry/entry-view.ts';

export interface KbSearch {
  kb: KbIndex;
  bundle: SearchBundle;
  index: RankIndex;
}

let made: KbSearch | undefined;

/** The real knowledge base's search data and answers, and the index ranking prepares from them. */
export function kbSearch(): KbSearch {
  if (made) return made;
  const root = join(import.meta.dirname, '../..');
  const snapshot = readSnapshot(root, join(root, 'content'));
  const kb = snapshot.index!;
  const bundle = searchBundle(kb, snapshot.synonyms, (id) => entryCoreView(kb, id));
  const { entries, synonyms, properties } = bundle.data;
  made = { kb, bundle, index: prepareIndex(entries, synonyms, properties) };
  return made;
}
