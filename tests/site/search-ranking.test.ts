/**
 * The search benchmark against the built site: Pagefind's own bundle and index, the search data and
 * answer files, and the browser's search code, run in Node. Fails below 95% top-3 or 85% top-1, or
 * when an answer case is answered wrongly.
 */
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/browser.ts';
import { answerBenchmark, rankingBenchmark, rankingReport } from '../../bench/search-ranking.ts';
import { ANSWER_CASES, RANKING_QUERIES } from '../../bench/search-queries.ts';

describe('search ranking', () => {
  test('at least 200 reader queries find a right answer in the top three 95% of the time and first 85%', async () => {
    expect(RANKING_QUERIES.length).toBeGreaterThanOrEqual(200);
    const result = await rankingBenchmark(distDir());
    const report = rankingReport(result).join('\n');
    expect(result.top3 / result.total, report).toBeGreaterThanOrEqual(0.95);
    expect(result.top1 / result.total, report).toBeGreaterThanOrEqual(0.85);
  });
});

describe('search answers', () => {
  test('every answer case lists the values it must, and no answer is shown where the data has none', async () => {
    expect(ANSWER_CASES.length).toBeGreaterThanOrEqual(30);
    const result = await answerBenchmark(distDir());
    expect(result.problems).toEqual([]);
    expect(result.right).toBe(ANSWER_CASES.length);
  });
});
