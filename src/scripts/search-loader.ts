/**
 * Loads the Pagefind Component UI on demand (the first Ctrl/Cmd+K or search click), configures the
 * shared search instance, and gives back its instance manager. Nothing is fetched before that.
 */

interface PagefindInstance {
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  searchTerm?: string;
  searchFilters?: Record<string, string[]>;
}

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

export const BUNDLE = '/pagefind/';

/**
 * Search options, set once before the first search.
 * - `highlightParam`: result links carry `?highlight=<terms>` so the landing page can mark them.
 * - `noWorker`: the index is small, so searching on the main thread costs nothing noticeable and
 *   saves downloading Pagefind's worker script (about 11 KB compressed) on the first search.
 * - Ranking, tuned on 27 reader queries (countries, acronyms, full names, aliases, bases, people)
 *   so the entry a query names comes first:
 *   - `termFrequency: 0` and `pageLength: 0`: rank by the weighted count of matches, not by their
 *     density. Short event pages whose titles mention a state ("Afghan refugees in Tajikistan")
 *     otherwise beat the long page about that state.
 *   - `termSaturation: 2`: repeated mentions keep counting, so the page about a thing outweighs a
 *     page that names it once in a heading.
 *   - `metaWeights` title and summary 0: titles already count through the weighted `<h1>` (10 for
 *     names, 3 for event and scenario titles) and aliases (9); scoring the title metadata again
 *     rewarded any page whose title contains the term.
 */
const OPTIONS = {
  bundlePath: BUNDLE,
  highlightParam: 'highlight',
  noWorker: true,
  excerptLength: 24,
  ranking: { termFrequency: 0, pageLength: 0, termSaturation: 2, metaWeights: { title: 0, summary: 0 } },
};

let loading: Promise<PagefindComponents> | undefined;

/** Loads the Component UI stylesheet and script once and configures the default instance. */
export function loadSearch(): Promise<PagefindComponents> {
  loading ??= new Promise((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${BUNDLE}pagefind-component-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${BUNDLE}pagefind-component-ui.js`;
    script.onload = () => {
      const components = window.PagefindComponents;
      if (!components) return reject(new Error('Pagefind Component UI did not load'));
      components.configureInstance('default', OPTIONS);
      resolve(components);
    };
    script.onerror = () => reject(new Error('Pagefind Component UI could not be loaded'));
    document.head.append(script);
  });
  return loading;
}
