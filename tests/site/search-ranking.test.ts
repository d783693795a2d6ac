/**
 * The search ranking benchmark against the built site: Pagefind's own bundle and index, the search
 * data file and the browser's search code, run in Node. Fails below 95% top-3 and 80% top-1.
 */
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/browser.ts';
import { rankingBenchmark, rankingReport } from '../../bench/search-ranking.ts';
import { RANKING_QUERIES } from '../../bench/search-queries.ts';

describe('search ranking', () => {
  test('at least 100 reader queries find a right answer in the top three 95% of the time and first 80%', async () => {
    expect(RANKING_QUERIES.length).toBeGreaterThanOrEqual(100);
    const result = await rankingBenchmark(distDir());
    const report = rankingReport(result).join('\n');
    expect(result.top3 / result.total, report).toBeGreaterThanOrEqual(0.95);
    expect(result.top1 / result.total, report).toBeGreaterThanOrEqual(0.8);
  });
});
