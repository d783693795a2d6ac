/**
 * The one small deferred enhancement script of every page. Reading needs none of it.
 * - Ctrl/Cmd+K (or the header search control) opens a search dialog, loading search code only then.
 * - Link-to-section controls copy the full URL; each citation format gets a copy button.
 * - Hovering or focusing a link to an entry previews it (title, kind, summary).
 * - Landing from a search result (`?highlight=`) marks the search terms.
 * - After load, the service worker registers so the site can be read offline.
 */
import searchStyles from '../styles/search.css?url';
import { linkStylesheet } from './stylesheet.ts';
import { initCopyCitations, initCopyLinks } from './copy-link.ts';
import { initOffline } from './offline.ts';
import { initPreviews } from './previews.ts';

let dialog: HTMLDialogElement | undefined;
let dialogInput: HTMLInputElement | undefined;

/**
 * Opens the search dialog at once: a native modal dialog with its input (focus stays inside, Escape
 * closes it, focus returns where it was). The search code loads meanwhile and takes the input over,
 * with whatever was typed.
 */
function openSearch(): void {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-label', 'Search');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-dialog__close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog?.close());
    const body = document.createElement('div');
    body.className = 'search-dialog__body';
    dialogInput = document.createElement('input');
    dialogInput.type = 'search';
    dialogInput.className = 'search-box__input';
    dialogInput.setAttribute('aria-label', 'Search the knowledge base');
    body.append(dialogInput);
    dialog.append(close, body);
    // A click on the backdrop (the dialog itself, outside its body) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // The dialog's and the results' styles load with search, not with every page.
    linkStylesheet(searchStyles);
    document.body.append(dialog);
    const input = dialogInput;
    import('./search-ui.ts')
      .then((ui) => ui.mountSearch(body, { filters: false, input }))
      // The search code could not load: the search page still works.
      .catch(() => location.assign('/search/'));
  }
  if (!dialog.open) dialog.showModal();
  dialogInput?.focus();
}

function initSearch(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('.search-link');
  // On the search page itself the link stays a link: the page has its own input.
  const onSearchPage = location.pathname === '/search/';
  if (trigger && !onSearchPage) {
    trigger.setAttribute('role', 'button');
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      openSearch();
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    if (onSearchPage) document.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    else openSearch();
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
