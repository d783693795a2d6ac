/**
 * Ranking that knows the knowledge base. Pagefind finds pages by their words; this layer orders them
 * by what a reader named:
 * 1. an entry whose title or aliases contain every term of the query comes first, the entry whose
 *    name the query covers most closely before names that merely contain the terms;
 * 2. when the query names two or more entries ("tokayev putin"), the entries that join them (an
 *    event's participants and place, a route's ends, a relation, an office) come next;
 * 3. then entries by how many of the terms their names, keywords and summary cover, and how strongly;
 * 4. ties keep Pagefind's order.
 * Terms match across compounds ("tajik-afghan" ↔ "tajik afghan", "alqaeda" ↔ "al-qaeda"), plural
 * and "-ed" endings, the synonym list, a typed prefix of the last term, and (when a term matches
 * nothing at all) small misspellings.
 */
import { editDistance } from './suggest.ts';
import type { SynonymGroups } from '../model/schemas/synonyms.ts';

/** One entry as search knows it (written at build time into the search data file). */
export interface SearchEntry {
  /** Pagefind's id of the page. */
  page: string;
  url: string;
  /** Entry id (last segment of the URL). */
  id: string;
  title: string;
  aliases: string[];
  keywords: string[];
  /** Ids of the entries this one joins: participants, place, route ends, relations, offices. */
  links: string[];
  /** Type label ("Actor") and kind label ("State"), as the filters show them. */
  type: string;
  kind: string;
  summary: string;
}

/** Words that carry no meaning for finding an entry (question words, articles, prepositions). */
const STOP_WORDS = new Set(
  'a an the of to in on at for and or with by from into about is are was were be been being did do does done has have had who whom whose what which when where why how happened happen it its this that there their they he she his her'.split(
    ' ',
  ),
);

/** Lowercase words of a text: diacritics, apostrophes and dots dropped, split on anything else. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A light English stem: plural and "-ed" endings, and a final silent "e", so word forms meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ed')) {
    w = w.slice(0, -2);
    if (/([^aeiou])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The query's terms: its words without stop words (all of them if nothing else is left). */
export function queryTerms(query: string): string[] {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : all;
}

/** Maps each stemmed word to the stems of its synonym group (itself included). */
export function synonymIndex(groups: SynonymGroups): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const group of groups) {
    const stems = new Set(group.flatMap((w) => words(w).map(stem)));
    for (const s of stems) index.set(s, stems);
  }
  return index;
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
  names: Field[];
  others: Field[];
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

/** What the ranking needs of the knowledge base, prepared once. */
export interface RankIndex {
  entries: Prepared[];
  /** Every word and stem of every field, and adjacent words joined, to tell quickly whether a term matches anything. */
  vocabulary: Set<string>;
  stems: Set<string>;
  joined: Set<string>;
  byId: Map<string, Prepared>;
  byPage: Map<string, Prepared>;
  synonyms: Map<string, Set<string>>;
}

