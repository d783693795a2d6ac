/**
 * Our own words: no run of 10 consecutive words in any content file may match the source article.
 * The fixture holds only SHA-256 hashes of the article's 10-word runs, never its text. Words are
 * lowercased, NFKD-normalised runs of [a-z0-9], joined by one space (the fixture's own rule).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/source-shingles-10.json'), 'utf8')) as {
  n: number;
  hashes: string[];
};
const hashes = new Set(fixture.hashes);

function words(text: string): { word: string; line: number }[] {
  const out: { word: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const word of line
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z0-9]+/g) ?? [])
      out.push({ word, line: i + 1 });
  });
  return out;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Runs of `n` words of `text` whose hash is in `set`, as "line N: words". */
function copiedRuns(text: string, set: Set<string> = hashes, n = fixture.n): string[] {
  const tokens = words(text);
  const found: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    const run = tokens
      .slice(i, i + n)
      .map((t) => t.word)
      .join(' ');
    if (set.has(sha256(run))) found.push(`line ${tokens[i]!.line}: "${run}"`);
  }
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(mdx?|ya?ml|json)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

describe('originality', () => {
  test('the fixture holds hashes of 10-word runs', () => {
    expect(fixture.n).toBe(10);
    expect(fixture.hashes.length).toBeGreaterThan(1000);
  });

  test('finds a copied run, across line breaks and punctuation, and nothing else', () => {
    const original = 'one two three four five six seven eight nine ten eleven';
    const own = new Set([sha256('two three four five six seven eight nine ten eleven')]);
    expect(copiedRuns('Intro: One two, THREE four\nfive six seven eight nine ten eleven!', own, 10)).toEqual([
      'line 1: "two three four five six seven eight nine ten eleven"',
    ]);
    expect(copiedRuns(original.split(' ').reverse().join(' '), own, 10)).toEqual([]);
  });

  test('no content file copies a run of 10 words from the article', () => {
    const copied: string[] = [];
    for (const file of files(join(ROOT, 'content'))) {
      for (const run of copiedRuns(readFileSync(file, 'utf8'))) copied.push(`${relative(ROOT, file)} ${run}`);
    }
    expect(copied).toEqual([]);
  });
});
