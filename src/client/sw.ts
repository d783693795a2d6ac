/**
 * The service worker, `/sw.js`. The build (src/build/integrations/service-worker.ts) strips its
 * types and stamps it with the build's version: the hash of `/offline.json`, the list of every file
 * a reader can save (URL, content revision, size).
 *
 * - Installing fetches nothing: a first visit costs the page and what it loads.
 * - Pages and the files they load are kept as they are visited (cache `kb-visited`). Pages and
 *   other unnamed-by-content files come from the network first, so online a page is always the
 *   current build; files named by their content (`/_astro/`, Pagefind's chunks) from the cache first.
 *   Offline, both come from the saved copy or the visited pages.
 * - "Save for offline reading" (src/client/offline-save.ts) asks the worker to download every listed
 *   file into `kb-saved`; every open page hears the progress. The download can be stopped, resumes
 *   where it stopped, and the saved copy can be removed.
 * - Every page says "refresh" after it loads. When the build has changed since the saved copy was
 *   made, the worker downloads the files whose revision changed and drops those the build no longer
 *   has; visited files that changed or went are dropped.
 *
 * It is one module, longer than most, because a service worker is one script the browser loads on
 * its own: the build writes this file out with its types stripped, with no bundler to join parts.
 * Its sections run in order: the names it keeps, the caches, the fetch strategies, the saved list and
 * its state, the download (in lanes, stoppable), upkeep after a new build, and the messages it takes.
 */

/** This build's version, the hash of its `/offline.json` (the build stamps it in). */
declare const KB_OFFLINE_VERSION: string;

/** One file a reader can save: its URL, a hash of its bytes and its size in bytes. */
interface OfflineFile {
  url: string;
  revision: string;
  size: number;
}

/** `/offline.json`, written by the build. */
interface OfflineList {
  version: string;
  /** The sum of the files' sizes. */
  bytes: number;
  files: OfflineFile[];
}

/** What a page asks of the worker. */
export type OfflineRequest =
  /** Sent by every page after it loads: bring the saved copy up to date; keep these files of a page the worker did not see load. */
  { type: 'refresh'; keep?: string[] } | { type: 'status' } | { type: 'save' } | { type: 'stop' } | { type: 'remove' };

/** What the worker tells every open page about the saved copy, on request and while it downloads. */
export interface OfflineStatus {
  kind: 'kb-offline';
  state:
    | 'unavailable' // the list of files could not be read (offline, nothing saved)
    | 'none' // nothing saved
    | 'saving' // downloading, asked for by the reader
    | 'updating' // downloading what a new build changed
    | 'saved' // every file of this build is saved
    | 'outdated' // a saved copy of an earlier build, brought up to date on the next visit online
    | 'stopped'; // part of the files are saved: the reader stopped, or the download failed
  /** The files of this build and the sum of their sizes. */
  files: number;
  bytes: number;
  /** Of those, the ones saved at this build's revision. */
  savedFiles: number;
  savedBytes: number;
  /** Why the last download stopped, when it failed. */
  error?: string;
}

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: OfflineRequest;
}
interface Worker {
  readonly location: { origin: string; href: string };
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ postMessage(m: unknown): void }[]>;
  };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as Worker;
const VERSION = KB_OFFLINE_VERSION;
/** Files kept as they are visited. */
const VISITED = 'kb-visited';
/** The saved copy of the whole site. */
const SAVED = 'kb-saved';
/** The list of files, as the build wrote it; the saved copy keeps the one it was made from. */
const LIST = '/offline.json';
/** Records no page asks for: the saved copy's state, and the build whose files `kb-visited` holds. */
const STATE = '/__kb-offline/state';
const VISITED_VERSION = '/__kb-offline/version';
/** A saved file's revision, in a header of its cached response. */
const REVISION = 'x-kb-revision';
/** Files downloaded at once while saving. */
const LANES = 4;

interface SavedState {
  /** The version of the list the saved copy was made from. */
  version: string;
  /** `saving` while a download runs (a worker that finds it with none running resumes it). */
  state: 'saving' | 'complete' | 'stopped';
  error?: string;
}

interface Job {
  kind: 'saving' | 'updating';
  abort: AbortController;
  /** Why it was aborted: the reader stopped it, or removed the saved copy. */
  reason?: 'stop' | 'remove';
  files: number;
  bytes: number;
  savedFiles: number;
  savedBytes: number;
  done: Promise<void>;
}

