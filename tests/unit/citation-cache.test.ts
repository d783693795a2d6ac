import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  cachedCitations,
  citationCacheFile,
  formatCitations,
  pruneCitationCache,
  type CitationCacheSettings,
} from '../../src/build/citation-cache.ts';
import { citationView } from '../../src/citations/formats.ts';
import { citationInput as input } from '../helpers/entries.ts';

describe('the citation cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kb-citations-'));
  const settings: CitationCacheSettings = {
    cacheDir,
    worker: resolve(import.meta.dirname, '../../src/build/citation-cache.ts'),
  };
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('a file per record: anything in the record changes the file', () => {
    const files = new Set(
      [
        input,
        { ...input, title: 'Uzbekistan' },
        { ...input, build: '0.1.1+abcdef0123' },
        { ...input, date: '2026-12-02' },
      ].map((i) => citationCacheFile(i, cacheDir)),
    );
    expect(files.size).toBe(4);
    expect(citationCacheFile({ ...input }, cacheDir)).toBe(citationCacheFile(input, cacheDir));
  });

  test('citations formatted in worker threads are the ones formatted in process, each stored once', async () => {
    const inputs = ['Tajikistan', 'Uzbekistan', 'Turkmenistan'].map((title) => ({ ...input, id: title, title }));
    await expect(formatCitations(inputs, settings)).resolves.toBe(3);
    for (const i of inputs)
      expect(JSON.parse(readFileSync(citationCacheFile(i, cacheDir), 'utf8'))).toEqual(citationView(i));
    await expect(formatCitations(inputs, settings)).resolves.toBe(0);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  test('a page reads a cached citation, and formats and stores a missing or damaged one', () => {
    const read = cachedCitations(cacheDir);
    const cached = { ...input, title: 'Kazakhstan' };
    writeFileSync(citationCacheFile(cached, cacheDir), JSON.stringify({ formats: [], marker: 'from the cache' }));
    expect(read(cached)).toMatchObject({ marker: 'from the cache' });

    const missing = { ...input, title: 'Kyrgyzstan' };
    expect(read(missing)).toEqual(citationView(missing));
    expect(JSON.parse(readFileSync(citationCacheFile(missing, cacheDir), 'utf8'))).toEqual(citationView(missing));

    const damaged = { ...input, title: 'Afghanistan' };
    writeFileSync(citationCacheFile(damaged, cacheDir), '{ not json');
    expect(read(damaged)).toEqual(citationView(damaged));
  });

  test("pruning keeps one build's citations and removes the rest", async () => {
    const current = [{ ...input, title: 'Current' }];
    await formatCitations(current, settings);
    const before = readdirSync(cacheDir).length;
    expect(pruneCitationCache(current, cacheDir)).toBe(before - 1);
    expect(readdirSync(cacheDir).map((f) => join(cacheDir, f))).toEqual([citationCacheFile(current[0]!, cacheDir)]);
    expect(pruneCitationCache(current, join(cacheDir, 'missing'))).toBe(0);
  });
});