export function prepareIndex(entries: readonly SearchEntry[], groups: SynonymGroups): RankIndex {
  const prepared = entries.map((entry) => ({
    entry,
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
    byPage: new Map(prepared.map((p) => [p.entry.page, p])),
    synonyms: synonymIndex(groups),
  };
}

/** How an entry answers the query. */
export interface EntryScore {
  entry: SearchEntry;
  /** 1: every term in its title or aliases; 2: joins entries the query names; 3: the rest. */
  tier: 1 | 2 | 3;
  /** Terms found in its names, keywords or summary. */
  covered: number;
  /** Sum over terms of the strongest field holding it. */
  strength: number;
  /** Share of its closest name's words the query covers (1 = the query is its name). */
  closeness: number;
  /** Terms matched only as misspellings. */
  fuzzy: number;
  /** Entries named by the query that this one joins. */
  joins: number;
  /** Position in Pagefind's results (Infinity when Pagefind did not find it). */
  pagefindRank: number;
}

/**
 * Orders entries for a query. `pagefindPages` are Pagefind's result ids in its order; entries the
 * names, keywords or summaries match are added even if Pagefind missed them (misspellings,
 * synonyms). Entries matching nothing and not found by Pagefind are left out.
 */
export function rankEntries(
  query: string,
  pagefindPages: readonly string[],
  index: RankIndex,
  typing = false,
): EntryScore[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const rank = new Map(pagefindPages.map((p, i) => [p, i]));
  const everyField = (p: Prepared) => [...p.names, ...p.others];

  // A matcher per term: exact, synonym, compound, typed prefix (last term while typing), then
  // misspelling only for a term that matches no field of any entry exactly.
  const matchers = terms.map((term, t) => {
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

  // Entries the query names: a name all of whose words the terms cover, or a person's surname.
  const namedBy = new Map<string, Set<number>>();
  for (const p of index.entries) {
    for (const name of p.names) {
      if (!name.words.length) continue;
      const coveredWords = new Set<number>();
      const termsUsed = new Set<number>();
      matchers.forEach((m, t) => {
        const hit = m(name);
        if (hit) {
          hit.covered.forEach((i) => coveredWords.add(i));
          termsUsed.add(t);
        }
      });
      const surname =
        p.entry.kind === 'Person' &&
        name === p.names[0] &&
        (() => {
          const last = name.words.length - 1;
          return matchers.some((m, t) => {
            const hit = m({ ...name, words: [name.words[last]!], stems: [name.stems[last]!] });
            if (hit) termsUsed.add(t);
            return hit;
          });
        })();
      if (coveredWords.size === name.words.length || surname) {
        const set = namedBy.get(p.entry.id) ?? new Set<number>();
        termsUsed.forEach((t) => set.add(t));
        namedBy.set(p.entry.id, set);
      }
    }
  }

  const scores: EntryScore[] = [];
  for (const p of index.entries) {
    let covered = 0;
    let strength = 0;
    let fuzzy = 0;
    let inNames = 0;
    for (const m of matchers) {
      let best = 0;
      let bestFuzzy = false;
      for (const f of everyField(p)) {
        if (f.level <= best) continue;
        const hit = m(f);
        if (hit) {
          best = f.level;
          bestFuzzy = hit.fuzzy;
        }
      }
      if (best) {
        covered++;
        strength += best;
        if (bestFuzzy) fuzzy++;
      }
      if (best === LEVEL.name) inNames++;
    }
    let closeness = 0;
    for (const name of p.names) {
      const coveredWords = new Set<number>();
      for (const m of matchers) m(name)?.covered.forEach((i) => coveredWords.add(i));
      if (name.words.length) closeness = Math.max(closeness, coveredWords.size / name.words.length);
    }
    // Joins: named entries it links to that account for different terms, itself not named.
    let joins = 0;
    if (!namedBy.has(p.entry.id)) {
      const termsJoined = new Set<number>();
      for (const id of p.entry.links) {
        const named = namedBy.get(id);
        if (!named) continue;
        joins++;
        named.forEach((t) => termsJoined.add(t));
      }
      if (joins < 2 || termsJoined.size < 2) joins = 0;
    }
    const pagefindRank = rank.get(p.entry.page) ?? Infinity;
    if (!covered && pagefindRank === Infinity) continue;
    const tier = inNames === terms.length ? 1 : joins ? 2 : 3;
    scores.push({ entry: p.entry, tier, covered, strength, closeness, fuzzy, joins, pagefindRank });
  }
  return scores.sort(compareScores);
}

/** Tier first; within tier 1 the closest name, then every measure in turn, then Pagefind. */
export function compareScores(a: EntryScore, b: EntryScore): number {
  return (
    a.tier - b.tier ||
    (a.tier === 1 ? b.closeness - a.closeness : 0) ||
    b.covered - a.covered ||
    b.joins - a.joins ||
    b.strength - a.strength ||
    a.fuzzy - b.fuzzy ||
    b.closeness - a.closeness ||
    a.pagefindRank - b.pagefindRank ||
    a.entry.title.localeCompare(b.entry.title)
  );
}
