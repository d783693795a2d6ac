/**
 * A minimal static file server for fixture folders and copies of a build, as a static host serves
 * them: `index.html` for a folder, a redirect to the folder's URL with its slash, `404.html` (or a
 * line) for what is not there, revalidation by ETag. It records every response, so a test can count
 * what a visit downloaded, and can answer slowly, so a test can act while a download runs.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** One response: the path asked for, its status and the bytes of its body. */
interface Served {
  path: string;
  status: number;
  bytes: number;
}

export interface FolderServer {
  url: string;
  /** Every response so far, in order. */
  served: Served[];
  /** Milliseconds to wait before each response (0 by default). */
  delay: number;
  stop(): Promise<void>;
}

export async function serveFolder(dir: string): Promise<FolderServer> {
  const served: Served[] = [];
  const state = { delay: 0 };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // A request the client gave up on while the response waited is not served.
    let gone = false;
    res.on('close', () => (gone = true));
    const send = (status: number, headers: Record<string, string>, body: Buffer | string = '') => {
      const respond = () => {
        if (gone) return;
        served.push({ path, status, bytes: Buffer.byteLength(body) });
        res.writeHead(status, headers).end(body);
      };
      if (state.delay > 0) setTimeout(respond, state.delay);
      else respond();
    };
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return send(301, { Location: `${path}/` });
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const missing = join(dir, '404.html');
      return existsSync(missing)
        ? send(404, { 'Content-Type': TYPES['.html']! }, readFileSync(missing))
        : send(404, {}, 'not found');
    }
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (req.headers['if-none-match'] === etag) return send(304, headers);
    send(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }, readFileSync(file));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    get delay() {
      return state.delay;
    },
    set delay(ms: number) {
      state.delay = ms;
    },
    stop: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
