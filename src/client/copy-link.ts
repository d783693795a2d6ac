/**
 * Link-to-section controls (`a.anchor`, plain `#anchor` links without JS) copy the full
 * URL of their section to the clipboard, keep the address bar in step, and say so politely.
 */

function announce(control: HTMLElement, message: string): void {
  let status = document.getElementById('kb-status');
  if (!status) {
    status = document.createElement('p');
    status.id = 'kb-status';
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    document.body.append(status);
  }
  status.textContent = message;
  control.dataset.copied = '';
  setTimeout(() => delete control.dataset.copied, 1500);
}

export function initCopyLinks(): void {
  document.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.anchor');
    if (!control || !navigator.clipboard) return;
    event.preventDefault();
    const url = new URL(control.hash, location.href);
    url.search = '';
    history.replaceState(null, '', url.hash);
    document.getElementById(url.hash.slice(1))?.scrollIntoView();
    navigator.clipboard.writeText(url.href).then(
      () => announce(control, 'Link to this section copied'),
      () => announce(control, 'Could not copy the link; it is in the address bar'),
    );
  });
}

/** Each citation format (`details[data-cite-format]`) gets a button that copies its text. */
export function initCopyCitations(): void {
  if (!navigator.clipboard) return;
  for (const format of document.querySelectorAll<HTMLDetailsElement>('details[data-cite-format]')) {
    const text = format.querySelector<HTMLElement>('[data-cite-text]');
    const label = format.querySelector('summary')?.textContent ?? '';
    if (!text) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-copy';
    button.textContent = `Copy ${label}`;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(text.innerText.trim()).then(
        () => announce(button, `${label} citation copied`),
        () => announce(button, 'Could not copy; select the text instead'),
      );
    });
    format.append(button);
  }
}
