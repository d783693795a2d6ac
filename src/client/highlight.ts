/** Marks the search terms on a page reached from a search result (`?highlight=`). */
export async function highlightTerms(): Promise<void> {
  // A plain module import of the file Pagefind writes; it defines `PagefindHighlight`.
  const url = '/pagefind/pagefind-highlight.js';
  await import(/* @vite-ignore */ url);
  const Highlight = (window as unknown as { PagefindHighlight?: new (options: object) => unknown }).PagefindHighlight;
  // Styles come from our stylesheet (.pagefind-highlight): no inline style element, so the CSP holds.
  if (Highlight) new Highlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
}
