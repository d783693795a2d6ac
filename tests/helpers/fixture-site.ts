/**
 * Fixture sites for build tests: a copy of the project's site sources and content in a folder of
 * its own (inside the project, so packages resolve), changed in one way, then built. Builds share
 * the test builds' Astro cache and run one at a time (the site project runs its files in sequence).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildSite, runAstro, type RunResult } from './site.ts';

const FIXTURES = join(ROOT, '.cache/fixtures');
const COPIED = ['src', 'scripts', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface FixtureSite {
  root: string;
  /** Reads a file of the fixture (path relative to its root). */
  read(path: string): string;
  /** Writes a file of the fixture. */
  write(path: string, text: string): void;
  /** Edits a file of the fixture with a function of its text. */
  edit(path: string, change: (text: string) => string): void;
  /** Deletes a file or folder of the fixture. */
  remove(path: string): void;
  /** Builds it into a throw-away folder with Astro's `build()`; rejects with Astro's error on failure. */
  build(): Promise<{ outDir: string }>;
  /** Builds it with the `astro build` command, as a person would, and collects what it prints. */
  buildWithCli(): Promise<RunResult & { outDir: string }>;
  dispose(): void;
}

/** A fresh copy of the site named after the test case. */
export function fixtureSite(name: string): FixtureSite {
  mkdirSync(FIXTURES, { recursive: true });
  const root = mkdtempSync(join(FIXTURES, `${name}-`));
  for (const item of COPIED) cpSync(join(ROOT, item), join(root, item), { recursive: true });
  const outDir = mkdtempSync(join(tmpdir(), `kb-fixture-${name}-`));
  return {
    root,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, path), text),
    edit(path, change) {
      this.write(path, change(this.read(path)));
    },
    remove: (path) => rmSync(join(root, path), { recursive: true, force: true }),
    build: async () => ({ outDir: await buildSite(root, outDir) }),
    buildWithCli: async () => ({ ...(await runAstro(['build', '--outDir', outDir], root)), outDir }),
    dispose() {
      rmSync(root, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
