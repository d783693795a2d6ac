/**
 * Static paths with their props: each page gets its view, built by a pure view builder of `src/views`,
 * so route files stay thin and components only render what they are handed.
 */
import type { EntryView } from '../views/entry/entry-view.ts';
import { entryView } from '../views/entry/entry-view.ts';
import { otherNames } from '../model/entries.ts';
import { entryPath, slugify, type CollectionName } from '../model/ids.ts';
import {
  BROWSE_COLLECTIONS,
  listView,
  sourceCredit,
  sourceView,
  type ListView,
  type SiteCredit,
  type SourceView,
} from '../views/pages/page-views.ts';
import type { LinkView } from '../views/parts/viewer.ts';
import { cachedCitations } from '../build/citation-cache.ts';
import { citationSettings } from './citation-settings.ts';
import { knowledgeBase } from './kb.ts';
import { SITE_VERSION } from './version.ts';

/** The source credit and this build's version, for every page's head and footer. */
function siteCredit(kb: Awaited<ReturnType<typeof knowledgeBase>>): SiteCredit {
  return { ...sourceCredit(kb), build: SITE_VERSION.build, versionDate: SITE_VERSION.date };
}

/** The public origin, from `site` in the Astro config. */
export const SITE = import.meta.env.SITE;

/** Collections whose entries are served by the generic entry route (the source has its own page). */
export const ENTRY_ROUTE_COLLECTIONS = BROWSE_COLLECTIONS;

export type EntryRouteProps =
  { kind: 'entry'; view: EntryView; credit: SiteCredit } | { kind: 'redirect'; alias: string; target: LinkView };

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

/** Every alias or later name whose slug differs from its entry's id gets a redirect page in the entry's collection. */
export async function aliasRedirects(): Promise<AliasRedirect[]> {
  const kb = await knowledgeBase();
  return kb.entries.flatMap((entry) =>
    otherNames(entry)
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

const served = (c: CollectionName) => (ENTRY_ROUTE_COLLECTIONS as readonly string[]).includes(c);

/** Paths of the generic entry route: entries with their views, and redirects from each alias slug. */
export async function entryRoutePaths() {
  const kb = await knowledgeBase();
  const credit = siteCredit(kb);
  const entries = kb.entries
    .filter((e) => served(e.collection))
    .map((e) => ({
      params: { collection: e.collection, id: e.id },
      props: {
        kind: 'entry',
        view: entryView(kb, e.id, SITE, SITE_VERSION, cachedCitations(citationSettings.cacheDir)),
        credit,
      } as EntryRouteProps,
    }));
  const redirects = (await aliasRedirects())
    .filter((r) => served(r.collection))
    .map((r) => {
      const target = kb.byId.get(r.id)!;
      return {
        params: { collection: r.collection, id: slugify(r.alias) },
        props: {
          kind: 'redirect',
          alias: r.alias,
          target: { id: r.id, title: target.data.title, path: r.to },
        } as EntryRouteProps,
      };
    });
  return [...entries, ...redirects];
}

/** Collections with a generic list page (scenarios have their own comparison page). */
export const LIST_ROUTE_COLLECTIONS = [
  'actors',
  'organizations',
  'bases',
  'places',
  'infrastructure',
  'events',
  'sources',
] as const satisfies readonly CollectionName[];

export interface ListRouteProps {
  view: ListView;
  credit: SiteCredit;
}

/** Paths of the generic list route, each with its view. */
export async function listRoutePaths() {
  const kb = await knowledgeBase();
  const credit = siteCredit(kb);
  return LIST_ROUTE_COLLECTIONS.map((collection) => ({
    params: { collection },
    props: { view: listView(kb, collection), credit } satisfies ListRouteProps,
  }));
}

export interface SourceRouteProps {
  view: SourceView;
  credit: SiteCredit;
}

/** The source page's path and view. */
export async function sourceRoutePaths() {
  const kb = await knowledgeBase();
  return [
    {
      params: { id: kb.source.id },
      props: { view: sourceView(kb, SITE), credit: siteCredit(kb) } satisfies SourceRouteProps,
    },
  ];
}

/** The view of a page without parameters, with the source credit every page's footer shows. */
export async function pageData<T>(
  build: (kb: Awaited<ReturnType<typeof knowledgeBase>>) => T,
): Promise<{ view: T; credit: SiteCredit }> {
  const kb = await knowledgeBase();
  return { view: build(kb), credit: siteCredit(kb) };
}
