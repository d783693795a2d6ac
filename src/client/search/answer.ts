/**
 * Painting an answer (`src/search/answers.ts`) above the results: the entry (or the entries whose
 * ties it shows), each group of claims under the label its page gives it, and each claim as the page
 * shows it — its values linked, its provenance marker with the paragraphs it cites, in the same
 * markup as the page's (`Provenance.astro`) — with a link to the claim on the page.
 */
import { citeLabel, citeName, citePath } from '../../model/article-places.ts';
import type { MarkData, Part } from '../../search/answer-types.ts';
import type { Answer } from '../../search/answers.ts';
import type { SearchEntry } from '../../search/query.ts';
import { el } from './dom.ts';

/** A link to an entry, by its position in the search data. */
function entryLink(entries: readonly SearchEntry[], position: number): Node {
  const entry = entries[position];
  return entry ? el('a', { href: entry.url }, entry.title) : document.createTextNode('');
}

/** A provenance marker, as an entry page shows it. */
function marker(mark: MarkData, entries: readonly SearchEntry[]): HTMLElement {
  const cites = el(
    'span',
    { class: 'cites' },
    ...mark.p.map((place) =>
      el('a', { href: citePath(place), 'aria-label': `Source: ${citeName(place)}` }, citeLabel(place)),
    ),
  );
  if (mark.k === 'reading')
    return el(
      'span',
      { class: 'meta' },
      el('span', { class: 'badge badge--reading' }, mark.l ?? 'our reading'),
      ` of “${mark.r ?? ''}” `,
      cites,
    );
  if (mark.k === 'context')
    return el(
      'span',
      { class: 'meta' },
      el('span', { class: 'badge badge--context' }, 'context'),
      ` ${mark.b ?? ''}`,
      ...(mark.p.length ? [' (relates to ', cites, ')'] : []),
    );
  return el(
    'span',
    { class: 'meta' },
    el('span', { class: `badge badge--${mark.c ?? mark.k}` }, mark.l ?? mark.k),
    ...(mark.w !== undefined ? [' according to ', entryLink(entries, mark.w)] : []),
    ' ',
    cites,
  );
}

/** What a claim says, as nodes: text, links to entries, markers. */
function claimNodes(parts: readonly Part[], entries: readonly SearchEntry[]): Node[] {
  return parts.map((part) =>
    typeof part === 'string'
      ? document.createTextNode(part)
      : typeof part === 'number'
        ? entryLink(entries, part)
        : marker(part.m, entries),
  );
}

/**
 * The answer as a section: a heading naming the entry it answers about (or the entries whose ties it
 * shows), then each group of claims under the label its page gives it. `id` makes the heading's id
 * unique on the page.
 */
export function answerSection(answer: Answer, entries: readonly SearchEntry[], id: string): HTMLElement {
  const titleId = `${id}-answer`;
  const single = answer.subjects.length === 1;
  const title = el('h2', { class: 'search-answer__title', id: titleId });
  answer.subjects.forEach((s, i) => {
    if (i) title.append(i === answer.subjects.length - 1 ? ' and ' : ', ');
    title.append(el('a', { href: s.url }, s.title));
  });
  const picked = answer.picked.length ? ` (${answer.picked.join(', ')})` : '';
  return el(
    'section',
    { class: 'search-answer', 'aria-labelledby': titleId, 'data-search-answer': '' },
    el('p', { class: 'search-answer__kicker' }, single ? 'Answer' : 'What ties them'),
    title,
    ...answer.groups.map((group) =>
      el(
        'div',
        { class: 'search-answer__group' },
        el(
          'h3',
          { class: 'search-answer__label' },
          single ? `${group.label}${picked}` : `${group.entry.title}: ${group.label}`,
        ),
        el(
          'ul',
          { class: 'search-answer__claims' },
          ...group.claims.map((claim) =>
            el(
              'li',
              {},
              ...claimNodes(claim.t, entries),
              ' ',
              el(
                'a',
                {
                  class: 'search-answer__claim',
                  href: `${group.entry.url}#${claim.a}`,
                  'aria-label': `This claim on the page of ${group.entry.title}`,
                  'data-search-claim': '',
                },
                '#',
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
