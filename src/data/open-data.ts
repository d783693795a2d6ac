/** Data files served to scripts and to readers who reuse the knowledge base. */
import { entryPath, slugify } from '../lib/ids.ts';
import { kindLabel } from '../lib/kinds.ts';
import { knowledgeBase } from './kb.ts';

/** `{ id: { title, kind, summary } }` for every entry, for link previews. */
export async function previewData(): Promise<Record<string, { title: string; kind: string; summary: string }>> {
  const kb = await knowledgeBase();
  return Object.fromEntries(kb.entries.map((e) => [e.id, { title: e.data.title, kind: kindLabel(e.collection, e.data.kind), summary: e.data.summary }]));
}

/** Every id and alias slug with the page it leads to, for "did you mean" on the 404 page. */
export async function suggestionTargets(): Promise<{ slug: string; path: string; title: string }[]> {
  const kb = await knowledgeBase();
  return kb.entries.flatMap((e) => {
    const path = entryPath(e.collection, e.id);
    return [e.id, ...e.data.aliases.map(slugify)].map((slug) => ({ slug, path, title: e.data.title }));
  });
}
