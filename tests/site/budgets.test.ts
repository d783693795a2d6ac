/**
 * Size budgets, asserted on the built files (sizes are deterministic; timings are only printed, by
 * `npm run bench`). Sizes are compressed as a static host would send them: brotli, and gzip for
 * clients without brotli.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { htmlPages, redirectTarget } from '../helpers/public-urls.ts';
import { distDir } from '../helpers/browser.ts';

const KB = 1024;
const brotli = (bytes: Buffer) => brotliCompressSync(bytes).length;
/** Gzip at its best level, as a static host precompresses. */
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
/** Stylesheets and module scripts a page links, resolved to their files. */
function assets(html: string, kind: 'css' | 'js'): string[] {
  const pattern =
    kind === 'css'
      ? /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g
      : /<script type="module" src="(\/_astro\/[^"]+\.js)"/g;
  return [...html.matchAll(pattern)].map((m) => join(distDir(), m[1]!));
}

describe('size budgets', () => {
  const entryCollections = /^\/(?:actors|organizations|bases|places|infrastructure|events|scenarios|sources)\/[^/]+\/$/;

  test('every entry page is at most 14 KB of HTML and CSS, compressed with brotli and with gzip', () => {
    const over: string[] = [];
    const largest = { brotli: { path: '', size: 0 }, gzip: { path: '', size: 0 } };
    let pages = 0;
    for (const { path, file } of htmlPages(distDir())) {
      if (!entryCollections.test(path)) continue;
      const html = readFileSync(file);
      if (redirectTarget(html.toString())) continue;
      pages++;
      const files = [html, ...assets(html.toString(), 'css').map((f) => readFileSync(f))];
      for (const [name, size] of [
        ['brotli', files.reduce((t, f) => t + brotli(f), 0)],
        ['gzip', files.reduce((t, f) => t + gzip(f), 0)],
      ] as const) {
        if (size > largest[name].size) largest[name] = { path, size };
        if (size > 14 * KB) over.push(`${path}: ${(size / KB).toFixed(1)} KB ${name}`);
      }
    }
    expect(pages).toBeGreaterThan(100);
    expect(over, `largest: ${JSON.stringify(largest)}`).toEqual([]);
  });

  test('the enhancement script an entry page loads is at most 3 KB compressed, and no other script loads', () => {
    const html = readFileSync(join(distDir(), 'actors/tajikistan/index.html'), 'utf8');
    const scripts = assets(html, 'js');
    expect(scripts).toHaveLength(1);
    const size = brotli(readFileSync(scripts[0]!));
    expect(size).toBeLessThanOrEqual(3 * KB);
    // Statically imported chunks would load with it; dynamic ones (search, highlight) load only on use.
    const imports = [...readFileSync(scripts[0]!, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)];
    expect(imports).toEqual([]);
  });

  test('/map/ is at most 60 KB compressed', () => {
    expect(brotli(readFileSync(join(distDir(), 'map/index.html')))).toBeLessThanOrEqual(60 * KB);
  });

  test('the shared region image behind the locators is one cached file', () => {
    const names = readdirSync(join(distDir(), 'map'));
    expect(names).toContain('region.svg');
    const html = readFileSync(join(distDir(), 'bases/kant-air-base/index.html'), 'utf8');
    expect(html).toContain('href="/map/region.svg"');
    expect(html).not.toContain('map-country');
  });
});
