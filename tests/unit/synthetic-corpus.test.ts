/** The benchmark's synthetic knowledge base stays valid as the content rules grow. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../bench/synthetic.ts';
import { readSnapshot } from '../../src/build/content-files.ts';
import { ROOT } from '../helpers/site.ts';

describe('writeCorpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-synthetic-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('writes a knowledge base of the size asked that passes every check the build runs', () => {
    cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
    writeCorpus(join(root, 'content'), 300);
    const snapshot = readSnapshot(root);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.entries.length).toBeGreaterThan(300);
  });
});
