/**
 * Reading a query against the knowledge base. Each term of the query matches the words of an
 * entry's names, keywords and summary exactly, by synonym, as a compound ("alqaeda" ↔ "al-qaeda"),
 * as a typed prefix (the last term, while typing) or, when it matches nothing at all, as a small
 * misspelling. From that the reading knows which entries the query names, its subjects (named
 * entries whose naming terms no longer name contains, or the names it gives one after another), and
 * the terms left over, which may ask for a property of a subject: its members, borders, leader,
 * stance on a topic… (`asked.ts`).
 */
import type { SynonymGroups } from '../model/schemas/synonyms.ts';
import type { Property } from './properties.ts';
import { editDistance } from './suggest.ts';
import { STOP_WORDS, queryTerms, stem, synonymIndex, words } from './words.ts';

/** One entry as search knows it (written at build time into the search data file). */
export interface SearchEntry {
  url: string;
  /** Entry id (last segment of the URL). */
  id: string;
  title: string;
  aliases: string[];
  keywords: string[];
  /** Type label ("Actor") and kind label ("State"), as the filters show them. */
  type: string;
  kind: string;
  summary: string;
  /** What its page answers: positions in the property catalogue of its groups and of its claims' filters. */
  props: number[];
  /**
   * What ties it to other entries: for each claim of its page naming other entries, the claim's
   * property (catalogue position) followed by their positions in the search data (`-1 - position`
   * for an entry the claim concerns without linking it: a stance's topic), and the same for each
   * filter the claim can be picked by.
   */
  ties: number[][];
}

/** How strongly a field counts when it holds a term. */
const LEVEL = { name: 3, keyword: 2, summary: 1 } as const;

interface Field {
  level: number;
  /** Raw words and their stems. */
  words: string[];
  stems: string[];
}

function field(level: number, text: string): Field {
  const w = words(text).filter((x) => !STOP_WORDS.has(x));
  return { level, words: w, stems: w.map(stem) };
}

interface Prepared {
  entry: SearchEntry;
  position: number;
  names: Field[];
  others: Field[];
}

/** What search needs of the knowledge base, prepared once from the search data. */
export interface RankIndex {
  entries: Prepared[];
  /** Every word and stem of every field, and adjacent words joined, to tell quickly whether a term matches anything. */
  vocabulary: Set<string>;
  stems: Set<string>;
  joined: Set<string>;
  byId: Map<string, Prepared>;
  /** Pagefind's page ids, each with its entry. */
  byPage: Map<string, Prepared>;
  synonyms: Map<string, Set<string>>;
  properties: Property[];
  /** Stems of the words of kinds' labels ("base", "state"…): a name may leave them out. */
  kindWords: Set<string>;
  /** Each name's stems, joined by spaces, with the entries that bear it. */
  fullNames: Map<string, string[]>;
}

/**
 * Prepares the search data for ranking. `pageIds` are Pagefind's page ids in the order of
 * `entries` (see `pageIdsInOrder`), empty where Pagefind is not used.
 */
export function prepareIndex(
  entries: readonly SearchEntry[],
  groups: SynonymGroups,
  properties: Property[] = [],
  pageIds: readonly string[] = [],
): RankIndex {
  const prepared = entries.map((entry, position) => ({
    entry,
    position,
    names: [entry.title, ...entry.aliases].map((n) => field(LEVEL.name, n)),
    others: [
      ...entry.keywords.map((k) => field(LEVEL.keyword, k)),
      field(LEVEL.keyword, entry.id),
      field(LEVEL.summary, entry.summary),
    ],
  }));
  const fields = prepared.flatMap((p) => [...p.names, ...p.others]);
  return {
    entries: prepared,
    vocabulary: new Set(fields.flatMap((f) => f.words)),
    stems: new Set(fields.flatMap((f) => f.stems)),
    joined: new Set(fields.flatMap((f) => f.words.slice(1).map((w, i) => f.words[i]! + w))),
    byId: new Map(prepared.map((p) => [p.entry.id, p])),
    byPage: new Map(pageIds.map((page, i) => [page, prepared[i]!])),
    synonyms: synonymIndex(groups),
    properties,
    kindWords: new Set(entries.flatMap((e) => words(e.kind).map(stem))),
    fullNames: fullNames(prepared),
  };
}

function fullNames(prepared: readonly Prepared[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of prepared)
    for (const name of p.names) {
      const key = name.stems.join(' ');
      const ids = out.get(key) ?? [];
      if (key && !ids.includes(p.entry.id)) out.set(key, [...ids, p.entry.id]);
    }
  return out;
}

/** The one entry whose name is exactly these stems, if exactly one bears it. */
function bearer(stems: readonly string[], index: RankIndex): string | undefined {
  const ids = index.fullNames.get(stems.join(' '));
  return ids?.length === 1 ? ids[0] : undefined;
}

/**
 * The entries a query names one after another, each by one of its names word for word
 * ("tajikistan afghanistan", "russia 201st military base", "unama united nations"): two or more,
 * in the fewest names, when its terms are nothing else and not together the name of one entry.
 * Such a query asks what ties them, though one's name may hold the other's words or their kin
 * ("afghan tajiks").
 */
