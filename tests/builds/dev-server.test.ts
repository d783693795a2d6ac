/**
 * What an editor meets with `astro dev` running: an entry added, renamed or removed is served (or
 * gone) at once, without a restart, with no error page — the development server makes the content
 * snapshot again from the files that changed — and a line in the redirects table gives a renamed
 * entry's old address a redirect page (the same route a build renders).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { ASTRO } from '../helpers/site.ts';

const HERAT = `---
title: Herat
kind: city
summary: A city in western Afghanistan, added while the development server runs.
cite: P1
---

Herat lies west of <Ref id="kabul" />.
`;

let site: FixtureSite;
let server: ChildProcess;
let origin: string;
let output = '';

// `astro dev` as a person runs it (Astro's dev server does not serve pages inside a test runner).
beforeAll(async () => {
  site = fixtureSite('dev-server');
  server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: site.root,
    env: {
      // Not the test runner's variables: Astro's dev server serves no page when it sees them.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name))),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  for (const started = Date.now(); !origin && Date.now() - started < 60_000;) {
    origin = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0] ?? '';
    await new Promise((tick) => setTimeout(tick, 100));
  }
  if (!origin) throw new Error(`astro dev did not start:\n${output}`);
});

afterAll(() => {
  server?.kill();
  site?.dispose();
});

/** The page at `path` once its status is `status` (the watcher reports changes a moment later). */
async function pageOnce(path: string, status: number): Promise<{ status: number; text: string }> {
  let last = { status: 0, text: '' };
  for (const started = Date.now(); Date.now() - started < 20_000;) {
    const response = await fetch(origin + path);
    last = { status: response.status, text: await response.text() };
    if (last.status === status) return last;
    await new Promise((tick) => setTimeout(tick, 100));
  }
  return last;
}

describe('the development server', () => {
  test('serves an entry added while it runs, on its page and in its list, with its body links', async () => {
    expect((await pageOnce('/places/', 200)).text).not.toContain('Herat');
    site.write('content/places/herat.mdx', HERAT);
    const page = await pageOnce('/places/herat/', 200);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<h1[^>]*>Herat<\/h1>/);
    expect(page.text).toContain('<a href="/places/kabul/">Kabul</a>');
    // Its citation names its own content version.
    expect(page.text).toMatch(/Entry version <code>[0-9a-f]{8}<\/code>/);
    expect((await pageOnce('/places/', 200)).text).toContain('<a href="/places/herat/"');
  });

  test('follows a renamed entry to its new address, and redirects from the old one once the redirects table says so', async () => {
    renameSync(join(site.root, 'content/places/herat.mdx'), join(site.root, 'content/places/herat-city.mdx'));
    const renamed = await pageOnce('/places/herat-city/', 200);
    expect(renamed.status).toBe(200);
    expect(renamed.text).not.toMatch(/^\s+at /m);
    expect((await pageOnce('/places/herat/', 404)).status).toBe(404);
    // The documented rename: a line in src/config/redirects.ts puts a redirect page at the old path.
    site.edit('src/config/redirects.ts', (text) =>
      text.replace('= {};', "= { '/places/herat/': '/places/herat-city/' };"),
    );
    const redirect = await pageOnce('/places/herat/', 200);
    expect(redirect.text).toContain('<meta http-equiv="refresh" content="0; url=/places/herat-city/">');
    expect(redirect.text).toContain(
      '<link rel="canonical" href="https://central-asia-kb.example.org/places/herat-city/">',
    );
    site.edit('src/config/redirects.ts', (text) => text.replace(/= \{.*\};/, '= {};'));
    expect((await pageOnce('/places/herat/', 404)).status).toBe(404);
    rmSync(join(site.root, 'content/places/herat-city.mdx'));
    expect((await pageOnce('/places/herat-city/', 404)).status).toBe(404);
    expect((await pageOnce('/places/', 200)).text).not.toContain('Herat');
    expect(output).not.toMatch(/^\s+at /m);
  });
});
