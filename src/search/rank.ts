/**
 * Ranking that knows the knowledge base. Pagefind finds pages by their words; this layer orders them
 * by what a reader named and asked (`query.ts` reads the query):
 * 1. a query naming one entry and asking for something its page holds ("sco members", "who is the
 *    president of uzbekistan") puts that entry first;
 * 2. an entry whose title or aliases contain every term, the entry whose name the query covers
 *    most closely before names that merely contain the terms;
 * 3. the entries the answer to (1) names, in its order;
 * 4. when the query names two or more entries ("tajikistan taliban"), the pages that hold what ties
 *    them — a relation either way, a membership, a statement by one about the other, a stance
 *    toward the other, an event both took part in — most ties first; when it names none but words
 *    of a kind of claim ("who warned…"), the pages holding such a claim that Pagefind found;
 * 5. then entries by how many of the terms their names, keywords and summary cover, and how strongly;
 * 6. ties keep Pagefind's order.
 */
import { askedSubject, asksFor } from './asked.ts';
import { readQuery, tiedSubjects, type QueryReading, type RankIndex, type SearchEntry } from './query.ts';

/** How an entry answers the query. */
export interface EntryScore {
  entry: SearchEntry;
  /**
   * 0: the entry asked about; 1: every term in its names; 2: an entry the answer names; 3: holds a
   * tie between the entries named, or a claim of the kind asked for; 4: the rest.
   */
  tier: 0 | 1 | 2 | 3 | 4;
  /** Terms found in its names, keywords or summary. */
  covered: number;
  /** Sum over terms of the strongest field holding it. */
  strength: number;
  /** Share of its closest name's words the query covers (1 = the query is its name). */
  closeness: number;
  /** Terms matched only as misspellings. */
  fuzzy: number;
  /** Claims of its page tying the entries the query names (tier 2: its place in the answer, negated). */
  joins: number;
  /** Position in Pagefind's results (Infinity when Pagefind did not find it). */
  pagefindRank: number;
  /** Whether Pagefind found every term on its page. */
  whole: boolean;
}

/**
 * What the query's subjects make of each entry: the answer's subject and the entries its answer
 * names (by their place in it), and, for two or more subjects, how many claims of each page tie
 * them: on a subject's page, claims naming another subject; on any other page, claims naming two.
 */
function askedAndTied(
  reading: QueryReading,
  index: RankIndex,
  whole: ReadonlySet<string>,
): { tier: Map<string, 0 | 2 | 3>; joins: Map<string, number> } {
  const tier = new Map<string, 0 | 2 | 3>();
  const joins = new Map<string, number>();
  const asked = askedSubject(reading, index);
  if (asked) {
    const subject = index.byId.get(asked.id)!;
    tier.set(subject.entry.id, 0);
    // Filters name the claims asked for ("observers"); else the properties do.
    const filters = asked.properties.flatMap((a) => a.filters);
    const wanted = new Set(filters.length ? filters : asked.properties.map((a) => a.property));
    let place = 0;
    for (const [property, ...others] of subject.entry.ties) {
      if (!wanted.has(property!)) continue;
      // Entries a claim only concerns (a stance's topic) are not among the values it shows.
      for (const other of others.filter((o) => o >= 0)) {
        const entry = index.entries[other]?.entry;
        if (!entry || tier.has(entry.id)) continue;
        tier.set(entry.id, 2);
        joins.set(entry.id, -place++);
      }
    }
    return { tier, joins };
  }
  const tied = tiedSubjects(reading);
  const subjects = tied.subjects.map((id) => index.byId.get(id)?.position).filter((p) => p !== undefined);
  if (subjects.length < 2) {
    // No entry asked about: words of a kind of claim ("warning", "pledge") pick the pages holding
    // such a claim of their own that Pagefind found for the whole query.
    const kinds = new Set(
      index.properties.flatMap((p, i) =>
        p.key.startsWith('k:') && reading.rest.some(({ stems }) => asksFor(p, stems)) ? [i] : [],
      ),
    );
    if (!kinds.size) return { tier, joins };
    for (const p of index.entries)
      if (whole.has(p.entry.id) && p.entry.props.some((k) => kinds.has(k))) {
        tier.set(p.entry.id, 3);
        joins.set(p.entry.id, 1);
      }
    return { tier, joins };
  }
  // Leftover terms that ask for a property pick the claims that count; other words are ignored here.
  const asking = tied.rest.filter(({ stems }) => index.properties.some((p) => asksFor(p, stems)));
  const counts = (property: number) => {
    const p = index.properties[property];
    return !!p && !p.key.startsWith('k:') && (!asking.length || asking.some(({ stems }) => asksFor(p, stems)));
  };
  for (const p of index.entries) {
    const own = subjects.includes(p.position);
    const held = p.entry.ties.filter(
      ([property, ...others]) =>
        counts(property!) &&
        others.map((o) => (o < 0 ? -o - 1 : o)).filter((o) => subjects.includes(o) && o !== p.position).length >=
          (own ? 1 : 2),
    ).length;
    if (!held) continue;
    tier.set(p.entry.id, 3);
    joins.set(p.entry.id, held);
  }
  return { tier, joins };
}

