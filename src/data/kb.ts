/**
 * The data layer: the one place pages take the knowledge base from. It is the build's content
 * snapshot — read, checked and indexed once (`src/build/snapshot.ts`) — and each entry's view,
 * built once however many pages and files show it. A knowledge base with problems stops here with
 * one error listing every problem (the build has stopped before; the development server shows it).
 */
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { citationKey } from '../citations/entry-citation.ts';
import { citationView, type CitationInput, type CitationView } from '../citations/formats.ts';
import type { KbIndex } from '../model/index/kb-index.ts';
import { layOutTask, type NetworkLayout } from '../network/network.ts';
import { KnowledgeBaseError } from '../model/integrity/check.ts';
import type { SiteVersion } from '../model/version.ts';
import { entryCoreView, entryView } from '../views/entry/entry-view.ts';
import type { EntryCoreView, EntryView } from '../views/entry/types.ts';
import { projectRecord, type PublishedSnapshot } from './snapshot.ts';

/** The public origin, from `site` in the Astro config. */
export const SITE = import.meta.env.SITE;

export interface KnowledgeBase {
  index: KbIndex;
  version: SiteVersion;
  /** An entry's view as every page shares it (built once). */
  core(id: string): EntryCoreView;
  /** An entry page's whole view: with its JSON-LD and its citation in every format. */
  page(id: string): EntryView;
  /** The network's layout: the one the build computed ahead when its task is the same, else computed now. */
  networkLayout: NetworkLayout;
}

const made = new WeakMap<PublishedSnapshot, KnowledgeBase>();

function make(snapshot: PublishedSnapshot): KnowledgeBase {
  const index = snapshot.index!;
  const version = snapshot.version;
  if (!version) throw new Error(`${snapshot.root}: the content snapshot has no version (package.json is missing)`);
  const cores = new Map<string, EntryCoreView>();
  const pages = new Map<string, EntryView>();
  // Citations formatted ahead by the build (src/build/integrations/citations.ts); the development
  // server formats each page's own.
  const formatCitation = (input: CitationInput): CitationView => {
    const ahead = snapshot.citations?.get(citationKey(input));
    if (ahead) return ahead;
    if (!import.meta.env.DEV) throw new Error(`"${input.id}": its citation was not formatted ahead by the build`);
    return citationView(input);
  };
  const core = (id: string) => {
    let view = cores.get(id);
    if (!view) {
      view = entryCoreView(index, id);
      cores.set(id, view);
      (snapshot.views ??= new Map()).set(id, view);
      snapshot.viewBuilds.set(id, (snapshot.viewBuilds.get(id) ?? 0) + 1);
    }
    return view;
  };
  const page = (id: string) => {
    let view = pages.get(id);
    if (!view) pages.set(id, (view = entryView(index, id, SITE, version, formatCitation, core(id))));
    return view;
  };
  const ahead = snapshot.networkLayout;
  const networkLayout: NetworkLayout = (task) =>
    ahead && JSON.stringify(ahead.task) === JSON.stringify(task)
      ? new Map(Object.entries(ahead.positions))
      : layOutTask(task);
  return { index, version, core, page, networkLayout };
}

/** The knowledge base of this build (of the current content, under the development server). */
export async function currentKnowledgeBase(): Promise<KnowledgeBase> {
  const snapshot = projectRecord(fileURLToPath(root)).current;
  if (!snapshot) throw new Error('No content snapshot: add knowledgeBase() to the integrations in astro.config.mjs.');
  if (!snapshot.index) throw new KnowledgeBaseError(snapshot.problems);
  let kb = made.get(snapshot);
  if (!kb) made.set(snapshot, (kb = make(snapshot)));
  return kb;
}

/** The validated, indexed knowledge base. */
export async function knowledgeBase(): Promise<KbIndex> {
  return (await currentKnowledgeBase()).index;
}
