/**
 * Build hook: after the pages and the search index are written, lists the files a reader can save
 * for offline reading in `/offline.json` (each file's URL, a hash of its bytes as its revision, and
 * its size) and writes the service worker `/sw.js` from `src/client/sw.ts`, its types stripped and
 * stamped with the list's version. The worker precaches nothing: pages are kept as they are visited,
 * and the whole list is downloaded only when the reader asks ("Save for offline reading"). The same
 * build gives the same list and the same worker. Runs after the Pagefind hook.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';

/** One file a reader can save (the shape `src/client/sw.ts` reads). */
interface OfflineFile {
  url: string;
  revision: string;
  size: number;
}

/** `/offline.json`. */
export interface OfflineList {
  /** A hash of the files' URLs and revisions: it changes whenever a file does. */
  version: string;
  /** The sum of the files' sizes, in bytes. */
  bytes: number;
  files: OfflineFile[];
}

/** The list's path in the build, and the worker's. */
export const OFFLINE_LIST = 'offline.json';
export const SERVICE_WORKER = 'sw.js';

/**
 * What saving the site downloads: every page and what pages load, the search index and its code,
 * the preview data. Not the social images, the open-data downloads or the 404 page. The worker's
 * `keeps()` names the same files.
 */
function savedForOffline(file: string): boolean {
  if (file === SERVICE_WORKER || file === OFFLINE_LIST || file === '404.html') return false;
  return (
    /\.(?:html|css|m?js|svg|woff2|wasm|webmanifest)$/.test(file) ||
    file.startsWith('pagefind/') ||
    file === 'data/previews.json'
  );
}

/** The URL a built file is served at: `actors/tajikistan/index.html` is `/actors/tajikistan/`. */
function offlineUrl(file: string): string {
  return `/${file.replace(/(?:^|(?<=\/))index\.html$/, '')}`;
}

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The list of files a reader can save from a built site (`/`-separated paths relative to `outDir`). */
export function offlineList(outDir: string): OfflineList {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(outDir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter(savedForOffline)
    .sort()
    .map((file): OfflineFile => {
      const bytes = readFileSync(join(outDir, file));
      return { url: offlineUrl(file), revision: hash(bytes), size: bytes.length };
    });
  return {
    version: hash(files.map((f) => `${f.url} ${f.revision}`).join('\n')),
    bytes: files.reduce((sum, f) => sum + f.size, 0),
    files,
  };
}

/** The worker's script: its TypeScript source without types or comments, stamped with the version. */
export function serviceWorkerScript(source: string, version: string): string {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  // The source is a module so its names stay its own; a worker script has no exports.
  const script = outputText
    .replace(/^export \{\};\s*$/m, '')
    .replace(/^(?: {4})+/gm, (indent) => '\t'.repeat(indent.length / 4));
  if (/^\s*(?:import|export)\b/m.test(script)) throw new Error('src/client/sw.ts must not import or export values');
  return `// Generated from src/client/sw.ts at build time.\nconst KB_OFFLINE_VERSION = ${JSON.stringify(version)};\n${script}`;
}

export function serviceWorker(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kb:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = offlineList(out);
        writeFileSync(join(out, OFFLINE_LIST), JSON.stringify(list));
        const source = readFileSync(join(root, 'src/client/sw.ts'), 'utf8');
        writeFileSync(join(out, SERVICE_WORKER), serviceWorkerScript(source, list.version));
        logger.info(
          `service worker: nothing precached; saving for offline reading downloads ${list.files.length} files, ${(list.bytes / 1024).toFixed(0)} KiB`,
        );
      },
    },
  };
}
