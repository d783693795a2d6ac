import { parseHeaders, rulesFor } from '../helpers/headers.ts';
import { describe, expect, test } from 'vitest';
import { IMMUTABLE, SHORT, cdnHeaders, formatHeaders, headerPolicy, isHashed } from '../../src/build/cdn-headers.ts';

const FILES = [
  '404.html',
  'index.html',
  'favicon.svg',
  'actors/russia/index.html',
  'og/russia.png',
  'data/actors.json',
  '_astro/BaseLayout.DEur3rrn.css',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind.en_6aebb452bc.pf_meta',
  'pagefind/fragment/en_1a2b3c.pf_fragment',
  'pagefind/index/en_3a2d3b6.pf_index',
  'pagefind/kb-answers/tajikistan.json',
  'pagefind/kb-answers/uzbekistan.json',
];
const rules = cdnHeaders({ policy: "default-src 'self'; script-src 'self' 'sha256-abc='", files: FILES });
const header = (path: string, name: string) =>
  rulesFor(rules, path).flatMap((r) => r.headers.filter(([n]) => n === name).map(([, v]) => v));

describe('headerPolicy', () => {
  test('adds frame-ancestors to the page policy, with or without a trailing semicolon', () => {
    expect(headerPolicy("default-src 'self'")).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headerPolicy("default-src 'self'; ")).toBe("default-src 'self'; frame-ancestors 'none'");
  });
});

describe('isHashed', () => {
  test.each([
    ['_astro/BaseLayout.DEur3rrn.css', true],
    ['pagefind/fragment/en_1a2b3c.pf_fragment', true],
    ['pagefind/index/en_3.pf_index', true],
    ['pagefind/pagefind.en_6aebb452bc.pf_meta', true],
    ['pagefind/pagefind.js', false],
    ['pagefind/pagefind-entry.json', false],
    ['og/russia.png', false],
    ['actors/russia/index.html', false],
  ])('%s → %s', (file, hashed) => {
    expect(isHashed(file)).toBe(hashed);
  });
});

describe('cdnHeaders', () => {
  test('every file gets exactly one Cache-Control: immutable when hashed, short otherwise', () => {
    for (const file of FILES) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      expect(header(path, 'Cache-Control'), path).toEqual([isHashed(file) ? IMMUTABLE : SHORT]);
    }
  });

  test('a folder of its own inside the search bundle takes one rule, not one per file', () => {
    expect(rules.filter((r) => r.path.startsWith('/pagefind/kb-answers/')).map((r) => r.path)).toEqual([
      '/pagefind/kb-answers/*',
    ]);
  });

  test('every path gets the security headers once, with frame-ancestors in the policy', () => {
    for (const path of ['/', '/actors/russia/', '/_astro/x.js', '/no-such-page/']) {
      expect(header(path, 'Content-Security-Policy')).toEqual([
        "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
      ]);
      expect(header(path, 'X-Content-Type-Options')).toEqual(['nosniff']);
      expect(header(path, 'Referrer-Policy')).toHaveLength(1);
      expect(header(path, 'Permissions-Policy')).toHaveLength(1);
    }
  });
});

describe('formatHeaders', () => {
  test('writes a path line and indented header lines that parseHeaders reads back', () => {
    const text = formatHeaders(rules);
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src/);
    expect(parseHeaders(text)).toEqual(rules);
  });
});

describe('parseHeaders', () => {
  test('skips comments and blank lines', () => {
    expect(parseHeaders('# cache\n/_astro/*\n  Cache-Control: x\n\n')).toEqual([
      { path: '/_astro/*', headers: [['Cache-Control', 'x']] },
    ]);
  });

  test('refuses a header line before any path', () => {
    expect(() => parseHeaders('  Cache-Control: x\n')).toThrow(/not a header line under a path/);
  });
});

describe('rulesFor', () => {
  test('matches a trailing splat as a prefix and any other path exactly', () => {
    const list = [
      { path: '/a/*', headers: [] },
      { path: '/b', headers: [] },
    ];
    expect(rulesFor(list, '/a/').map((r) => r.path)).toEqual(['/a/*']);
    expect(rulesFor(list, '/a/x/y').map((r) => r.path)).toEqual(['/a/*']);
    expect(rulesFor(list, '/b/')).toEqual([]);
    expect(rulesFor(list, '/b').map((r) => r.path)).toEqual(['/b']);
  });
});