function namesInTurn(terms: readonly string[], index: RankIndex): string[] | undefined {
  const stems = terms.map(stem);
  if (stems.length < 2 || index.fullNames.has(stems.join(' '))) return undefined;
  // best[i]: the fewest names covering the terms from i on.
  const best: (string[] | undefined)[] = [];
  best[stems.length] = [];
  for (let i = stems.length - 1; i >= 0; i--)
    for (let j = i + 1; j <= stems.length; j++) {
      const id = bearer(stems.slice(i, j), index);
      const after = best[j];
      if (id && after && !after.includes(id) && (!best[i] || best[i]!.length > after.length + 1))
        best[i] = [id, ...after];
    }
  return best[0] && best[0].length >= 2 ? best[0] : undefined;
}

/**
 * Among subjects named by the same terms, those that bear a name of exactly those terms ("belarus"
 * names Belarus, and the Crisis in Belarus only by leaving out a word of its kind).
 */
function exactFirst(
  subjects: readonly string[],
  named: ReadonlyMap<string, Set<number>>,
  terms: readonly string[],
  index: RankIndex,
): string[] {
  const termsOf = (id: string) => [...named.get(id)!].sort((a, b) => a - b);
  const key = (id: string) => termsOf(id).join(',');
  const exact = (id: string) => {
    const stems = termsOf(id).map((t) => stem(terms[t]!));
    return index.fullNames.get(stems.join(' '))?.includes(id) ?? false;
  };
  return subjects.filter(
    (id) => exact(id) || !subjects.some((other) => other !== id && key(other) === key(id) && exact(other)),
  );
}

/** How one term matches a field: the positions it covers, and whether only by misspelling. */
type Matcher = (f: Field) => { covered: number[]; fuzzy: boolean } | undefined;

function exactMatcher(term: string, synonyms: Map<string, Set<string>>): Matcher {
  const s = stem(term);
  const same = synonyms.get(s) ?? new Set([s]);
  return (f) => {
    for (let i = 0; i < f.stems.length; i++) {
      if (same.has(f.stems[i]!)) return { covered: [i], fuzzy: false };
      // A compound typed as one word: "alqaeda" covers "al" + "qaeda".
      if (i + 1 < f.words.length && f.words[i]! + f.words[i + 1]! === term)
        return { covered: [i, i + 1], fuzzy: false };
    }
    return undefined;
  };
}

/** Matches words of a set worked out once per term (typed prefixes, near misspellings). */
function wordSetMatcher(accepted: Set<string>, fuzzy: boolean): Matcher {
  return (f) => {
    const i = f.words.findIndex((w) => accepted.has(w));
    return i >= 0 ? { covered: [i], fuzzy } : undefined;
  };
}

/**
 * A matcher per term: exact, synonym, compound, typed prefix (the last term while typing), then
 * misspelling only for a term that matches no field of any entry exactly.
 */
function termMatchers(terms: readonly string[], index: RankIndex, typing: boolean): Matcher[] {
  return terms.map((term, t) => {
    const s = stem(term);
    const same = index.synonyms.get(s) ?? new Set([s]);
    if ([...same].some((x) => index.stems.has(x)) || index.joined.has(term)) return exactMatcher(term, index.synonyms);
    if (typing && t === terms.length - 1 && term.length >= 2) {
      const prefixed = new Set([...index.vocabulary].filter((w) => w.startsWith(term)));
      if (prefixed.size) return wordSetMatcher(prefixed, false);
    }
    if (term.length < 5 || !/[a-z]/.test(term)) return exactMatcher(term, index.synonyms);
    const limit = term.length >= 8 ? 2 : 1;
    return wordSetMatcher(
      new Set(
        [...index.vocabulary].filter(
          (w) => Math.abs(w.length - term.length) <= limit && editDistance(term, w, limit) <= limit,
        ),
      ),
      true,
    );
  });
}

export interface QueryReading {
  terms: string[];
  matchers: Matcher[];
  /** Each entry the query names, with the terms that name it. */
  named: Map<string, Set<number>>;
  /**
   * What the query is about, in the order it names them: the entries it names one after another by
   * their names, when it is nothing else; or else the named entries no other named entry's naming
   * terms contain (of those named by the same terms, the ones bearing a name of exactly those terms).
   */
  subjects: string[];
  /** Terms naming no subject, each with the stems it stands for (its synonyms'). */
  rest: { term: number; stems: Set<string> }[];
  /** The stems of "when" and "where", which ask for a date or a place when nothing else asks for a property. */
  asks: Set<string>;
  /** Entries whose names hold two or more of the terms without being named ("termez exercise"), with those terms. */
  partly: Map<string, Set<number>>;
  /** When the one subject's name holds two named entries: those, and the terms they leave. */
  inner?: { subjects: string[]; rest: QueryReading['rest'] };
}

