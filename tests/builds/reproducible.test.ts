/**
 * A build of its own, through Astro's programmatic `build()`: a second build (in another folder,
 * with the cache the first one filled) is byte-identical to the test build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/browser.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

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
