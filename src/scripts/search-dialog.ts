/**
 * The search dialog (Ctrl/Cmd+K or the header's search control on any page but /search/): a
 * native modal dialog, so focus stays inside it, Escape closes it and focus returns to where it was.
 */
import { mountSearch, type SearchUi } from './search-ui.ts';

let dialog: HTMLDialogElement | undefined;
let ui: SearchUi | undefined;

/** Opens the dialog, building it on first use; search loads in the background. */
export function openSearchDialog(): void {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-label', 'Search');
    dialog.dataset.searchDialog = '';
    const body = document.createElement('div');
    body.className = 'search-dialog__body';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-dialog__close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog?.close());
    dialog.append(close, body);
    // A click on the backdrop (the dialog element itself, outside its body) closes it.
    dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
    document.body.append(dialog);
    ui = mountSearch(body, { filters: false });
  }
  if (!dialog.open) dialog.showModal();
  ui?.input.focus();
}
