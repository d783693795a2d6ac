/**
 * Builds the site into a temporary folder and serves it with Astro's own preview server on a port
 * the OS assigns, so tests never collide with a running `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

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

/** Builds the site at `root` into a fresh temporary folder; throws with the build log on failure. */
export async function buildSite(root = ROOT): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-dist-'));
  const result = await runAstro(['build', '--outDir', outDir], root);
  if (result.code !== 0) throw new Error(`astro build failed (${result.code}):\n${result.output}`);
  return outDir;
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Serves a built folder with `astro preview` on an OS-assigned port. */
export function serveSite(outDir: string, root = ROOT): Promise<Server> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [ASTRO, 'preview', '--outDir', outDir, '--port', '0', '--host', '127.0.0.1', '--ignore-lock'],
      { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' } },
    );
    let log = '';
    const timer = setTimeout(() => fail(new Error(`preview server did not start:\n${log}`)), 30_000);
    const onData = (d: Buffer) => {
      log += d;
      const match = /(http:\/\/[^\s/]+:\d+)\//.exec(log);
      if (!match) return;
      clearTimeout(timer);
      done({
        url: match[1]!,
        stop: () => new Promise((stopped) => {
          child.once('close', () => stopped());
          child.kill();
        }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', fail);
    child.on('close', (code) => fail(new Error(`preview server exited (${code}):\n${log}`)));
  });
}