let job: Job | undefined;

/** What a visit keeps: pages, their styles, scripts and images, the search files and the preview data (mirrors the build's list). */
function keeps(path: string): boolean {
  if (path === '/sw.js') return false;
  return (
    path.endsWith('/') ||
    /\.(?:html|css|m?js|svg|woff2|wasm|webmanifest)$/.test(path) ||
    path.startsWith('/pagefind/') ||
    path === '/data/previews.json'
  );
}

/** Files named by their content: a new build gives changed ones new names (as in src/build/cdn-headers.ts). */
function hashed(path: string): boolean {
  return (
    /^\/(?:_astro|pagefind\/(?:fragment|index|filter))\//.test(path) ||
    /^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(path)
  );
}

/** The cache key of a URL: queries (`/search/?q=`, Pagefind's `?ts=`) never change a static file. */
function keyOf(url: URL): string {
  return url.origin + url.pathname;
}

function pathOf(href: string): string {
  return new URL(href, worker.location.href).pathname;
}

async function revisionOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function storable(response: Response): boolean {
  return response.status === 200 && response.type === 'basic';
}

function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
}

/** A cached copy: from the saved copy first, then from the visited files. */
async function cached(key: string): Promise<Response | undefined> {
  return (await caches.match(key, { cacheName: SAVED })) ?? (await caches.match(key, { cacheName: VISITED }));
}

async function keepVisited(key: string, response: Response): Promise<void> {
  const cache = await caches.open(VISITED);
  // A new cache holds this build's files.
  if (!(await cache.match(VISITED_VERSION))) await cache.put(VISITED_VERSION, new Response(VERSION));
  await cache.put(key, response);
}

async function networkFirst(event: FetchEvent, url: URL): Promise<Response> {
  try {
    const response = await fetch(event.request);
    if (storable(response)) event.waitUntil(keepVisited(keyOf(url), response.clone()));
    return response;
  } catch {
    return (await cached(keyOf(url))) ?? Response.error();
  }
}

async function cacheFirst(event: FetchEvent, url: URL): Promise<Response> {
  const hit = await cached(keyOf(url));
  if (hit) return hit;
  const response = await fetch(event.request);
  if (storable(response)) event.waitUntil(keepVisited(keyOf(url), response.clone()));
  return response;
}

/** This build's list of files, from the network (undefined offline). */
async function fetchList(): Promise<OfflineList | undefined> {
  try {
    const response = await fetch(LIST, { cache: 'no-cache' });
    return response.ok ? ((await response.json()) as OfflineList) : undefined;
  } catch {
    return undefined;
  }
}

/** This build's list of files: from the network, or the saved copy's when offline. */
async function readList(): Promise<OfflineList | undefined> {
  const fresh = await fetchList();
  if (fresh) return fresh;
  const saved = await caches.match(LIST, { cacheName: SAVED });
  return saved ? ((await saved.json()) as OfflineList) : undefined;
}

async function readState(): Promise<SavedState | undefined> {
  const response = await caches.match(STATE, { cacheName: SAVED });
  return response ? ((await response.json()) as SavedState) : undefined;
}

/** The revision of every file in the saved copy, by path. */
async function savedRevisions(cache: Cache): Promise<Map<string, string>> {
  const requests = await cache.keys();
  const revisions = await Promise.all(
    requests.map(
      async (request) => [pathOf(request.url), (await cache.match(request))?.headers.get(REVISION)] as const,
    ),
  );
  return new Map(revisions.filter((r): r is [string, string] => typeof r[1] === 'string'));
}

async function broadcast(message: OfflineStatus): Promise<void> {
  for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    client.postMessage(message);
}

async function status(): Promise<OfflineStatus> {
  const base = { kind: 'kb-offline' } as const;
  if (job)
    return {
      ...base,
      state: job.kind,
      files: job.files,
      bytes: job.bytes,
      savedFiles: job.savedFiles,
      savedBytes: job.savedBytes,
    };
  const list = await readList();
  if (!list) return { ...base, state: 'unavailable', files: 0, bytes: 0, savedFiles: 0, savedBytes: 0 };
  const saved = await readState();
  const revisions = saved ? await savedRevisions(await caches.open(SAVED)) : new Map<string, string>();
  const current = list.files.filter((f) => revisions.get(f.url) === f.revision);
  const counts = {
    files: list.files.length,
    bytes: list.bytes,
    savedFiles: current.length,
    savedBytes: current.reduce((sum, f) => sum + f.size, 0),
  };
  if (!saved) return { ...base, state: 'none', ...counts };
  const state = saved.state !== 'complete' ? 'stopped' : counts.savedFiles === counts.files ? 'saved' : 'outdated';
  return { ...base, state, ...counts, ...(saved.error ? { error: saved.error } : {}) };
}

