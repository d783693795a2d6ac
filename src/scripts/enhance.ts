/**
 * The one small deferred enhancement script of every page. Reading needs none of it.
 * - Ctrl/Cmd+K (or the header search control) opens a search dialog, loading search code only then.
 * - Link-to-section controls copy the full URL.
 * - Hovering or focusing a link to an entry previews it (title, kind, summary).
 * - Landing from a search result (`?highlight=`) marks the search terms.
 */
import { initCopyLinks } from './copy-link.ts';
import { initPreviews } from './previews.ts';

async function openSearch(): Promise<void> {
  try {
    const { openSearchDialog } = await import('./search-dialog.ts');
    openSearchDialog();
  } catch {
    // The dialog's script could not load: the search page still works.
    location.assign('/search/');
  }
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
    if (onSearchPage) document.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
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
initPreviews();
initHighlight();