/** The entries whose ties the query asks for, and the terms they leave: its subjects, or those inside its one subject. */
export function tiedSubjects(reading: QueryReading): { subjects: string[]; rest: QueryReading['rest'] } {
  return reading.subjects.length < 2 && reading.inner ? reading.inner : reading;
}

/**
 * Whether `name`'s words are all covered by the query, allowing it to leave out words of kinds'
 * labels ("201st base" names the 201st Military Base) once a word of its own is covered. Returns
 * the terms used, or undefined.
 */
function namingTerms(name: Field, matchers: readonly Matcher[], kindWords: Set<string>): Set<number> | undefined {
  if (!name.words.length) return undefined;
  const coveredWords = new Set<number>();
  const termsUsed = new Set<number>();
  matchers.forEach((m, t) => {
    const hit = m(name);
    if (hit) {
      hit.covered.forEach((i) => coveredWords.add(i));
      termsUsed.add(t);
    }
  });
  const left = name.stems.filter((_, i) => !coveredWords.has(i));
  const ownCovered = name.stems.some((s, i) => coveredWords.has(i) && !kindWords.has(s));
  return left.length === 0 || (ownCovered && left.every((s) => kindWords.has(s))) ? termsUsed : undefined;
}

/** Reads `query` against the knowledge base. `typing` lets the last term match as a prefix. */
export function readQuery(query: string, index: RankIndex, typing = false): QueryReading {
  const terms = queryTerms(query);
  const matchers = termMatchers(terms, index, typing);
  const named = new Map<string, Set<number>>();
  const partly = new Map<string, Set<number>>();
  for (const p of index.entries) {
    for (const name of p.names) {
      const holds = new Set(matchers.flatMap((m, t) => (m(name) ? [t] : [])));
      if (holds.size >= 2 && holds.size > (partly.get(p.entry.id)?.size ?? 0)) partly.set(p.entry.id, holds);
      let used = namingTerms(name, matchers, index.kindWords);
      // A person is named by surname alone.
      if (!used && p.entry.kind === 'Person' && name === p.names[0]) {
        const last = name.words.length - 1;
        const surname = { ...name, words: [name.words[last]!], stems: [name.stems[last]!] };
        const t = matchers.findIndex((m) => m(surname));
        if (t >= 0) used = new Set([t]);
      }
      if (!used?.size) continue;
      const set = named.get(p.entry.id) ?? new Set<number>();
      used.forEach((t) => set.add(t));
      named.set(p.entry.id, set);
    }
  }
  const inTurn = namesInTurn(terms, index);
  const subjects = inTurn ?? exactFirst(outermost(named), named, terms, index);
  const naming = inTurn ? new Set(terms.keys()) : new Set(subjects.flatMap((id) => [...named.get(id)!]));
  for (const id of named.keys()) partly.delete(id);
  const asks = new Set(
    words(query)
      .filter((w) => w === 'when' || w === 'where')
      .map(stem),
  );
  const reading: QueryReading = { terms, matchers, named, subjects, rest: restOf(terms, naming, index), asks, partly };
  // One name holding two others, and more words ("how long is the uzbek afghan border": "uzbek
  // afghan" names the Afghan Uzbeks, and Uzbekistan and Afghanistan): the two are read too, for
  // what ties them.
  if (subjects.length === 1 && !inTurn) {
    const inner = outermost(new Map([...named].filter(([id]) => id !== subjects[0])));
    const rest = restOf(terms, new Set(inner.flatMap((id) => [...named.get(id)!])), index);
    if (inner.length >= 2 && rest.length) reading.inner = { subjects: inner, rest };
  }
  return reading;
}

/** The named entries whose naming terms no other's contain, in the order the query names them. */
function outermost(named: ReadonlyMap<string, Set<number>>): string[] {
  const contains = (a: Set<number>, b: Set<number>) => a.size > b.size && [...b].every((t) => a.has(t));
  return [...named]
    .filter(([, ts]) => ![...named.values()].some((other) => contains(other, ts)))
    .sort((a, b) => Math.min(...a[1]) - Math.min(...b[1]))
    .map(([id]) => id);
}

/**
 * Words of a question that ask for nothing of their own ("how many troops", "list the members"),
 * or for every tie between the entries named ("russia and uzbekistan relations").
 */
const ASKING_WORDS = new Set([
  'many',
  'much',
  'list',
  'show',
  'tell',
  'me',
  'give',
  'all',
  'any',
  'current',
  'between',
  'relation',
  'relations',
  'relationship',
  'relationships',
  'ties',
  'tie',
  'link',
  'links',
  'connection',
  'connections',
]);

/** The terms not in `naming` (nor words that only ask), each with the stems it stands for. */
export function restOf(terms: readonly string[], naming: ReadonlySet<number>, index: RankIndex): QueryReading['rest'] {
  return terms.flatMap((term, t) => {
    if (naming.has(t) || ASKING_WORDS.has(term)) return [];
    const s = stem(term);
    return [{ term: t, stems: index.synonyms.get(s) ?? new Set([s]) }];
  });
}
