/**
 * The one small deferred enhancement script of every page. Reading needs none of it.
 * - Ctrl/Cmd+K (or the header search control) opens a search dialog, loading search code only then.
 * - Link-to-section controls copy the full URL; each citation format gets a copy button.
 * - Hovering or focusing a link to an entry previews it (title, kind, summary).
 * - Landing from a search result (`?highlight=`) marks the search terms.
 * - After load, the service worker registers so the site can be read offline.
 */
import { initCopyCitations, initCopyLinks } from './copy-link.ts';
import { initOffline } from './offline.ts';
import { initPreviews } from './previews.ts';

async function openSearch(): Promise<void> {
  const { loadSearch } = await import('./search-loader.ts');
  await loadSearch();
  let modal = document.querySelector<HTMLElement & { open(): void }>('pagefind-modal');
  if (!modal) {
    modal = document.createElement('pagefind-modal') as HTMLElement & { open(): void };
    modal.setAttribute('reset-on-close', '');
    document.body.append(modal);
    await customElements.whenDefined('pagefind-modal');
  }
  // The element builds its dialog when connected; wait a frame so `open` finds it.
  requestAnimationFrame(() => modal.open());
}

function initSearch(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  // On the search page itself the link stays a link: the page has its own input.
  const onSearchPage = location.pathname === '/search/';
  if (trigger && !onSearchPage) {
    trigger.setAttribute('role', 'button');
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      void openSearch();
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    if (onSearchPage) document.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
    else void openSearch();
  });
}

function initHighlight(): void {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  // The highlight script is loaded only when the URL asks for it.
  import('./highlight.ts').then((m) => m.highlightTerms()).catch(() => undefined);
}

initSearch();
initCopyLinks();
initCopyCitations();
initPreviews();
initHighlight();
initOffline();
