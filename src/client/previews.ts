/**
 * Previews of linked entries on hover and keyboard focus (WCAG 1.4.13): the preview can be
 * hovered itself, stays until the pointer or focus leaves or Esc dismisses it, and is announced
 * through `aria-describedby`. The preview data (title, kind, summary) is fetched once, on first use.
 * Every link to an entry page has one: the entry is read from the link's address.
 */
import { BROWSE_COLLECTIONS } from '../model/ids.ts';

/** An entry page's address: `/actors/tajikistan/`. */
const ENTRY_PAGE = new RegExp(`^/(?:${BROWSE_COLLECTIONS.join('|')})/([a-z0-9-]+)/$`);

/** The entry a link leads to, if it leads to an entry page of this site. */
function linkedEntry(link: HTMLAnchorElement): string | undefined {
  if (link.origin !== location.origin) return undefined;
  return ENTRY_PAGE.exec(link.pathname)?.[1];
}

interface Preview {
  title: string;
  kind: string;
  summary: string;
}

let data: Promise<Record<string, Preview>> | undefined;
let card: HTMLElement | undefined;
let owner: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function previews(): Promise<Record<string, Preview>> {
  data ??= fetch('/data/previews.json')
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}));
  return data;
}

function ensureCard(): HTMLElement {
  if (card) return card;
  card = document.createElement('div');
  card.id = 'kb-preview';
  card.className = 'preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  card.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  card.addEventListener('mouseleave', () => scheduleHide());
  document.body.append(card);
  return card;
}

function hide(): void {
  clearTimeout(hideTimer);
  if (card) card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 300);
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const id = linkedEntry(link);
  if (!id) return;
  clearTimeout(hideTimer);
  const entry = (await previews())[id];
  if (!entry) return;
  const box = ensureCard();
  if (owner && owner !== link) owner.removeAttribute('aria-describedby');
  owner = link;
  const kind = document.createElement('p');
  kind.className = 'kicker';
  kind.textContent = entry.kind;
  const title = document.createElement('p');
  title.className = 'preview__title';
  title.textContent = entry.title;
  const summary = document.createElement('p');
  summary.textContent = entry.summary;
  box.replaceChildren(kind, title, summary);
  box.hidden = false;
  const rect = link.getBoundingClientRect();
  const top = rect.bottom + window.scrollY + 6;
  const left = Math.min(
    rect.left + window.scrollX,
    window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8,
  );
  box.style.setProperty('--kb-preview-top', `${top}px`);
  box.style.setProperty('--kb-preview-left', `${Math.max(8, left)}px`);
  link.setAttribute('aria-describedby', box.id);
}

export function initPreviews(): void {
  const linkOf = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
    return link && linkedEntry(link) ? link : undefined;
  };
  document.addEventListener('mouseover', (event) => {
    const link = linkOf(event);
    if (link) void show(link);
  });
  document.addEventListener('mouseout', (event) => {
    if (linkOf(event)) scheduleHide();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event);
    if (link) void show(link);
    else if (!card?.contains(event.target as Node)) hide();
  });
  document.addEventListener('focusout', (event) => {
    if (linkOf(event)) scheduleHide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card && !card.hidden) hide();
  });
}
