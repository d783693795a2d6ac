/**
 * Precomputed static paths, so route files stay thin: one per entry page and one per alias
 * redirect.
 */
import { entryPath, slugify, type CollectionName } from '../lib/ids.ts';
import { knowledgeBase } from './kb.ts';

/** Collections whose entries are served by the generic entry route (the source has its own page). */
export const ENTRY_ROUTE_COLLECTIONS = ['actors', 'organizations', 'bases', 'places', 'infrastructure', 'events', 'scenarios'] as const satisfies readonly CollectionName[];

export type EntryRouteProps = { kind: 'entry'; id: string } | { kind: 'redirect'; id: string; alias: string };

export interface AliasRedirect {
  collection: CollectionName;
  /** The entry the alias names. */
  id: string;
  alias: string;
  /** Path of the redirect page. */
  from: string;
  /** Path of the entry. */
  to: string;
}

/** Every alias whose slug differs from its entry's id gets a redirect page in the entry's collection. */
export async function aliasRedirects(): Promise<AliasRedirect[]> {
  const kb = await knowledgeBase();
  return kb.entries.flatMap((entry) =>
    entry.data.aliases
      .filter((alias) => slugify(alias) !== entry.id)
      .map((alias) => ({
        collection: entry.collection,
        id: entry.id,
        alias,
        from: entryPath(entry.collection, slugify(alias)),
        to: entryPath(entry.collection, entry.id),
      })),
  );
}

/** Paths of the generic entry route: entries, and redirects from each alias slug to its entry. */
export async function entryRoutePaths() {
  const kb = await knowledgeBase();
  const served = (c: CollectionName) => (ENTRY_ROUTE_COLLECTIONS as readonly string[]).includes(c);
  const entries = kb.entries
    .filter((e) => served(e.collection))
    .map((e) => ({ params: { collection: e.collection, id: e.id }, props: { kind: 'entry', id: e.id } as EntryRouteProps }));
  const redirects = (await aliasRedirects())
    .filter((r) => served(r.collection))
    .map((r) => ({ params: { collection: r.collection, id: slugify(r.alias) }, props: { kind: 'redirect', id: r.id, alias: r.alias } as EntryRouteProps }));
  return [...entries, ...redirects];
}

/** Collections with a generic list page (scenarios have their own comparison page). */
export const LIST_ROUTE_COLLECTIONS = ['actors', 'organizations', 'bases', 'places', 'infrastructure', 'events', 'sources'] as const satisfies readonly CollectionName[];

/** Paths of the generic list route. */
export function listRoutePaths() {
  return LIST_ROUTE_COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }));
}
