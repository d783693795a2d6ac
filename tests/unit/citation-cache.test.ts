import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  citationCache,
  citationCacheFile,
  formatCitations,
  pruneCitationCache,
} from '../../src/build/citation-cache.ts';
import { citationView } from '../../src/citations/formats.ts';
import { citationInput as input } from '../helpers/entries.ts';

describe('the citation cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kb-citations-'));
  const cache = citationCache(cacheDir);
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('a file per record: anything in the record changes the file', () => {
    const files = new Set(
      [
        input,
        { ...input, title: 'Uzbekistan' },
        { ...input, build: '0.1.1+abcdef0123' },
        { ...input, date: '2026-12-02' },
      ].map((i) => citationCacheFile(i, cache)),
    );
    expect(files.size).toBe(4);
    expect(citationCacheFile({ ...input }, cache)).toBe(citationCacheFile(input, cache));
  });

  test('citations formatted in worker threads are the ones formatted in process, each stored once', async () => {
    const inputs = ['Tajikistan', 'Uzbekistan', 'Turkmenistan'].map((title) => ({ ...input, id: title, title }));
    const views = await formatCitations(inputs, cache);
    expect(views).toEqual(inputs.map(citationView));
    for (const i of inputs)
      expect(JSON.parse(readFileSync(citationCacheFile(i, cache), 'utf8'))).toEqual(citationView(i));
    expect(readdirSync(cache.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  test('a cached citation is read, not formatted again; a damaged one is formatted and stored again', async () => {
    const cached = { ...input, title: 'Kazakhstan' };
    const damaged = { ...input, title: 'Afghanistan' };
    writeFileSync(citationCacheFile(cached, cache), JSON.stringify({ formats: [], marker: 'from the cache' }));
    writeFileSync(citationCacheFile(damaged, cache), '{ not json');
    const [fromCache, remade] = await formatCitations([cached, damaged], cache);
    expect(fromCache).toMatchObject({ marker: 'from the cache' });
    expect(remade).toEqual(citationView(damaged));
    expect(JSON.parse(readFileSync(citationCacheFile(damaged, cache), 'utf8'))).toEqual(citationView(damaged));
  });

  test("pruning keeps one build's citations and removes the rest", async () => {
    const current = [{ ...input, title: 'Current' }];
    await formatCitations(current, cache);
    const before = readdirSync(cache.dir).length;
    expect(before).toBeGreaterThan(1);
    expect(pruneCitationCache(current, cache)).toBe(before - 1);
    expect(readdirSync(cache.dir).map((f) => join(cache.dir, f))).toEqual([citationCacheFile(current[0]!, cache)]);
    expect(pruneCitationCache(current, citationCache(join(cacheDir, 'missing')))).toBe(0);
  });
});