class DownloadError extends Error {}

/** Runs `task` over `items`, `lanes` at a time; the first failure aborts the rest. */
async function inLanes<T>(items: T[], lanes: number, abort: AbortController, task: (item: T) => Promise<void>) {
  let next = 0;
  let failure: unknown;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length && !abort.signal.aborted) {
        try {
          await task(items[next++]!);
        } catch (error) {
          failure ??= error;
          abort.abort();
        }
      }
    }),
  );
  if (failure !== undefined) throw failure;
}

/**
 * Brings the saved copy in line with the build's list: every file not saved at its current
 * revision is downloaded and checked against its revision (styles, scripts and search files before
 * the pages that name them), then the files the build no longer has are dropped. An interrupted
 * update leaves a copy whose every page still finds what it names.
 */
async function download(current: Job, given?: OfflineList): Promise<void> {
  const list = given ?? (await fetchList());
  if (!list) throw new DownloadError('The site could not be reached: connect to the internet and try again.');
  const cache = await caches.open(SAVED);
  if (current.kind === 'saving')
    await cache.put(STATE, json({ version: list.version, state: 'saving' } satisfies SavedState));
  const revisions = await savedRevisions(cache);
  const page = (f: OfflineFile) => f.url.endsWith('/') || f.url.endsWith('.html');
  const missing = list.files
    .filter((f) => revisions.get(f.url) !== f.revision)
    .sort((a, b) => Number(page(a)) - Number(page(b)));
  Object.assign(current, {
    files: list.files.length,
    bytes: list.bytes,
    savedFiles: list.files.length - missing.length,
    savedBytes: list.bytes - missing.reduce((sum, f) => sum + f.size, 0),
  });
  let told = 0;
  await inLanes(missing, LANES, current.abort, async (file) => {
    const response = await fetch(file.url, {
      signal: current.abort.signal,
      cache: hashed(file.url) ? 'default' : 'no-cache',
    });
    if (!response.ok) throw new DownloadError(`${file.url} could not be downloaded (HTTP ${response.status}).`);
    const body = await response.arrayBuffer();
    if ((await revisionOf(body)) !== file.revision)
      throw new DownloadError('The site was updated during the download: reload the page and save again.');
    const headers = new Headers(response.headers);
    headers.set(REVISION, file.revision);
    await cache.put(file.url, new Response(body, { headers }));
    current.savedFiles += 1;
    current.savedBytes += file.size;
    // Every open page hears the progress, at most ten times a second.
    if (Date.now() - told > 100 || current.savedFiles === current.files) {
      told = Date.now();
      await broadcast(await status());
    }
  });
  const wanted = new Set(list.files.map((f) => f.url));
  for (const path of revisions.keys()) if (!wanted.has(path)) await cache.delete(path);
  await cache.put(LIST, json(list));
  await cache.put(STATE, json({ version: list.version, state: 'complete' } satisfies SavedState));
}

const full = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

function failure(error: unknown): string {
  if (error instanceof DownloadError) return error.message;
  if (full(error)) return 'This device has no room left for the saved copy.';
  return 'The connection was lost during the download.';
}

/**
 * Starts downloading (or returns the download under way). A stopped download stays stopped, and so
 * does one the device had no room for; one that failed otherwise is tried again on the next visit
 * (a failed update keeps the copy it was updating).
 */
