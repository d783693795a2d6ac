/**
 * Painting results: each result with its type and kind, summary, and a line for the section it
 * matched, filled once Pagefind's page data arrives (so filling it moves nothing). Results are
 * painted a page at a time, in their final order.
 */
import { decodeEntities } from '../../model/html.ts';
import type { EntryScore } from '../../search/rank.ts';
import { el } from './dom.ts';
import type { PageData, SubResult } from './engine.ts';
import { withHighlight } from './url.ts';

/** How many results are painted at once (more on request). */
const PAGE = 8;

/** Pagefind's excerpt (escaped text with <mark>) as nodes, without parsing it as HTML. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(part);
      return marked
        ? el('mark', {}, decodeEntities(marked[1]!))
        : document.createTextNode(decodeEntities(part.replace(/<[^>]*>/g, '')));
    });
}

/** The section a result matched: the anchored sub-result with the most matches. */
function bestSection(data: PageData | undefined): SubResult | undefined {
  return data?.sub_results
    .filter((s) => s.anchor?.id && s.url.includes('#'))
    .sort((a, b) => b.locations.length - a.locations.length)[0];
}

function resultItem(score: EntryScore, terms: string[]): HTMLLIElement {
  const { entry } = score;
  return el(
    'li',
    { class: 'search-result' },
    el(
      'a',
      { class: 'search-result__title', href: withHighlight(entry.url, terms), 'data-search-result': '' },
      entry.title,
    ),
    el('p', { class: 'search-result__kind' }, `${entry.type} · ${entry.kind}`),
    el('p', { class: 'search-result__summary' }, entry.summary),
    // One line, kept empty until Pagefind's page data arrives, so filling it moves nothing.
    el('p', { class: 'search-result__section' }),
  );
}

/** Fills a painted result's section line with the section it matched, linked to that heading. */
function fillSection(item: Element, data: PageData | undefined, terms: string[]): void {
  const section = bestSection(data);
  const line = item.querySelector('.search-result__section');
  if (!section || !line) return;
  line.replaceChildren(
    'In ',
    el('a', { href: withHighlight(section.url, terms) }, section.title),
    ': ',
    ...excerptNodes(section.excerpt),
  );
}

/** Empties the answer, the results, their status line and the messages: nothing is searched. */
export function clearResults(parts: {
  answer: HTMLElement;
  list: HTMLElement;
  status: HTMLElement;
  none: HTMLElement;
  more: HTMLElement;
}): void {
  parts.answer.replaceChildren();
  parts.list.replaceChildren();
  parts.status.textContent = '';
  parts.none.hidden = true;
  parts.more.hidden = true;
}

/**
 * Paints the page of `results` starting at `from` (the first page replaces the list), hides "Show
 * more" after the last one, and fills each result's section line as its page data arrives, unless
 * the search is no longer `current`. Returns how many results are painted.
 */
export function paintResults(
  parts: { list: HTMLElement; more: HTMLElement },
  results: readonly EntryScore[],
  from: number,
  terms: string[],
  details: (id: string) => Promise<PageData | undefined>,
  current: () => boolean,
): number {
  const slice = results.slice(from, from + PAGE);
  // Paint the slice at once in its final order; the matched sections fill their reserved lines after.
  const items = slice.map((s) => resultItem(s, terms));
  if (from === 0) parts.list.replaceChildren(...items);
  else parts.list.append(...items);
  const shown = from + slice.length;
  parts.more.hidden = shown >= results.length;
  void Promise.all(
    slice.map(async (s, i) => {
      const data = await details(s.entry.id).catch(() => undefined);
      if (current()) fillSection(items[i]!, data, terms);
    }),
  );
  return shown;
}
