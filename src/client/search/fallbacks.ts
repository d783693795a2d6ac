/**
 * What the interface offers when search cannot help: the closest names when nothing is found, a
 * retry when search could not load, and in both cases the browse lists, which reach every entry.
 */
import type { SearchEntry } from '../../search/query.ts';
import { queryTerms } from '../../search/words.ts';
import { suggest } from '../../search/suggest.ts';
import { el } from './dom.ts';

/** The browse lists offered when nothing is found or search cannot load. */
const BROWSE: [string, string][] = [
  ['/actors/', 'Actors'],
  ['/organizations/', 'Organizations'],
  ['/bases/', 'Bases'],
  ['/places/', 'Places'],
  ['/infrastructure/', 'Infrastructure'],
  ['/events/', 'Events'],
  ['/scenarios/', 'Scenarios'],
];

const browseLinks = () => BROWSE.flatMap(([href, label], i) => [...(i ? [' · '] : []), el('a', { href }, label)]);

/** Nothing found for `query`: the names closest to it, then the browse lists. */
export function showNothingFound(none: HTMLElement, query: string, entries: readonly SearchEntry[]): void {
  const slug = queryTerms(query).join('-');
  const targets = entries.flatMap((e) =>
    [e.title, ...e.aliases].map((name) => ({ slug: queryTerms(name).join('-'), path: e.url, title: e.title })),
  );
  const close = suggest(slug, targets, Math.max(2, Math.ceil(slug.length / 3)), 5);
  none.replaceChildren(
    ...(close.length
      ? [
          el('p', {}, 'Closest names:'),
          el('ul', { class: 'plain' }, ...close.map((t) => el('li', {}, el('a', { href: t.path }, t.title)))),
        ]
      : []),
    el('p', {}, 'Or browse: ', ...browseLinks()),
  );
  none.hidden = false;
}

/** Search could not load: a button that tries again, and the browse lists. */
export function showFailure(failed: HTMLElement, retry: () => void): void {
  failed.replaceChildren(
    el(
      'p',
      {},
      'Search could not be loaded. ',
      Object.assign(el('button', { type: 'button', 'data-search-retry': '' }, 'Try again'), { onclick: retry }),
    ),
    el('p', {}, 'Every entry can still be reached from the browse lists: ', ...browseLinks()),
  );
  failed.hidden = false;
}
