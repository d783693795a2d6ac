/**
 * Data flows down: components and layouts render the props they are handed and never load the
 * knowledge base themselves; only routes (through `src/data`) do.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Files that reach for the data layer: an import of `src/data/*` or a call of `knowledgeBase()`. */
function fetchesData(files: readonly { path: string; text: string }[]): string[] {
  return files.filter((f) => /from ['"][./]*\/data\/|knowledgeBase\(|astro:content/.test(f.text)).map((f) => f.path);
}

const rendering = ['src/components', 'src/layouts'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro') || f.endsWith('.ts'))
    .map((f) => ({ path: relative(ROOT, join(ROOT, dir, f)), text: readFileSync(join(ROOT, dir, f), 'utf8') })),
);

describe('components and layouts', () => {
  test('render props only: none imports the data layer or calls knowledgeBase()', () => {
    expect(rendering.length).toBeGreaterThan(30);
    expect(fetchesData(rendering)).toEqual([]);
  });
  test('a component that fetches the index itself is caught', () => {
    const seeded = {
      path: 'src/components/Bad.astro',
      text: "---\nimport { knowledgeBase } from '../data/kb.ts';\nconst kb = await knowledgeBase();\n---",
    };
    expect(fetchesData([...rendering, seeded])).toEqual(['src/components/Bad.astro']);
  });
});
