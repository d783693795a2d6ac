/**
 * Reading offline: after the page has loaded, register the service worker the build generated
 * (`/sw.js`, src/client/sw.ts), which keeps the pages a reader opens. A page the worker did not see
 * load (the first one) hands it its files, which it takes from the browser's cache. When a newer
 * build takes over during a visit, a quiet note says so. "Save for offline reading" controls
 * (`[data-offline-control]`) load their code only when shown: at once on a page that shows one,
 * on opening in the footer's disclosure.
 */
import type { OfflineRequest } from './sw.ts';

function noteUpdate(): void {
  const note = document.createElement('p');
  note.className = 'update-note';
  note.setAttribute('role', 'status');
  note.textContent = 'This site has been updated; pages you open from now on show the new version.';
  document.body.append(note);
}

/**
 * "Save for offline reading" controls: one on a page that shows it (/about/) loads its code at once;
 * the footer's place for one becomes "Read offline", a disclosure whose opening loads it. Without a
 * service worker there is nothing to save, and the footer shows none.
 */
function initControls(): void {
  const mount = (host: HTMLElement) => {
    import('./offline-save.ts').then((m) => m.mountOfflineControl(host)).catch(() => undefined);
  };
  for (const control of document.querySelectorAll<HTMLElement>('[data-offline-control]')) {
    if (control.dataset.offlineControl !== 'disclosure') mount(control);
    else if ('serviceWorker' in navigator) {
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      const body = document.createElement('div');
      details.className = 'offline-save';
      summary.textContent = 'Read offline';
      details.append(summary, body);
      details.addEventListener('toggle', () => mount(body), { once: true });
      control.replaceWith(details);
    }
  }
}

export function initOffline(): void {
  initControls();
  // In development there is no `/sw.js`: registering fails quietly.
  if (!('serviceWorker' in navigator)) return;
  const worker = navigator.serviceWorker;
  const hadController = Boolean(worker.controller);
  // Every page asks the worker to bring the saved copy up to date, if there is one.
  const refresh = () =>
    worker.controller?.postMessage({
      type: 'refresh',
      keep: hadController ? [] : [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)],
    } satisfies OfflineRequest);
  worker.addEventListener('controllerchange', () => {
    if (hadController) noteUpdate();
    refresh();
  });
  const register = () =>
    worker
      .register('/sw.js')
      .then(() => hadController && refresh())
      .catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
