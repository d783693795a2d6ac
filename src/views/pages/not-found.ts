/** The 404 page: every entry by collection, and the names a mistyped address may have meant. */
import { BROWSE_COLLECTIONS, collectionPath, entryPath, slugify } from '../../model/ids.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { COLLECTION_LABELS } from '../../model/vocab/kinds.ts';
import { Viewer, type LinkView } from '../parts/viewer.ts';

export interface NotFoundView {
  collections: { label: string; path: string; entries: LinkView[] }[];
  /** Every id, alias and later name with the page it leads to, for "did you mean". */
  targets: { slug: string; path: string; title: string }[];
}

/** Every id, alias and later name with the page it leads to. */
function suggestionTargets(index: KbIndex): NotFoundView['targets'] {
  return index.entries.flatMap((e) => {
    const path = entryPath(e.collection, e.id);
    const names = [...e.data.aliases, ...(e.collection === 'places' ? e.data.laterNames.map((n) => n.name) : [])];
    return [e.id, ...names.map(slugify)].map((slug) => ({ slug, path, title: e.data.title }));
  });
}

/** The 404 page: every entry by collection, and the names a mistyped address may have meant. */
export function notFoundView(index: KbIndex): NotFoundView {
  const v = new Viewer(index);
  return {
    collections: BROWSE_COLLECTIONS.map((c) => ({
      label: COLLECTION_LABELS[c].plural,
      path: collectionPath(c),
      entries: v.links(index.entries.filter((e) => e.collection === c).map((e) => e.id)),
    })),
    targets: suggestionTargets(index),
  };
}
