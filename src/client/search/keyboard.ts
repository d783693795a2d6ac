/** Keyboard use of the results: arrow keys move between the input and the result titles. */

/** Up and down arrows move focus from the input through the result titles and back. */
export function moveWithArrows(root: HTMLElement, input: HTMLInputElement, list: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result]')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });
}

/** Focuses the title of the result at `index` (the first of those "Show more" painted), if there is one. */
export function focusResult(list: HTMLElement, index: number): void {
  (list.children[index]?.querySelector('a') as HTMLElement | null)?.focus();
}
