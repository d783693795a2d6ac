/**
 * The search interface of the dialog and the search page, on Pagefind's JS API: an input, a live
 * result count, optional type and kind filters in a disclosure, and the results, each with its
 * type and kind, summary, and the section it matched (linking to that heading). Results are
 * ranked by the knowledge base (`src/search/run.ts`) and painted once, in their final order.
 * Nothing is fetched before search is opened; a failed load can be retried.
 */
import type { SearchData } from '../search/data.ts';
import { prepareIndex, queryTerms, type EntryScore, type RankIndex, type SearchEntry } from '../search/rank.ts';
import {
  FILTER_FIELDS,
  PAGEFIND_OPTIONS,
  runSearch,
  type FilterName,
  type Filters,
  type PagefindApi,
  type SearchOutcome,
} from '../search/run.ts';
import { suggest } from '../search/suggest.ts';

export const BUNDLE = '/pagefind/';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id: string };
}
interface PageData {
  url: string;
  excerpt: string;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PageData>;
}
interface Pagefind extends PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface Engine {
  index: RankIndex;
  entries: SearchEntry[];
  search(query: string, filters: Filters, typing: boolean): Promise<SearchOutcome>;
  /** Pagefind's page data (excerpt, matched sections) of a result it found. */
  details(page: string): Promise<PageData | undefined>;
}

let engine: Promise<Engine> | undefined;
let bundle: Promise<Pagefind> | undefined;
let failedImports = 0;

/** Pagefind's script, imported once; a failed import stays failed for its URL, so a retry asks for a fresh one. */
function importPagefind(): Promise<Pagefind> {
  const url = `${BUNDLE}pagefind.js${failedImports ? `?retry=${failedImports}` : ''}`;
  bundle ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).catch((error: unknown) => {
    bundle = undefined;
    failedImports++;
    throw error;
  });
  return bundle;
}

async function load(): Promise<Engine> {
  const [pagefind, data] = await Promise.all([
    importPagefind(),
    fetch(`${BUNDLE}kb-search.json`).then((r) => {
      if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
      return r.json() as Promise<SearchData>;
    }),
  ]);
  await pagefind.options({ basePath: BUNDLE, ...PAGEFIND_OPTIONS });
  await pagefind.init();
  const index = prepareIndex(data.entries, data.synonyms);
  const found = new Map<string, PagefindResult>();
  const recording: PagefindApi = {
    async search(term) {
      const response = await pagefind.search(term);
      for (const r of response?.results ?? []) found.set(r.id, r);
      return response;
    },
  };
  return {
    index,
    entries: data.entries,
    search: (query, filters, typing) => runSearch(recording, index, query, filters, typing),
    details: async (page) => found.get(page)?.data(),
  };
}

/** Loads search once; after a failure the next call tries again. */
export function loadEngine(): Promise<Engine> {
  engine ??= load().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

/** How many results are painted at once (more on request). */
const PAGE = 8;
export const DEBOUNCE_MS = 120;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt (escaped text with <mark>) as nodes, without parsing it as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(part);
      return marked
        ? el('mark', {}, decode(marked[1]!))
        : document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    });
}

/** The section a result matched: the anchored sub-result with the most matches. */
function bestSection(data: PageData | undefined): SubResult | undefined {
  return data?.sub_results
    .filter((s) => s.anchor?.id && s.url.includes('#'))
    .sort((a, b) => b.locations.length - a.locations.length)[0];
}