/**
 * Orders entries for a query. `pagefindPages` are Pagefind's result ids in its order; entries the
 * names, keywords or summaries match are added even if Pagefind missed them (misspellings,
 * synonyms). Entries matching nothing and not found by Pagefind are left out, unless the query's
 * answer names them.
 */
export function rankEntries(
  query: string,
  pagefindPages: readonly string[],
  index: RankIndex,
  typing = false,
  reading: QueryReading = readQuery(query, index, typing),
  wholeCount = pagefindPages.length,
): EntryScore[] {
  const { terms, matchers } = reading;
  if (!terms.length) return [];
  const rank = new Map<string, number>();
  pagefindPages.forEach((page, i) => {
    const id = index.byPage.get(page)?.entry.id;
    if (id && !rank.has(id)) rank.set(id, i);
  });
  // The first `wholeCount` pages Pagefind found for the whole query, the rest for single terms.
  const whole = new Set(pagefindPages.slice(0, wholeCount).flatMap((page) => index.byPage.get(page)?.entry.id ?? []));
  const asked = askedAndTied(reading, index, whole);

  const scores: EntryScore[] = [];
  for (const p of index.entries) {
    let covered = 0;
    let strength = 0;
    let fuzzy = 0;
    let inNames = 0;
    for (const m of matchers) {
      let best = 0;
      let bestFuzzy = false;
      for (const f of [...p.names, ...p.others]) {
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
      if (best === 3) inNames++;
    }
    let closeness = 0;
    for (const name of p.names) {
      const coveredWords = new Set<number>();
      for (const m of matchers) m(name)?.covered.forEach((i) => coveredWords.add(i));
      if (name.words.length) closeness = Math.max(closeness, coveredWords.size / name.words.length);
    }
    const pagefindRank = rank.get(p.entry.id) ?? Infinity;
    const askedTier = asked.tier.get(p.entry.id);
    if (!covered && pagefindRank === Infinity && askedTier === undefined) continue;
    const tier = askedTier === 0 ? 0 : inNames === terms.length ? 1 : (askedTier ?? 4);
    const joins = asked.joins.get(p.entry.id) ?? 0;
    scores.push({
      entry: p.entry,
      tier,
      covered,
      strength,
      closeness,
      fuzzy,
      joins,
      pagefindRank,
      whole: whole.has(p.entry.id),
    });
  }
  return scores.sort(compareScores);
}

/**
 * Tier first; within tier 1 the closest name; the answer's entries in its order; pages holding more
 * ties first; then every measure in turn, then Pagefind.
 */
export function compareScores(a: EntryScore, b: EntryScore): number {
  return (
    a.tier - b.tier ||
    (a.tier === 1 ? b.closeness - a.closeness : 0) ||
    (a.tier === 4 ? Number(b.whole) - Number(a.whole) : 0) ||
    (a.tier === 2 || a.tier === 3 ? b.joins - a.joins : 0) ||
    b.covered - a.covered ||
    b.joins - a.joins ||
    b.strength - a.strength ||
    a.fuzzy - b.fuzzy ||
    b.closeness - a.closeness ||
    a.pagefindRank - b.pagefindRank ||
    a.entry.title.localeCompare(b.entry.title)
  );
}
