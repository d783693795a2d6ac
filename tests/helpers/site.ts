/**
 * Test builds of the site through Astro's programmatic API: `build()` into a temporary folder and
 * `preview()` on a port the OS assigns, so tests never collide with a running `npm start`. Every
 * test build shares one Astro cache folder; social images are cached under the project either way.
 * `runAstro` runs the CLI itself, for the one test about what a person sees in the terminal.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'astro';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The Astro cache every test build shares (Vite's dependency cache, the content layer's store). */
const TEST_CACHE_DIR = join(ROOT, '.cache/astro');

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs the Astro CLI with the current Node and collects its output. */
export function runAstro(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** Runs `fn` with NODE_ENV set as `astro build` sets it (test runners set it to "test"). */
async function inProduction<T>(fn: () => Promise<T>): Promise<T> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** Builds the site at `root` into `outDir` (a fresh temporary folder by default); rejects on failure. */
export async function buildSite(root = ROOT, outDir = mkdtempSync(join(tmpdir(), 'kb-dist-'))): Promise<string> {
  await inProduction(() => build({ root, outDir, cacheDir: TEST_CACHE_DIR, logLevel: 'warn' }));
  return outDir;
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Serves a built folder with Astro's preview server on an OS-assigned port. */
export async function serveSite(outDir: string, root = ROOT): Promise<Server> {
  const server = await inProduction(() =>
    preview({ root, outDir, cacheDir: TEST_CACHE_DIR, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } }),
  );
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
