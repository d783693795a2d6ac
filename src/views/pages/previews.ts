/** The data of link previews: each entry's title, kind and summary. */
import type { KbIndex } from '../../model/index/kb-index.ts';
import { kindLabel } from '../../model/vocab/kinds.ts';

/** `{ id: { title, kind, summary } }` for every entry, for link previews. */
export function previewData(index: KbIndex): Record<string, { title: string; kind: string; summary: string }> {
  return Object.fromEntries(
    index.entries.map((e) => [
      e.id,
      { title: e.data.title, kind: kindLabel(e.collection, e.data.kind), summary: e.data.summary },
    ]),
  );
}
