/**
 * Answers from typed data. A query naming one entry and asking for something its page holds
 * ("sco observers", "who is the president of uzbekistan", "201st base troops") is answered with
 * those claims of the entry's page; a query naming two entries ("tajikistan taliban") with what the
 * pages say ties them: claims of one page that name the other (a relation, a membership, a statement
 * by one about the other, a stance whose topic names the other, a fact measured from it), and the
 * events both took part in. Claims come from the entries' answer files, as their pages show them.
 * Where the data holds nothing the query asks for, there is no answer: nothing is guessed.
 */
import type { ClaimData, EntryAnswers, GroupData } from './answer-types.ts';
import { askedSubject, asksFor, type Asked } from './asked.ts';
import { tiedSubjects, type QueryReading, type RankIndex, type SearchEntry } from './query.ts';
import { stem, words } from './words.ts';

/** One group of an answer: claims of one page under one label. */
interface AnswerGroup {
  /** The entry whose page shows the claims. */
  entry: SearchEntry;
  label: string;
  claims: ClaimData[];
}

export interface Answer {
  /** The entries the query names: one asked about, or two (or more) whose ties are shown. */
  subjects: SearchEntry[];
  groups: AnswerGroup[];
  /** What picked the claims among a group's, when something did: "observer", "warned". */
  picked: string[];
}

/** The entries whose answer files an answer to `reading` needs: none when it cannot have one. */
export function answerSubjects(reading: QueryReading, index: RankIndex): string[] {
  const asked = askedSubject(reading, index);
  if (asked) return [asked.id];
  const subjects = tiedSubjects(reading).subjects.filter((id) => index.byId.has(id));
  return subjects.length >= 2 ? subjects : [];
}

/** The entries a claim names (links in what it says, and those its topic or label names). */
function named(claim: ClaimData): Set<number> {
  return new Set([...claim.t.filter((p): p is number => typeof p === 'number'), ...(claim.x ?? [])]);
}

/** The stems of what a claim says, the titles of the entries it links included. */
function claimStems(claim: ClaimData, index: RankIndex): Set<string> {
  const text = claim.t
    .map((p) => (typeof p === 'string' ? p : typeof p === 'number' ? (index.entries[p]?.entry.title ?? '') : ''))
    .join(' ');
  return new Set(words(text).map(stem));
}

/** The claims of one entry's page that the query asks for. */
function askedGroups(asked: Asked, entry: SearchEntry, file: EntryAnswers): AnswerGroup[] {
  return file.groups.flatMap((group) => {
    const ask = asked.properties.find((a) => a.property === group.p);
    if (!ask) return [];
    const claims = ask.filters.length ? group.c.filter((c) => c.k?.some((k) => ask.filters.includes(k))) : group.c;
    return claims.length ? [{ entry, label: group.l, claims }] : [];
  });
}

/** Whether every leftover term of the query is a word of the claim's property, filters or text. */
function fits(rest: QueryReading['rest'], index: RankIndex, group: GroupData, claim: ClaimData): boolean {
  if (!rest.length) return true;
  const property = index.properties[group.p];
  const said = claimStems(claim, index);
  return rest.every(
    ({ stems }) =>
      (property && asksFor(property, stems)) ||
      (claim.k ?? []).some((k) => index.properties[k] && asksFor(index.properties[k], stems)) ||
      [...stems].some((s) => said.has(s)),
  );
}

/** The claims tying the subjects, each shown once (from the first subject's page that shows it). */
function tieGroups(
  rest: QueryReading['rest'],
  index: RankIndex,
  subjects: SearchEntry[],
  files: Map<string, EntryAnswers>,
): AnswerGroup[] {
  const positions = subjects.map((s) => index.byId.get(s.id)!.position);
  const events = subjects.map(
    (s) =>
      new Set((files.get(s.id)?.groups ?? []).flatMap((g) => g.c.filter((c) => c.c.startsWith('e|')).map((c) => c.c))),
  );
  const shown = new Set<string>();
  const groups: AnswerGroup[] = [];
  subjects.forEach((subject, i) => {
    for (const group of files.get(subject.id)?.groups ?? []) {
      const claims = group.c.filter((claim) => {
        if (shown.has(claim.c)) return false;
        const others = named(claim);
        const tied =
          positions.some((p, j) => j !== i && others.has(p)) ||
          (claim.c.startsWith('e|') && events.some((set, j) => j !== i && set.has(claim.c)));
        return tied && fits(rest, index, group, claim);
      });
      claims.forEach((c) => shown.add(c.c));
      if (claims.length) groups.push({ entry: subject, label: group.l, claims });
    }
  });
  return groups;
}

/**
 * The answer to `reading`, from the answer files of its subjects (`files`, by entry id), or
 * undefined when the data holds nothing it asks for.
 */
export function answerFor(
  reading: QueryReading,
  index: RankIndex,
  files: Map<string, EntryAnswers>,
): Answer | undefined {
  const asked = askedSubject(reading, index);
  if (asked) {
    const entry = index.byId.get(asked.id)!.entry;
    const groups = askedGroups(asked, entry, files.get(asked.id) ?? { groups: [] });
    const picked = [...new Set(asked.properties.flatMap((a) => a.filters))].map((k) =>
      (index.properties[k]?.key ?? '').replace(/^k:/, '').replaceAll('-', ' '),
    );
    return groups.length ? { subjects: [entry], groups, picked } : undefined;
  }
  const subjects = answerSubjects(reading, index).map((id) => index.byId.get(id)!.entry);
  const groups = subjects.length ? tieGroups(tiedSubjects(reading).rest, index, subjects, files) : [];
  return groups.length ? { subjects, groups, picked: [] } : undefined;
}
