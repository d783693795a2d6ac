/**
 * The "Save for offline reading" control (on /about/ and in the footer's disclosure), loaded only
 * where it is shown. It asks the service worker (src/client/sw.ts) to download every file of the
 * build into its saved copy, shows the size first (the sum of `/offline.json`'s sizes, as the
 * worker reports it), then a progress bar and a status line that every open page shares; the
 * download can be cancelled, and the saved copy removed.
 */
import styles from '../styles/offline-save.css?url';
import { linkStylesheet } from './stylesheet.ts';
import type { OfflineRequest, OfflineStatus } from './sw.ts';

let controls = 0;

/** Bytes as a reader reads them: "3.4 MB", "640 kB". */
export function formatBytes(bytes: number): string {
  const [unit, size] = bytes >= 1e6 ? (['megabyte', bytes / 1e6] as const) : (['kilobyte', bytes / 1e3] as const);
  return new Intl.NumberFormat('en', {
    style: 'unit',
    unit,
    maximumFractionDigits: size < 10 ? 1 : 0,
  }).format(size);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** A size the reader sees, with its exact byte count as the element's value. */
function size(bytes: number): HTMLDataElement {
  const data = document.createElement('data');
  data.value = String(bytes);
  data.textContent = formatBytes(bytes);
  return data;
}

/** The control's elements, in `host` (replacing what it says without JavaScript). */
function controlElements(host: HTMLElement) {
  const id = `kb-offline-${++controls}`;
  const text = el('p', 'offline-save__text', 'Checking what this device has saved…');
  text.id = `${id}-text`;
  const progress = el('progress', 'offline-save__progress');
  progress.id = `${id}-progress`;
  progress.hidden = true;
  progress.setAttribute('aria-label', 'Download progress');
  progress.setAttribute('aria-describedby', text.id);
  const line = el('p', 'offline-save__status');
  line.setAttribute('role', 'status');
  const save = el('button', 'offline-save__button', 'Save for offline reading');
  const cancel = el('button', 'offline-save__button offline-save__button--quiet', 'Cancel');
  const remove = el('button', 'offline-save__button offline-save__button--quiet', 'Remove saved copy');
  const actions = el('p', 'offline-save__actions');
  for (const button of [save, cancel, remove]) {
    button.type = 'button';
    button.hidden = true;
    actions.append(button);
  }
  host.replaceChildren(text, progress, line, actions);
  host.classList.add('offline-save__body');
  return { text, progress, line, save, cancel, remove };
}

/** What the control says of a state, in full (sizes as `<data>` elements). */
function explanation(status: OfflineStatus): (string | Node)[] {
  const { state, files, bytes, savedFiles, savedBytes } = status;
  const rest = bytes - savedBytes;
  if (state === 'unavailable')
    return ['Saving for offline reading needs a connection: connect to the internet and try again.'];
  if (state === 'saved')
    return [
      `Every page and the search work on this device with no connection: ${files} files, `,
      size(bytes),
      '. When the site changes, the saved copy is brought up to date on your next visit.',
    ];
  if (state === 'outdated')
    return [
      `The saved copy is from an earlier version of the site: ${savedFiles} of ${files} files are current; the rest (`,
      size(rest),
      ') are brought up to date on your next visit with a connection.',
    ];
  if (state === 'stopped' && savedFiles > 0)
    return [
      `Partly saved: ${savedFiles} of ${files} files (`,
      size(savedBytes),
      ' of ',
      size(bytes),
      '). Pages not saved open only with a connection.',
    ];
  if (state === 'updating') return ['Updating the saved copy to the latest version of the site.'];
  if (state === 'saving')
    return files > 0 ? [`Saving the whole site: ${files} files, `, size(bytes), '.'] : ['Preparing the download…'];
  return [
    `Keep the whole site on this device — every page and the search — to read it with no connection: ${files} files, `,
    size(bytes),
    '.',
  ];
}

/**
 * The status line, in a few words: it changes, and so speaks, when the state does and at every tenth
 * of a download, not at every file. `previous` is the state before.
 */
function statusLine(status: OfflineStatus, previous: OfflineStatus['state'] | undefined): string {
  const { state, files, bytes, savedBytes, error } = status;
  if (state === 'saving' || state === 'updating') {
    if (files === 0) return '';
    const tenth = Math.floor((savedBytes / Math.max(bytes, 1)) * 10) * 10;
    return `${state === 'updating' ? 'Updating' : 'Saving'}: ${tenth}% (${formatBytes(savedBytes)} of ${formatBytes(bytes)}).`;
  }
  if (state === 'saved') return 'Saved for offline reading.';
  if (state === 'outdated') return error ?? 'Saved for offline reading, from an earlier version.';
  if (state === 'stopped')
    return error ?? (previous === 'saving' || previous === 'updating' ? 'Download cancelled.' : 'Download stopped.');
  if (state === 'none' && (previous === 'saved' || previous === 'outdated' || previous === 'stopped'))
    return 'The saved copy was removed.';
  return error ?? '';
}

/** The save button's label when no download runs. */
function saveLabel({ state, bytes, savedFiles, savedBytes }: OfflineStatus): string {
  const rest = formatBytes(bytes - savedBytes);
  if (state === 'stopped' && savedFiles > 0) return `Save the rest (${rest})`;
  if (state === 'outdated') return `Update now (${rest})`;
  return `Save for offline reading (${formatBytes(bytes)})`;
}

/** Mounts the control into `host`, replacing what it says without JavaScript. */
export function mountOfflineControl(host: HTMLElement): void {
  linkStylesheet(styles);
  const { text, progress, line, save, cancel, remove } = controlElements(host);
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    text.textContent = 'This browser cannot keep the site for offline reading.';
    return;
  }
  const worker = navigator.serviceWorker;
  const ask = (request: OfflineRequest) => {
    void worker.ready.then((registration) => registration.active?.postMessage(request));
  };
  let previous: OfflineStatus['state'] | undefined;
  const show = (status: OfflineStatus) => {
    const { state, bytes, savedFiles, savedBytes } = status;
    const running = state === 'saving' || state === 'updating';
    progress.hidden = !running;
    save.hidden = running || state === 'saved' || state === 'unavailable';
    cancel.hidden = !running;
    remove.hidden = !((state === 'stopped' && savedFiles > 0) || state === 'saved' || state === 'outdated');
    text.replaceChildren(...explanation(status));
    if (running) {
      progress.max = Math.max(bytes, 1);
      progress.value = savedBytes;
    } else save.textContent = saveLabel(status);
    const said = statusLine(status, previous);
    if (line.textContent !== said) line.textContent = said;
    previous = state;
  };

  // No answer: no worker registered (as under `astro dev`), or the browser keeps none here.
  const silent = setTimeout(() => {
    text.textContent = 'Saving for offline reading is not available here.';
  }, 15_000);
  worker.addEventListener('message', (event: MessageEvent<OfflineStatus>) => {
    if (event.data?.kind !== 'kb-offline') return;
    clearTimeout(silent);
    show(event.data);
  });
  worker.startMessages();
  save.addEventListener('click', () => {
    save.hidden = true;
    ask({ type: 'save' });
  });
  cancel.addEventListener('click', () => ask({ type: 'stop' }));
  remove.addEventListener('click', () => ask({ type: 'remove' }));
  ask({ type: 'status' });
}
