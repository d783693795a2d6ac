/**
 * Link-to-section controls (`a[data-copy-link]`, plain `#anchor` links without JS) copy the full
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
    const control = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
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
