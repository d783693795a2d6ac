/**
 * Painting results: each result with its type and kind, summary, and a line for the section it
 * matched, filled once the result is in view and Pagefind's page data has arrived (so filling it
 * moves nothing). Results are painted a page at a time, in their final order.
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

/**
 * The claim of a section that holds its first match: the last list item with an id (a membership,
 * a statement, an event row) that starts before the match and after the section's heading. Values
 * in description lists (an infobox row, a stance) are not looked for: a match in a row's label
 * comes before its value's id, so the claim holding it cannot be told.
 */
function matchedClaim(data: PageData, section: SubResult): string | undefined {
  const at = section.locations[0];
  const from = section.anchor?.location ?? 0;
  if (at === undefined) return undefined;
  const before = data.anchors.filter((a) => a.location > from && a.location <= at);
  const last = before.at(-1);
  return last?.element === 'li' ? last.id : undefined;
}

/**
 * Fills a painted result's section line with the section it matched, linked to that heading, or to
 * the claim holding the match when it is a list item of its own.
 */
function fillSection(item: Element, data: PageData | undefined, terms: string[]): void {
  const section = bestSection(data);
  const line = item.querySelector('.search-result__section');
  if (!section || !line || !data) return;
  const claim = matchedClaim(data, section);
  const href = claim ? `${section.url.split('#')[0]}#${claim}` : section.url;
  line.replaceChildren(
    'In ',
    el('a', { href: withHighlight(href, terms) }, section.title),
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
  watching.get(parts.list)?.disconnect();
  parts.answer.replaceChildren();
  parts.list.replaceChildren();
  parts.status.textContent = '';
  parts.none.hidden = true;
  parts.more.hidden = true;
}

/** The observer of each result list's painted results: it asks for a result's page data when it comes into view. */
const watching = new WeakMap<HTMLElement, IntersectionObserver>();

/**
 * Paints the page of `results` starting at `from` (the first page replaces the list) and hides
 * "Show more" after the last one. Each result's section line is filled when the result comes into
 * view (its title, kind and summary come from the search data; only the section needs Pagefind's
 * page data, fetched then), unless the search is no longer `current`. Returns how many results are
 * painted.
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
  if (from === 0) {
    watching.get(parts.list)?.disconnect();
    parts.list.replaceChildren(...items);
  } else parts.list.append(...items);
  let observer = watching.get(parts.list);
  if (!observer || from === 0) {
    observer = new IntersectionObserver((seen) => {
      for (const { target, isIntersecting } of seen) {
        const id = (target as HTMLElement).dataset.entry;
        if (!isIntersecting || !id) continue;
        observer!.unobserve(target);
        void details(id)
          .catch(() => undefined)
          .then((data) => {
            if (current()) fillSection(target, data, terms);
          });
      }
    });
    watching.set(parts.list, observer);
  }
  items.forEach((item, i) => {
    item.dataset.entry = slice[i]!.entry.id;
    observer.observe(item);
  });
  const shown = from + slice.length;
  parts.more.hidden = shown >= results.length;
  return shown;
}