function start(kind: Job['kind'], list?: OfflineList): Promise<void> {
  if (job) return job.done;
  const current: Job = {
    kind,
    abort: new AbortController(),
    files: 0,
    bytes: 0,
    savedFiles: 0,
    savedBytes: 0,
    done: Promise.resolve(),
  };
  job = current;
  current.done = (async () => {
    await broadcast(await status());
    try {
      await download(current, list);
    } catch (error) {
      const before = await readState();
      const version = before?.version ?? list?.version ?? VERSION;
      const after: SavedState | undefined =
        current.reason === 'remove'
          ? undefined
          : current.reason === 'stop'
            ? { version, state: 'stopped' }
            : full(error)
              ? { version, state: 'stopped', error: failure(error) }
              : { version, state: before?.state === 'complete' ? 'complete' : 'saving', error: failure(error) };
      if (after) await (await caches.open(SAVED)).put(STATE, json(after));
    } finally {
      job = undefined;
    }
    await broadcast(await status());
  })();
  return current.done;
}

/** Drops visited files that a new build changed or removed (a page and the files it names change together). */
async function pruneVisited(): Promise<void> {
  const recorded = await caches.match(VISITED_VERSION, { cacheName: VISITED });
  if (!recorded || (await recorded.text()) === VERSION) return;
  const list = await readList();
  if (list?.version !== VERSION) return;
  const revisions = new Map(list.files.map((f) => [f.url, f.revision]));
  const cache = await caches.open(VISITED);
  for (const request of await cache.keys()) {
    const path = pathOf(request.url);
    if (path === VISITED_VERSION) continue;
    const revision = revisions.get(path);
    const response = revision && !hashed(path) ? await cache.match(request) : undefined;
    if (!revision || (response && (await revisionOf(await response.arrayBuffer())) !== revision))
      await cache.delete(request);
  }
  await cache.put(VISITED_VERSION, new Response(VERSION));
}

/** Drops the files of a stopped saved copy that a new build changed or removed (nothing is downloaded). */
async function trimSaved(list: OfflineList): Promise<void> {
  const cache = await caches.open(SAVED);
  const revisions = new Map(list.files.map((f) => [f.url, f.revision]));
  for (const [path, revision] of await savedRevisions(cache))
    if (revisions.get(path) !== revision) await cache.delete(path);
  await cache.put(LIST, json(list));
  await cache.put(STATE, json({ version: list.version, state: 'stopped' } satisfies SavedState));
}

/**
 * Keeps the files of a page that loaded before the worker controlled it. They come from the
 * browser's HTTP cache (`force-cache`), so keeping them costs no download.
 */
async function keep(hrefs: string[]): Promise<void> {
  for (const href of hrefs) {
    const url = new URL(href, worker.location.href);
    if (url.origin !== worker.location.origin || !keeps(url.pathname) || (await cached(keyOf(url)))) continue;
    try {
      const response = await fetch(url.href, { cache: 'force-cache' });
      if (storable(response)) await keepVisited(keyOf(url), response);
    } catch {
      // Not kept: the page is kept on its next visit.
    }
  }
}

async function refresh(hrefs: string[]): Promise<void> {
  await keep(hrefs);
  await pruneVisited();
  const saved = await readState();
  if (!saved || job || (saved.state !== 'saving' && saved.version === VERSION)) return;
  // Offline nothing can be brought up to date: the next visit online will.
  const list = await fetchList();
  if (!list) return;
  if (saved.state === 'stopped') {
    await trimSaved(list);
    await broadcast(await status());
  } else await start(saved.state === 'complete' ? 'updating' : 'saving', list);
}

async function stop(reason: 'stop' | 'remove'): Promise<void> {
  if (!job) return;
  job.reason = reason;
  job.abort.abort();
  await job.done;
}

async function handle(request: OfflineRequest): Promise<void> {
  switch (request.type) {
    case 'refresh':
      return refresh(request.keep ?? []);
    case 'status':
      return broadcast(await status());
    case 'save':
      return start((await readState())?.state === 'complete' ? 'updating' : 'saving');
    case 'stop':
      return stop('stop');
    case 'remove':
      await stop('remove');
      await caches.delete(SAVED);
      return broadcast(await status());
  }
}

worker.addEventListener('install', (event) => {
  // Nothing is precached; a new build's worker takes over at once (pages say so quietly).
  event.waitUntil(worker.skipWaiting());
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Caches of earlier workers (Workbox's precache) go.
      for (const name of await caches.keys()) if (name !== VISITED && name !== SAVED) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin || !keeps(url.pathname)) return;
  event.respondWith(hashed(url.pathname) ? cacheFirst(event, url) : networkFirst(event, url));
});

worker.addEventListener('message', (event) => {
  event.waitUntil(handle(event.data));
});
