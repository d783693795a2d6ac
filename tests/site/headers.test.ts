/**
 * The `_headers` file static hosts read: written by the build, its policy is every page's policy
 * plus what only a header can carry, and each built file gets one caching rule.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IMMUTABLE, SHORT, isHashed } from '../../src/build/cdn-headers.ts';
import { parseHeaders, rulesFor } from '../helpers/headers.ts';
import { metaPolicy } from '../../src/build/integrations/headers.ts';
import { distDir } from '../helpers/browser.ts';

const built = () =>
  readdirSync(distDir(), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(distDir().length + 1))
    .filter((f) => f !== '_headers');

const valuesOf = (rules: ReturnType<typeof parseHeaders>, path: string, name: string) =>
  rulesFor(rules, path).flatMap((r) =>
    r.headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v),
  );

describe('_headers', () => {
  test('the build writes it at the root of the site', () => {
    expect(existsSync(join(distDir(), '_headers'))).toBe(true);
  });

  test("its Content-Security-Policy is every page's meta policy plus frame-ancestors 'none'", () => {
    const rules = parseHeaders(readFileSync(join(distDir(), '_headers'), 'utf8'));
    const pages = built().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const differing: string[] = [];
    for (const page of pages) {
      const meta = metaPolicy(readFileSync(join(distDir(), page), 'utf8'));
      expect(meta, page).toMatch(/script-src 'self' 'wasm-unsafe-eval'; style-src 'self'$/);
      const path = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
      const header = valuesOf(rules, path, 'Content-Security-Policy');
      if (header.length !== 1 || header[0] !== `${meta!.replace(/;\s*$/, '')}; frame-ancestors 'none'`)
        differing.push(`${path}: ${header.join(' | ')}`);
    }
    expect(differing).toEqual([]);
  });

  test('every path gets nosniff, a referrer policy and a permissions policy once', () => {
    const rules = parseHeaders(readFileSync(join(distDir(), '_headers'), 'utf8'));
    for (const path of ['/', '/actors/russia/', '/_astro/', '/no-such-page/']) {
      expect(valuesOf(rules, path, 'X-Content-Type-Options')).toEqual(['nosniff']);
      expect(valuesOf(rules, path, 'Referrer-Policy')).toEqual(['strict-origin-when-cross-origin']);
      expect(valuesOf(rules, path, 'Permissions-Policy')).toHaveLength(1);
    }
  });

  test('every built file has exactly one Cache-Control: immutable for hashed files, short for pages', () => {
    const rules = parseHeaders(readFileSync(join(distDir(), '_headers'), 'utf8'));
    const wrong: string[] = [];
    const files = built();
    for (const file of files) {
      const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const expected = isHashed(file) ? IMMUTABLE : SHORT;
      const got = valuesOf(rules, path, 'Cache-Control');
      if (got.length !== 1 || got[0] !== expected) wrong.push(`${path}: ${got.join(' | ') || '(none)'}`);
    }
    expect(wrong).toEqual([]);
    expect(files.filter((f) => f.startsWith('_astro/')).every(isHashed)).toBe(true);
    expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    expect(valuesOf(rules, '/actors/russia/', 'Cache-Control')).toEqual([SHORT]);
  });
});
