/**
 * The search data, written at build time from the index (the build's content snapshot):
 * - `kb-search.json`: every entry as ranking and results need it — names, keywords, type, kind,
 *   summary, what its page answers (`props`) and what ties it to other entries (`ties`) — the
 *   synonym list and the property catalogue;
 * - `kb-answers/<id>.json`: each entry's claims as its page shows them (`answer-data.ts`), fetched
 *   only for a query that asks about that entry.
 * Entries are listed in the index's order; each entry page carries its position in that order as a
 * Pagefind sort key (`pageSortKey` in `files.ts`), which is how search learns which of Pagefind's
 * page ids is which entry (`pageIdsInOrder` in `run.ts`) without reading Pagefind's files.
 */
import { otherNames, type AnyEntry } from '../model/entries.ts';
import { entryPath } from '../model/ids.ts';
import type { KbIndex } from '../model/index/kb-index.ts';
import type { SynonymGroups } from '../model/schemas/synonyms.ts';
import { COLLECTION_LABELS, kindLabel } from '../model/vocab/kinds.ts';
import { STANCE_TOPICS, type StanceTopic } from '../model/vocab/stances.ts';
import type { EntryCoreView } from '../views/entry/types.ts';
import { entryAnswers, type Positions } from './answer-data.ts';
import type { EntryAnswers } from './answer-types.ts';
import type { SearchData } from './files.ts';
import { propertyCatalogue } from './properties.ts';
import { prepareIndex, readQuery, type SearchEntry } from './query.ts';

/** Everything search loads: the search data, and each entry's answers (entries whose page holds claims). */
export interface SearchBundle {
  data: SearchData;
  answers: Map<string, EntryAnswers>;
}

/** The search data of a knowledge base, with every entry's answers built from `view` (its page's view). */
export function searchBundle(
  index: KbIndex,
  synonyms: SynonymGroups,
  view: (id: string) => EntryCoreView,
): SearchBundle {
  const entries = index.entries.map(searchEntry);
  const full = propertyCatalogue(officeRoles(index));
  const propertyAt = new Map(full.map((p, i) => [p.key, i] as const).reverse());
  const position = new Map(entries.map((e, i) => [e.id, i]));
  const at: Positions = {
    entry: (id) => position.get(id) ?? -1,
    property: (key) => propertyAt.get(key) ?? -1,
  };
  const namedBy = labelReader(entries, synonyms, position);
  const topics = new Map(
    (Object.keys(STANCE_TOPICS) as StanceTopic[]).map((t) => [t, namedBy(STANCE_TOPICS[t].label)]),
  );

  const answers = new Map<string, EntryAnswers>();
  for (const entry of index.entries) {
    const found = entryAnswers(view(entry.id), at, (topic) => topics.get(topic as StanceTopic) ?? []);
    // A fact whose label names an entry ("Border with Afghanistan") ties the page to it.
    for (const group of found.groups) {
      if (!full[group.p]!.key.startsWith('f:')) continue;
      const targets = namedBy(group.l);
      if (targets.length) for (const claim of group.c) claim.x = [...new Set([...(claim.x ?? []), ...targets])];
    }
    if (found.groups.length) answers.set(entry.id, found);
  }

  const used = keepUsedProperties(answers);
  for (const [id, found] of answers) tieEntry(entries[position.get(id)!]!, position.get(id)!, found);
  return { data: { entries, synonyms, properties: used.map((i) => full[i]!) }, answers };
}

/** An entry as ranking and results need it, before its answers give it properties and ties. */
function searchEntry(entry: AnyEntry): SearchEntry {
  return {
    url: entryPath(entry.collection, entry.id),
    id: entry.id,
    title: entry.data.title,
    aliases: otherNames(entry),
    keywords: entry.data.keywords,
    type: COLLECTION_LABELS[entry.collection].singular,
    kind: kindLabel(entry.collection, entry.data.kind),
    summary: entry.data.summary,
    props: [],
    ties: [],
  };
}

/** Every office the knowledge base names, as a person's role ("President of") and as an office. */
function officeRoles(index: KbIndex) {
  return index.entries.flatMap((e) =>
    e.collection === 'actors'
      ? e.data.offices.flatMap((o) => [
          { label: `${o.role} of`, person: true },
          { label: o.role, person: false },
        ])
      : [],
  );
}

/**
 * The positions of the entries a label names, read as a query ("Engagement with the Taliban" names
 * the Taliban). Labels repeat from entry to entry ("Border with Afghanistan"), and reading one looks
 * at every entry's names: each label is read once.
 */
function labelReader(entries: SearchEntry[], synonyms: SynonymGroups, position: Map<string, number>) {
  const naming = prepareIndex(entries, synonyms);
  const read = new Map<string, number[]>();
  return (label: string) => {
    let ids = read.get(label);
    if (!ids) read.set(label, (ids = readQuery(label, naming).subjects.map((id) => position.get(id)!)));
    return ids;
  };
}

/** Keeps only the catalogue's properties some claim uses, renumbers the answers, and returns the kept ones' old numbers. */
function keepUsedProperties(answers: Map<string, EntryAnswers>): number[] {
  const used = [
    ...new Set([...answers.values()].flatMap((a) => a.groups.flatMap((g) => [g.p, ...g.c.flatMap((c) => c.k ?? [])]))),
  ].sort((a, b) => a - b);
  const renumber = new Map(used.map((old, i) => [old, i]));
  for (const a of answers.values())
    for (const g of a.groups) {
      g.p = renumber.get(g.p)!;
      for (const c of g.c) if (c.k) c.k = c.k.map((k) => renumber.get(k)!);
    }
  return used;
}

/** Gives the entry at position `self` what its answers hold (`props`) and the entries they tie it to (`ties`). */
function tieEntry(entry: SearchEntry, self: number, found: EntryAnswers): void {
  entry.props = [...new Set(found.groups.flatMap((g) => [g.p, ...g.c.flatMap((c) => c.k ?? [])]))].sort(
    (a, b) => a - b,
  );
  for (const group of found.groups)
    for (const claim of group.c) {
      // Entries the claim links, and (negated, as -1 - position) those it only concerns.
      const linked = new Set(claim.t.filter((part): part is number => typeof part === 'number'));
      const others = [...linked, ...(claim.x ?? []).filter((x) => !linked.has(x)).map((x) => -1 - x)];
      const ties = others.filter((o) => o !== self && o !== -1 - self);
      if (ties.length) for (const p of [group.p, ...(claim.k ?? [])]) entry.ties.push([p, ...ties]);
    }
}
