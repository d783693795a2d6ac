/**
 * Reading offline: after the page has loaded, register the service worker the build generated
 * (`/sw.js`). When a newer build takes over during a visit, a quiet note says so.
 */

function noteUpdate(): void {
  const note = document.createElement('p');
  note.className = 'update-note';
  note.setAttribute('role', 'status');
  note.textContent = 'This site has been updated; pages you open from now on show the new version.';
  document.body.append(note);
}

export function initOffline(): void {
  // In development there is no `/sw.js`: registering fails quietly.
  if (!('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) noteUpdate();
  });
  const register = () => navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
