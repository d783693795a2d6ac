/**
 * Static paths with their props: each page gets its view, built by a pure view builder of
 * `src/views` from the build's knowledge base, so route files stay thin and components only render
 * what they are handed.
 */
import type { EntryView } from '../views/entry/types.ts';
import { BROWSE_COLLECTIONS, LIST_COLLECTIONS, type CollectionName } from '../model/ids.ts';
import type { KbIndex } from '../model/index/kb-index.ts';
import { sourceCredit, type SiteCredit } from '../views/pages/credit.ts';
import { listView, type ListView } from '../views/pages/list.ts';
import { sourceView, type SourceView } from '../views/pages/source.ts';
import type { LinkView } from '../views/parts/viewer.ts';
import { SITE, currentKnowledgeBase, type KnowledgeBase } from './kb.ts';
import { aliasRedirects, renameRedirects, type EntryRedirect } from './redirects.ts';
import { renderableEntries } from './render.ts';
import { RENAMED } from '../config/redirects.ts';

/** The source credit and this build's version, for every page's head and footer. */
function siteCredit(kb: KnowledgeBase): SiteCredit {
  return { ...sourceCredit(kb.index), build: kb.version.build, versionDate: kb.version.date };
}

export type EntryRouteProps =
  | { kind: 'entry'; view: EntryView; credit: SiteCredit }
  | { kind: 'redirect'; reason: 'alias' | 'renamed'; name: string; target: LinkView };

const served = (c: CollectionName) => (BROWSE_COLLECTIONS as readonly string[]).includes(c);

/**
 * Each entry with a page of the generic route, with its params and whole view. Under the development
 * server, only the entries Astro's store can render yet.
 */
async function entryPages(kb: KnowledgeBase) {
  const renderable = import.meta.env.DEV ? await renderableEntries() : undefined;
  return kb.index.entries
    .filter((e) => served(e.collection) && (!renderable || renderable.has(`${e.collection}/${e.id}`)))
    .map((e) => ({ params: { collection: e.collection, id: e.id }, view: kb.page(e.id) }));
}

/** Paths of the generic entry route: entries with their views, and redirects from each alias slug. */
export async function entryRoutePaths() {
  const kb = await currentKnowledgeBase();
  const credit = siteCredit(kb);
  const entries = (await entryPages(kb)).map(({ params, view }) => ({
    params,
    props: { kind: 'entry', view, credit } as EntryRouteProps,
  }));
  const redirect = (reason: 'alias' | 'renamed') => (r: EntryRedirect) => ({
    params: { collection: r.collection, id: r.slug },
    props: {
      kind: 'redirect',
      reason,
      name: r.name,
      target: { id: r.id, title: kb.index.byId.get(r.id)!.data.title, path: r.to },
    } as EntryRouteProps,
  });
  return [
    ...entries,
    ...aliasRedirects(kb.index)
      .filter((r) => served(r.collection))
      .map(redirect('alias')),
    ...renameRedirects(kb.index, RENAMED).map(redirect('renamed')),
  ];
}

export interface ListRouteProps {
  view: ListView;
  credit: SiteCredit;
}

/** Paths of the generic list route, each with its view. */
export async function listRoutePaths() {
  const kb = await currentKnowledgeBase();
  const credit = siteCredit(kb);
  return LIST_COLLECTIONS.map((collection) => ({
    params: { collection },
    props: { view: listView(kb.index, collection), credit } satisfies ListRouteProps,
  }));
}

export interface SourceRouteProps {
  view: SourceView;
  credit: SiteCredit;
}

/** The source page's path and view. */
export async function sourceRoutePaths() {
  const kb = await currentKnowledgeBase();
  return [
    {
      params: { id: kb.index.source.id },
      props: { view: sourceView(kb.index, SITE, kb.core), credit: siteCredit(kb) } satisfies SourceRouteProps,
    },
  ];
}

/** The view of a page without parameters, with the source credit every page's footer shows. */
export async function pageData<T>(
  build: (index: KbIndex, kb: KnowledgeBase) => T,
): Promise<{ view: T; credit: SiteCredit }> {
  const kb = await currentKnowledgeBase();
  return { view: build(kb.index, kb), credit: siteCredit(kb) };
}

export interface CitationRouteProps {
  view: EntryView;
  credit: SiteCredit;
}

/** Paths of the citation pages (`/<collection>/<id>/cite/`): each entry page's view, for every format. */
export async function citationRoutePaths() {
  const kb = await currentKnowledgeBase();
  const credit = siteCredit(kb);
  return (await entryPages(kb)).map(({ params, view }) => ({
    params,
    props: { view, credit } satisfies CitationRouteProps,
  }));
}
