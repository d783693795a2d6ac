/**
 * The A–Z index of the search page: every entry under its title and under each alias, grouped by
 * first letter, so the page is useful without JavaScript (the browser's find-in-page searches it).
 */
import type { AnyEntry } from '../model/entries.ts';
import { entryPath } from '../model/ids.ts';
import { COLLECTION_LABELS, kindLabel } from '../model/vocab/kinds.ts';

interface AtoZItem {
  /** The name listed: the title or an alias. */
  name: string;
  href: string;
  /** For an alias, the title it stands for. */
  aliasOf?: string;
  /** "Actor · State". */
  label: string;
}

export interface AtoZGroup {
  /** "A"…"Z", or "#" for names starting with a digit or another sign. */
  letter: string;
  items: AtoZItem[];
}

/** First letter of a name for grouping, diacritics dropped ("Türkiye" → "T"). */
function letterOf(name: string): string {
  const first = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Every entry under its title and aliases, grouped by letter and sorted by name. */
export function searchAtoZ(entries: readonly AnyEntry[]): AtoZGroup[] {
  const items: AtoZItem[] = [];
  for (const entry of entries) {
    const href = entryPath(entry.collection, entry.id);
    const label = `${COLLECTION_LABELS[entry.collection].singular} · ${kindLabel(entry.collection, entry.data.kind)}`;
    items.push({ name: entry.data.title, href, label });
    for (const alias of entry.data.aliases) items.push({ name: alias, href, aliasOf: entry.data.title, label });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  items.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.aliasOf ?? '', b.aliasOf ?? ''));
  const groups = new Map<string, AtoZItem[]>();
  for (const item of items) {
    const letter = letterOf(item.name);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups]
    .map(([letter, list]) => ({ letter, items: list }))
    .sort((a, b) => (a.letter === '#' ? -1 : b.letter === '#' ? 1 : a.letter.localeCompare(b.letter)));
}
