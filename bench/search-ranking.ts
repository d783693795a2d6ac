/**
 * The search ranking benchmark, run in Node against a built site with the browser's search code
 * (`search-node.ts`): each query's first three results, and each answer case's answer.
 */
import { pathToFileURL } from 'node:url';
import type { EntryAnswers } from '../src/search/answer-types.ts';
import type { Answer } from '../src/search/answers.ts';
import type { RankIndex } from '../src/search/query.ts';
import { runSearch, type AnswerFiles } from '../src/search/run.ts';
import {
  ANSWER_CASES,
  RANKING_QUERIES,
  type AnswerCase,
  type NoAnswerCase,
  type RankingQuery,
} from './search-queries.ts';
import { withSiteSearch, type SiteSearch } from './search-node.ts';

export interface RankingResult {
  total: number;
  top1: number;
  top3: number;
  /** Queries whose first result is not a right answer, with the first three results. */
  misses: { query: RankingQuery; got: string[]; inTop3: boolean }[];
}

/** Runs every benchmark query against the site built into `dist`. */
export async function rankingBenchmark(
  dist: string,
  queries: readonly RankingQuery[] = RANKING_QUERIES,
): Promise<RankingResult> {
  return withSiteSearch(dist, async ({ pagefind, index }) => {
    const result: RankingResult = { total: queries.length, top1: 0, top3: 0, misses: [] };
    for (const query of queries) {
      const got = (await runSearch(pagefind, index, query.q)).results.slice(0, 3).map((s) => s.entry.url);
      const inTop1 = query.want.includes(got[0] ?? '');
      const inTop3 = got.some((u) => query.want.includes(u));
      result.top1 += Number(inTop1);
      result.top3 += Number(inTop3);
      if (!inTop1) result.misses.push({ query, got, inTop3 });
    }
    return result;
  });
}

/** Answer files read from the built site. */
function answerFilesOf(search: SiteSearch): AnswerFiles {
  return async (ids) => {
    const files = new Map<string, EntryAnswers>();
    for (const id of ids) {
      const file = await search.answers(id);
      if (file) files.set(id, file);
    }
    return files;
  };
}

/** What an answer says, as text: its entries' paths (the subjects and every entry it links), and its claims' words. */
function answerText(answer: Answer, index: RankIndex): { paths: Set<string>; text: string } {
  const paths = new Set<string>();
  const text: string[] = [];
  for (const group of answer.groups) {
    text.push(group.label);
    for (const claim of group.claims)
      for (const part of claim.t) {
        if (typeof part === 'string') text.push(part);
        else if (typeof part === 'number') {
          const entry = index.entries[part]?.entry;
          if (entry) {
            paths.add(entry.url);
            text.push(entry.title);
          }
        }
      }
  }
  return { paths, text: text.join(' ') };
}

/** Why an answer case fails, or undefined when the answer is right. */
function answerProblem(c: AnswerCase | NoAnswerCase, answer: Answer | undefined, index: RankIndex): string | undefined {
  if ('none' in c) return answer ? `answered about ${answer.subjects.map((s) => s.url).join(' ')}` : undefined;
  if (!answer) return 'no answer';
  const about = answer.subjects.map((s) => s.url);
  if (!c.about.every((a) => about.includes(a))) return `about ${about.join(' ')}`;
  const { paths, text } = answerText(answer, index);
  const missing = c.values.filter((v) => (v.startsWith('/') ? !paths.has(v) : !text.includes(v)));
  return missing.length ? `missing ${missing.join(', ')}` : undefined;
}

export interface AnswerResult {
  total: number;
  right: number;
  problems: { q: string; problem: string }[];
}

/** Runs every answer case against the site built into `dist`. */
export async function answerBenchmark(
  dist: string,
  cases: readonly (AnswerCase | NoAnswerCase)[] = ANSWER_CASES,
): Promise<AnswerResult> {
  return withSiteSearch(dist, async (search) => {
    const result: AnswerResult = { total: cases.length, right: 0, problems: [] };
    for (const c of cases) {
      const { answer } = await runSearch(search.pagefind, search.index, c.q, {}, false, answerFilesOf(search));
      const problem = answerProblem(c, answer, search.index);
      if (problem) result.problems.push({ q: c.q, problem });
      else result.right++;
    }
    return result;
  });
}

/** The benchmark's lines for `npm run bench`. */
export function rankingReport(r: RankingResult, a?: AnswerResult): string[] {
  const pct = (n: number) => `${((100 * n) / r.total).toFixed(1)}%`;
  return [
    `search ranking: ${r.total} queries, top-1 ${r.top1} (${pct(r.top1)}, target ≥ 85%), top-3 ${r.top3} (${pct(r.top3)}, target ≥ 95%)`,
    ...r.misses.map(
      (m) =>
        `  ${m.inTop3 ? 'not first' : 'MISS     '}  [${m.query.kind}] "${m.query.q}" → ${m.got.join(' ') || '(nothing)'}   wanted ${m.query.want.join(' or ')}`,
    ),
    ...(a
      ? [
          `search answers: ${a.total} cases, ${a.right} right`,
          ...a.problems.map((p) => `  WRONG      "${p.q}": ${p.problem}`),
        ]
      : []),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node bench/search-ranking.ts <built site folder>');
  console.log(rankingReport(await rankingBenchmark(dist), await answerBenchmark(dist)).join('\n'));
}
