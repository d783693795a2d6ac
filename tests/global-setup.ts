/**
 * Builds the site once for every test that needs it and serves it. `KB_TEST_DIST=<folder>` reuses
 * an existing build instead (for quick local iterations; CI always builds).
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, serveSite } from '../scripts/lib/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served test build, e.g. http://127.0.0.1:41513 */
    baseUrl: string;
    /** Folder holding the test build. */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const reused = process.env.KB_TEST_DIST;
  const started = Date.now();
  const distDir = reused ?? (await buildSite());
  if (!reused) console.log(`test build: ${((Date.now() - started) / 1000).toFixed(1)} s into ${distDir}`);
  const server = await serveSite(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.stop();
    if (!reused) rmSync(distDir, { recursive: true, force: true });
  };
}
