/**
 * The search page keeps its query and filters in the URL (`/search/?q=csto&type=Base`): opening
 * such a URL runs that search, each new search updates the address, and back/forward restore
 * earlier searches.
 */
import type { Filters } from '../search/run.ts';
import { mountSearch } from './search-ui.ts';

/** Filter names kept in the URL. */
const FILTERS = ['type', 'kind'];

function fromUrl(): { term: string; filters: Filters } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of FILTERS) {
    const values = params.getAll(name);
    if (values.length) filters[name] = values;
  }
  return { term: params.get('q') ?? '', filters };
}

function toUrl(term: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const name of FILTERS) for (const value of filters[name] ?? []) params.append(name, value);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  let lastPush = 0;
  const ui = mountSearch(root, {
    filters: true,
    onSearch(term, filters) {
      const url = toUrl(term, filters);
      if (url === `${location.pathname}${location.search}`) return;
      // Typing refines one search: replace the entry while the reader is still typing, push otherwise.
      const now = Date.now();
      if (now - lastPush < 1500) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      lastPush = now;
    },
  });
  const run = () => {
    const { term, filters } = fromUrl();
    ui.run(term, filters);
  };
  window.addEventListener('popstate', run);
  if (location.search) run();
  ui.input.focus();
}

init();
