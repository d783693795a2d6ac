import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { networkLayout } from '../../src/build/network-layout.ts';
import { layOutTask, networkLayoutTask, networkView } from '../../src/network/network.ts';
import { readSnapshot } from '../../src/build/content-files.ts';

const index = readSnapshot(join(import.meta.dirname, '../..')).index!;
const task = networkLayoutTask(index, { iterations: 40 });

describe('networkLayout (ahead of the pages)', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kb-layouts-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('the positions laid out in a worker thread are those laid out in process, and draw the same page', async () => {
    const positions = await networkLayout(task, cacheDir);
    expect(positions).toEqual(Object.fromEntries(layOutTask(task)));
    const ahead = networkView(index, { iterations: 40 }, () => new Map(Object.entries(positions)));
    expect(ahead).toEqual(networkView(index, { iterations: 40 }));
  });

  test('a cached layout is read, not computed again; one layout stays in the cache', async () => {
    const [file] = readdirSync(join(cacheDir, 'network-layouts'));
    writeFileSync(join(cacheDir, 'network-layouts', file!), JSON.stringify({ marker: { x: 1, y: 2 } }));
    await expect(networkLayout(task, cacheDir)).resolves.toEqual({ marker: { x: 1, y: 2 } });
    const other = { ...task, seed: 7 };
    await networkLayout(other, cacheDir);
    expect(readdirSync(join(cacheDir, 'network-layouts'))).toHaveLength(1);
  });
});
