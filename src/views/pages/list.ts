/** A collection's list page: its entries grouped by kind, each with its summary. */
import { kindAnchor } from '../../model/anchors.ts';
import type { CollectionName } from '../../model/ids.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { COLLECTION_LABELS, kindGroupLabel, kindsOf } from '../../model/vocab/kinds.ts';
import { Viewer, type LinkView } from '../parts/viewer.ts';
import { groupByKind } from './tables.ts';

export interface ListView {
  collection: CollectionName;
  label: string;
  count: number;
  groups: { kind: string; anchor: string; label: string; entries: { link: LinkView; summary: string }[] }[];
}

/** A collection's list page: entries grouped by kind, each with its summary. */
export function listView(index: KbIndex, collection: CollectionName): ListView {
  const v = new Viewer(index);
  const entries = index.entries.filter((e) => e.collection === collection);
  return {
    collection,
    label: COLLECTION_LABELS[collection].plural,
    count: entries.length,
    groups: groupByKind(entries, kindsOf(collection)).map((g) => ({
      kind: g.kind,
      anchor: kindAnchor(g.kind),
      label: kindGroupLabel(collection, g.kind),
      entries: g.entries.map((e) => ({ link: v.link(e.id), summary: e.data.summary })),
    })),
  };
}
