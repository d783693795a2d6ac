/**
 * The functions behind list pages and the analyst views: plain data in, tables out. Pages render
 * these results and never compute their own.
 */
import type { AnyEntry } from './entries.ts';

/** Entries grouped by kind, groups in the given kind order, entries by title; empty kinds dropped. */
export function groupByKind<E extends AnyEntry>(entries: readonly E[], kinds: readonly string[]): { kind: string; entries: E[] }[] {
  return kinds
    .map((kind) => ({
      kind,
      entries: entries.filter((e) => e.data.kind === kind).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    }))
    .filter((group) => group.entries.length > 0);
}
