/**
 * A build of its own, through Astro's programmatic `build()`: a second build (in another folder,
 * with the cache the first one filled) is byte-identical to the test build, and does its work once:
 * it reads each content file once, checks and indexes the knowledge base once, and builds each
 * entry's view once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/browser.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { projectRecord } from '../../src/data/snapshot.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** Pagefind's index files are gzip streams; when bytes differ, their decoded content is compared. */
const PAGEFIND_INDEX = /^pagefind\/.*\.pf_(?:meta|filter|index|fragment)$/;

describe('reproducible builds', () => {
  test('a second build, from another folder and with a warm cache, gives the same files with the same bytes', async () => {
    const site = fixtureSite('reproducible');
    try {
      const second = await site.build();

      // The build ran in this process: the registry it handed its snapshot over on counts its work.
      const record = projectRecord(site.root);
      const contentFiles = files(join(site.root, 'content')).map((f) => `content/${f}`);
      expect(contentFiles.length).toBeGreaterThan(100);
      expect(Object.fromEntries(record.reads)).toEqual(Object.fromEntries(contentFiles.map((f) => [f, 1])));
      expect(record.made).toBe(1);
      const entries = record.current!.entries.map((e) => e.id).sort();
      expect(Object.fromEntries(record.current!.viewBuilds)).toEqual(Object.fromEntries(entries.map((id) => [id, 1])));
      const a = files(distDir());
      const b = files(second.outDir);
      expect(b).toEqual(a);
      const differing: string[] = [];
      const decodedDiffering: string[] = [];
      for (const file of a) {
        const x = readFileSync(join(distDir(), file));
        const y = readFileSync(join(second.outDir, file));
        if (x.equals(y)) continue;
        if (PAGEFIND_INDEX.test(file)) {
          // Named, and compared by what it decodes to: never skipped.
          differing.push(`${file} (bytes differ)`);
          if (!gunzipSync(x).equals(gunzipSync(y))) decodedDiffering.push(file);
        } else differing.push(file);
      }
      expect(decodedDiffering).toEqual([]);
      expect(differing.filter((f) => !f.endsWith('(bytes differ)'))).toEqual([]);
      if (differing.length)
        console.log(`Pagefind files whose bytes differ but decode the same: ${differing.join(', ')}`);
    } finally {
      site.dispose();
    }
  });
});
