/**
 * On the 404 page: suggests entries whose id, alias or later name is within edit distance 2 of the
 * last segment of the missing path, from the list the build embedded in the page. The heading and
 * the list are inserted together, and only when there is something to suggest.
 */
import { lastSegment, suggest, type SuggestionTarget } from '../search/suggest.ts';

const list = document.getElementById('kb-suggestion-targets');
const out = document.querySelector<HTMLElement>('[data-suggestions]');
if (list && out) {
  const targets = JSON.parse(list.textContent ?? '[]') as SuggestionTarget[];
  const found = suggest(lastSegment(location.pathname), targets);
  if (found.length) {
    const section = document.createElement('section');
    section.setAttribute('aria-labelledby', 'did-you-mean');
    const heading = document.createElement('h2');
    heading.id = 'did-you-mean';
    heading.textContent = 'Did you mean';
    const ul = document.createElement('ul');
    ul.className = 'plain';
    ul.append(
      ...found.map((t) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = t.path;
        a.textContent = t.title;
        li.append(a);
        return li;
      }),
    );
    section.append(heading, ul);
    out.replaceChildren(section);
  }
}
