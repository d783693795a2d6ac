/**
 * The data layer: the only module that loads the collections. It loads every collection once,
 * runs the integrity check over the whole knowledge base, and builds the one index pages read from.
 * A build with bad content stops here with one error listing every problem.
 */
import { getCollection } from 'astro:content';
import type { AnyEntry } from '../lib/entries.ts';
import { buildIndex, type KbIndex } from '../lib/graph.ts';
import { COLLECTIONS, type CollectionName } from '../lib/ids.ts';
import { KnowledgeBaseError, checkKnowledgeBase } from '../lib/integrity.ts';

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