function withHighlight(url: string, terms: string[]): string {
  const [path, hash] = url.split('#');
  const params = new URLSearchParams();
  for (const t of terms) params.append('highlight', t);
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

function resultItem(score: EntryScore, terms: string[]): HTMLLIElement {
  const { entry } = score;
  return el(
    'li',
    { class: 'search-result' },
    el(
      'a',
      { class: 'search-result__title', href: withHighlight(entry.url, terms), 'data-search-result': '' },
      entry.title,
    ),
    el('p', { class: 'search-result__kind' }, `${entry.type} · ${entry.kind}`),
    el('p', { class: 'search-result__summary' }, entry.summary),
    // One line, kept empty until Pagefind's page data arrives, so filling it moves nothing.
    el('p', { class: 'search-result__section' }),
  );
}

/** Fills a painted result's section line with the section it matched, linked to that heading. */
function fillSection(item: Element, data: PageData | undefined, terms: string[]): void {
  const section = bestSection(data);
  const line = item.querySelector('.search-result__section');
  if (!section || !line) return;
  line.replaceChildren(
    'In ',
    el('a', { href: withHighlight(section.url, terms) }, section.title),
    ': ',
    ...excerptNodes(section.excerpt),
  );
}

export interface SearchUiOptions {
  /** Show the type and kind filters. */
  filters: boolean;
  /** An input already on the page (the dialog opens before this code loads) to take over. */
  input?: HTMLInputElement;
  /** Called after each search the reader starts (not for `run`). */
  onSearch?: (query: string, filters: Filters) => void;
}

export interface SearchUi {
  input: HTMLInputElement;
  /** Runs a search as if typed, without calling `onSearch`. */
  run(query: string, filters: Filters): void;
}

/** Builds the search interface inside `root` (its children are replaced). */
export function mountSearch(root: HTMLElement, options: SearchUiOptions): SearchUi {
  // Start loading now; each search asks again, so a failed load is retried by the next search.
  loadEngine().catch(() => undefined);
  const id = `search-${Math.random().toString(36).slice(2, 8)}`;
  const input = options.input ?? el('input', { type: 'search' });
  const focused = document.activeElement === input;
  for (const [name, value] of Object.entries({
    id: `${id}-input`,
    class: 'search-box__input',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Search states, organizations, bases, events…',
    'data-search-input': '',
    'aria-controls': `${id}-results`,
  }))
    input.setAttribute(name, value);
  input.removeAttribute('aria-label');
  const status = el('p', { class: 'search-status', role: 'status', 'data-search-status': '' });
  const list = el('ol', {
    class: 'search-results',
    id: `${id}-results`,
    'aria-label': 'Results',
    'data-search-results': '',
  });
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, 'Show more results');
  const none = el('div', { class: 'search-none', hidden: '', 'data-search-none': '' });
  const failed = el('div', { class: 'search-failed', hidden: '', 'data-search-failed': '' });
  const filtersBox = el('details', { class: 'search-filters', 'data-search-filters': '' });
  const filterCount = el('span', { class: 'search-filters__count' });
  filtersBox.append(el('summary', {}, 'Filters', filterCount));
  const filterSets = el('div', { class: 'search-filters__sets' });
  filtersBox.append(filterSets);

  root.replaceChildren(
    el(
      'div',
      { class: 'search-box' },
      el('label', { for: input.id, class: 'visually-hidden' }, 'Search the knowledge base'),
      input,
    ),
    status,
    ...(options.filters ? [filtersBox] : []),
    failed,
    none,
    list,
    more,
  );

  let filters: Filters = {};
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const activeFilters = () => Object.values(filters).reduce((n, v) => n + v.length, 0);

  function paintFilters() {
    if (!options.filters || !outcome) return;
    const active = activeFilters();
    filterCount.textContent = active ? ` (${active} active)` : '';
    filterSets.replaceChildren(
      ...(Object.keys(FILTER_FIELDS) as FilterName[]).map((name) =>
        el(
          'fieldset',
          { class: 'search-filters__set' },
          el('legend', {}, name === 'type' ? 'Type' : 'Kind'),
          ...outcome!.counts[name].map(([value, count]) => {
            const box = el('input', { type: 'checkbox', value });
            box.checked = filters[name]?.includes(value) ?? false;
            box.addEventListener('change', () => {
              const set = new Set(filters[name] ?? []);
              if (box.checked) set.add(value);
              else set.delete(value);
              filters = { ...filters, [name]: [...set] };
              if (!set.size) delete filters[name];
              void search(input.value, true);
            });
            return el(
              'label',
              { class: 'search-filters__option' },
              box,
              ` ${value} `,
              el('span', { class: 'search-filters__n' }, String(count)),
            );
          }),
        ),
      ),
    );
  }

  async function paintMore(from: number, terms: string[], engineNow: Engine, seq: number) {
    if (!outcome) return;
    const slice = outcome.results.slice(from, from + PAGE);
    // Paint the slice at once in its final order; the matched sections fill their reserved lines after.
    const items = slice.map((s) => resultItem(s, terms));
    if (from === 0) list.replaceChildren(...items);
    else list.append(...items);
    shown = from + slice.length;
    more.hidden = shown >= outcome.results.length;
    void Promise.all(
      slice.map(async (s, i) => {
        const data = await engineNow.details(s.entry.page).catch(() => undefined);
        if (seq === sequence) fillSection(items[i]!, data, terms);
      }),
    );
  }

  function paintNone(query: string, engineNow: Engine) {
    const slug = queryTerms(query).join('-');
    const targets = engineNow.entries.flatMap((e) =>
      [e.title, ...e.aliases].map((name) => ({ slug: queryTerms(name).join('-'), path: e.url, title: e.title })),
    );
    const close = suggest(slug, targets, Math.max(2, Math.ceil(slug.length / 3)), 5);
    none.replaceChildren(
      ...(close.length
        ? [
            el('p', {}, 'Closest names:'),
            el('ul', { class: 'plain' }, ...close.map((t) => el('li', {}, el('a', { href: t.path }, t.title)))),
          ]
        : []),
      el(
        'p',
        {},
        'Or browse: ',
        ...BROWSE.flatMap(([href, label], i) => [...(i ? [' · '] : []), el('a', { href }, label)]),
      ),
    );
    none.hidden = false;
  }

  async function search(query: string, fromReader: boolean, typing = fromReader) {
    const seq = ++sequence;
    const started = performance.now();
    const trimmed = query.trim();
    let engineNow: Engine;
    try {
      engineNow = await loadEngine();
      failed.hidden = true;
    } catch {
      showFailure();
      return;
    }
    if (!trimmed) {
      if (seq !== sequence) return;
      outcome = undefined;
      list.replaceChildren();
      status.textContent = '';
      none.hidden = true;
      more.hidden = true;
      if (fromReader) options.onSearch?.('', filters);
      return;
    }
    const result = await engineNow.search(trimmed, filters, typing);
    performance.measure('kb-search-rank', { start: started });
    if (seq !== sequence) return;
    outcome = result;
    const terms = queryTerms(trimmed);
    none.hidden = true;
    await paintMore(0, terms, engineNow, seq);
    if (seq !== sequence) return;
    const n = result.results.length;
    status.textContent = `${n} result${n === 1 ? '' : 's'} for ${trimmed}`;
    // Search (Pagefind and ranking, above) and search with paint, for the benchmark (`npm run bench`).
    performance.measure('kb-search', { start: started });
    if (!n) paintNone(trimmed, engineNow);
    paintFilters();
    if (fromReader) options.onSearch?.(trimmed, filters);
  }

  function showFailure() {
    failed.replaceChildren(
      el(
        'p',
        {},
        'Search could not be loaded. ',
        Object.assign(el('button', { type: 'button', 'data-search-retry': '' }, 'Try again'), {
          onclick: () => void search(input.value, false),
        }),
      ),
      el(
        'p',
        {},
        'Every entry can still be reached from the browse lists: ',
        ...BROWSE.flatMap(([href, label], i) => [...(i ? [' · '] : []), el('a', { href }, label)]),
      ),
    );
    failed.hidden = false;
  }

  if (focused) input.focus();
  // Words typed before this code loaded are searched at once.
  if (input.value.trim()) timer = setTimeout(() => void search(input.value, true), DEBOUNCE_MS);

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value, true), DEBOUNCE_MS);
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void loadEngine()
      .then((e) => paintMore(shown, queryTerms(input.value), e, sequence))
      .then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  // Arrow keys move between the input and the result titles.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result]')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });

  return {
    input,
    run(query, chosen) {
      input.value = query;
      filters = { ...chosen };
      void search(query, false, false);
    },
  };
}

/** The browse lists offered when nothing is found or search cannot load. */
const BROWSE: [string, string][] = [
  ['/actors/', 'Actors'],
  ['/organizations/', 'Organizations'],
  ['/bases/', 'Bases'],
  ['/places/', 'Places'],
  ['/infrastructure/', 'Infrastructure'],
  ['/events/', 'Events'],
  ['/scenarios/', 'Scenarios'],
];
