/**
 * The search interface's elements: the input (a new one, or one already on the page, which the
 * dialog opens before this code loads), the live status line, the filters disclosure, the messages
 * for no result and for a failed load, the place of an answer, the result list and "Show more".
 */
import { el } from './dom.ts';

export interface SearchElements {
  /** A prefix that makes the interface's ids unique on the page. */
  id: string;
  input: HTMLInputElement;
  status: HTMLParagraphElement;
  /** Where an answer from the typed data goes, above the results. */
  answer: HTMLDivElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  none: HTMLDivElement;
  failed: HTMLDivElement;
  /** "(2 active)" beside the filters' summary. */
  filterCount: HTMLSpanElement;
  /** Where the filters' fieldsets go. */
  filterSets: HTMLDivElement;
  /** Whether the input had focus before it was moved into the interface (moving it loses focus). */
  focused: boolean;
}

/** Builds the interface inside `root`, replacing its children, and returns its parts. */
export function searchElements(
  root: HTMLElement,
  options: { filters: boolean; input?: HTMLInputElement },
): SearchElements {
  const id = `search-${Math.random().toString(36).slice(2, 8)}`;
  const input = options.input ?? el('input', { type: 'search' });
  const focused = document.activeElement === input;
  for (const [name, value] of Object.entries({
    id: `${id}-input`,
    class: 'search-box__input',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Search states, organizations, bases, events…',
    'data-search-input': '',
    'aria-controls': `${id}-results`,
  }))
    input.setAttribute(name, value);
  input.removeAttribute('aria-label');
  const status = el('p', { class: 'search-status', role: 'status', 'data-search-status': '' });
  const list = el('ol', {
    class: 'search-results',
    id: `${id}-results`,
    'aria-label': 'Results',
    'data-search-results': '',
  });
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, 'Show more results');
  const none = el('div', { class: 'search-none', hidden: '', 'data-search-none': '' });
  const answer = el('div', { class: 'search-answer-slot' });
  const failed = el('div', { class: 'search-failed', hidden: '', 'data-search-failed': '' });
  const filtersBox = el('details', { class: 'search-filters', 'data-search-filters': '' });
  const filterCount = el('span', { class: 'search-filters__count' });
  filtersBox.append(el('summary', {}, 'Filters', filterCount));
  const filterSets = el('div', { class: 'search-filters__sets' });
  filtersBox.append(filterSets);

  root.replaceChildren(
    el(
      'div',
      { class: 'search-box' },
      el('label', { for: input.id, class: 'visually-hidden' }, 'Search the knowledge base'),
      input,
    ),
    status,
    ...(options.filters ? [filtersBox] : []),
    failed,
    none,
    answer,
    list,
    more,
  );
  return { id, input, status, answer, list, more, none, failed, filterCount, filterSets, focused };
}
