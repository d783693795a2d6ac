/**
 * The source page: the article's entry view, and for each citable place our summary, a link to the
 * passage at the publisher and the entries citing it.
 */
import { citeName, textFragmentUrl } from '../../model/article-places.ts';
import { paragraphAnchor } from '../../model/anchors.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { entryView } from '../entry/entry-view.ts';
import type { EntryCoreView, EntryView } from '../entry/types.ts';
import { Viewer, type LinkView } from '../parts/viewer.ts';

export interface SourceView {
  entry: EntryView;
  paragraphs: { anchor: string; heading: string; summary: string; publisherUrl: string; citedBy: LinkView[] }[];
}

/**
 * Which entries cite each place: an entry cites a place when its page cites it anywhere (typed
 * fields, body, derived sections), exactly as its "Cited paragraphs" lists.
 */
function citedByPlace(index: KbIndex, viewOf: (id: string) => EntryCoreView): Map<string, string[]> {
  const citing = new Map<string, string[]>();
  for (const entry of index.entries) {
    if (entry.id === index.source.id) continue;
    for (const { cite } of viewOf(entry.id).cited)
      citing.set(cite.place, [...(citing.get(cite.place) ?? []), entry.id]);
  }
  return citing;
}

/**
 * The source page: the article, and for each citable place our summary and the entries citing it.
 * `viewOf` gives an entry's page view (built once by the caller for every page that shows it).
 */
export function sourceView(index: KbIndex, site: URL | string, viewOf: (id: string) => EntryCoreView): SourceView {
  const v = new Viewer(index);
  const citing = citedByPlace(index, viewOf);
  const source = index.source.data;
  return {
    entry: entryView(index, index.source.id, site, undefined, undefined, viewOf(index.source.id)),
    paragraphs: source.paragraphs.map((p) => ({
      anchor: paragraphAnchor(p.place),
      heading: `${citeName(p.place)}${p.section ? ` · ${p.section}` : ''}`,
      summary: p.summary,
      publisherUrl: textFragmentUrl(source.url, p.opening),
      citedBy: v.links(citing.get(p.place) ?? []).sort((a, b) => a.title.localeCompare(b.title, 'en')),
    })),
  };
}
