/**
 * The data layer: the only module that loads the collections. It loads every collection once,
 * runs the integrity check over the whole knowledge base, and builds the one index pages read from.
 * A build with bad content stops here with one error listing every problem.
 */
import { getCollection } from 'astro:content';
import type { AnyEntry } from '../model/entries.ts';
import { buildIndex, type KbIndex } from '../model/index/kb-index.ts';
import { COLLECTIONS, type CollectionName } from '../model/ids.ts';
import { KnowledgeBaseError, checkKnowledgeBase } from '../model/integrity/check.ts';

async function loadCollection(collection: CollectionName): Promise<AnyEntry[]> {
  const entries = await getCollection(collection);
  return entries.map(
    (entry) =>
      ({
        id: entry.id,
        collection,
        data: entry.data,
        body: entry.body ?? '',
        file: entry.filePath ?? `content/${collection}/${entry.id}.mdx`,
      }) as AnyEntry,
  );
}

async function load(): Promise<KbIndex> {
  const entries = (await Promise.all(COLLECTIONS.map(loadCollection))).flat();
  const problems = checkKnowledgeBase(entries);
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return buildIndex(entries);
}

let loaded: Promise<KbIndex> | undefined;

/** The validated, indexed knowledge base. Loaded once per build. */
export function knowledgeBase(): Promise<KbIndex> {
  loaded ??= load();
  return loaded;
}
