/**
 * Builds the site once for every test that needs it (Astro's `build()`) and serves it (`preview()`).
 * The `builds` and `site` projects both list this file; the first to start builds, the other reuses
 * that build, and the last to finish stops the server. `KB_TEST_DIST=<folder>` reuses an existing
 * build instead (for quick local iterations; CI always builds).
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, serveSite, type Server } from './helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served test build, e.g. http://127.0.0.1:41513 */
    baseUrl: string;
    /** Folder holding the test build. */
    distDir: string;
  }
}

interface TestSite {
  distDir: string;
  server: Server;
  users: number;
}

// Global setups of all projects run in the one main process; each loads this module afresh, so the
// shared build lives on globalThis.
const shared = globalThis as { kbTestSite?: Promise<TestSite> };

async function start(): Promise<TestSite> {
  const reused = process.env.KB_TEST_DIST;
  const started = Date.now();
  const distDir = reused ?? (await buildSite());
  if (!reused) console.log(`test build: ${((Date.now() - started) / 1000).toFixed(1)} s into ${distDir}`);
  return { distDir, server: await serveSite(distDir), users: 0 };
}

export default async function setup(project: TestProject) {
  shared.kbTestSite ??= start();
  const site = await shared.kbTestSite;
  site.users += 1;
  project.provide('baseUrl', site.server.url);
  project.provide('distDir', site.distDir);
  return async () => {
    site.users -= 1;
    if (site.users > 0) return;
    shared.kbTestSite = undefined;
    await site.server.stop();
    if (!process.env.KB_TEST_DIST) rmSync(site.distDir, { recursive: true, force: true });
  };
}
