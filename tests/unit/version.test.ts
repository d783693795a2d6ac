import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import { contentHash, fileHash, siteVersion } from '../../src/model/version.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const files = [
  { path: 'content/actors/a.mdx', bytes: bytes('---\ntitle: A\n---\n') },
  { path: 'content/places/b.mdx', bytes: bytes('---\ntitle: B\n---\n') },
];

describe('fileHash', () => {
  test('the same bytes give the same eight hex digits, other bytes another hash', () => {
    expect(fileHash(bytes('x'))).toMatch(/^[0-9a-f]{8}$/);
    expect(fileHash(bytes('x'))).toBe(fileHash(bytes('x')));
    expect(fileHash(bytes('x'))).not.toBe(fileHash(bytes('y')));
  });
});

describe('contentHash', () => {
  test('does not depend on the order the files were read in', () => {
    expect(contentHash(files)).toBe(contentHash([...files].reverse()));
    expect(contentHash(files)).toMatch(/^[0-9a-f]{10}$/);
  });

  test('changes when a file changes, is renamed, or is added', () => {
    const base = contentHash(files);
    expect(contentHash([files[0]!, { ...files[1]!, bytes: bytes('---\ntitle: C\n---\n') }])).not.toBe(base);
    expect(contentHash([files[0]!, { ...files[1]!, path: 'content/places/c.mdx' }])).not.toBe(base);
    expect(contentHash([...files, { path: 'content/events/e.mdx', bytes: bytes('') }])).not.toBe(base);
  });

  test('cannot be fooled by moving bytes from one file to the next', () => {
    const a = [
      { path: 'a', bytes: bytes('xy') },
      { path: 'b', bytes: bytes('z') },
    ];
    const b = [
      { path: 'a', bytes: bytes('x') },
      { path: 'b', bytes: bytes('yz') },
    ];
    expect(contentHash(a)).not.toBe(contentHash(b));
  });
});

describe('siteVersion', () => {
  test('joins the package version and the content hash, and hashes every file', () => {
    const v = siteVersion('0.1.0', '2026-12-01', files);
    expect(v.build).toBe(`0.1.0+${contentHash(files)}`);
    expect(v.entries).toEqual({
      'content/actors/a.mdx': fileHash(files[0]!.bytes),
      'content/places/b.mdx': fileHash(files[1]!.bytes),
    });
    expect(v.date).toBe('2026-12-01');
  });

  test('refuses a package version or date of the wrong form, naming the field', () => {
    expect(() => siteVersion('one', '2026-12-01', files)).toThrow(/package\.json: field "version"/);
    expect(() => siteVersion('0.1.0', 'December', files)).toThrow(/package\.json: field "versionDate"/);
    expect(() => siteVersion('0.1.0', '2026-12-01', [])).toThrow(/content\/: no files/);
  });
});

describe("the content snapshot's version", () => {
  const root = join(import.meta.dirname, '../..');

  test('versions this project from package.json and every file under content/', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
      versionDate: string;
    };
    const v = readSnapshot(root).version!;
    expect(v.build).toMatch(new RegExp(`^${pkg.version.replace(/\./g, '\\.')}\\+[0-9a-f]{10}$`));
    expect(v.date).toBe(pkg.versionDate);
    expect(Object.keys(v.entries).length).toBeGreaterThan(50);
    expect(Object.keys(v.entries).every((p) => p.startsWith('content/'))).toBe(true);
    expect(readSnapshot(root).version).toEqual(v);
  });

  test('CITATION.cff names the package version and its date', () => {
    const cff = yaml.load(readFileSync(join(root, 'CITATION.cff'), 'utf8')) as {
      version: string;
      'date-released': string | Date;
      'cff-version': string;
    };
    const v = readSnapshot(root).version!;
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.version).toBe(v.packageVersion);
    const released =
      cff['date-released'] instanceof Date ? cff['date-released'].toISOString().slice(0, 10) : cff['date-released'];
    expect(released).toBe(v.date);
  });
});
