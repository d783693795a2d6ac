/**
 * The search page keeps its query and filters in the URL (`/search/?q=csto&type=Base`): opening
 * such a URL runs that search, each new search updates the address, and back/forward restore
 * earlier searches.
 */
import { loadSearch } from './search-loader.ts';

type Filters = Record<string, string[]>;

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

async function init(): Promise<void> {
  const components = await loadSearch();
  await customElements.whenDefined('pagefind-input');
  const instance = components.getInstanceManager().getInstance('default');
  const input = () => document.querySelector<HTMLInputElement>('pagefind-input input');

  let restoring = false;
  let lastPush = 0;
  instance.on('search', (term, filters) => {
    if (restoring) return;
    const url = toUrl(term.trim(), filters ?? {});
    if (url === `${location.pathname}${location.search}`) return;
    // Typing refines one search: replace the entry while the user is still typing, push otherwise.
    const now = Date.now();
    if (now - lastPush < 1500) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastPush = now;
  });

  const run = () => {
    const { term, filters } = fromUrl();
    restoring = true;
    const field = input();
    if (field) field.value = term;
    instance.triggerSearchWithFilters(term, filters);
    restoring = false;
  };
  window.addEventListener('popstate', run);
  if (location.search) run();
  input()?.focus();
}

init().catch(() => {
  document.querySelector<HTMLElement>('[data-search-failed]')?.removeAttribute('hidden');
});
