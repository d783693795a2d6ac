/**
 * On the 404 page: suggests entries whose id or alias is within edit distance 2 of the last
 * segment of the missing path, from the list the build embedded in the page.
 */
import { lastSegment, suggest, type SuggestionTarget } from '../lib/suggest.ts';

const list = document.getElementById('kb-suggestion-targets');
const out = document.querySelector<HTMLElement>('[data-suggestions]');
if (list && out) {
  const targets = JSON.parse(list.textContent ?? '[]') as SuggestionTarget[];
  const found = suggest(lastSegment(location.pathname), targets);
  if (found.length) {
    const items = found.map((t) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = t.path;
      a.textContent = t.title;
      li.append(a);
      return li;
    });
    out.querySelector('ul')?.replaceChildren(...items);
    out.hidden = false;
  }
}
