/** The addresses results link to: the page (or the section it matched) with the search terms to highlight there. */

/** `url` with one `highlight` parameter per term, before its fragment. */
export function withHighlight(url: string, terms: string[]): string {
  const [path, hash] = url.split('#');
  const params = new URLSearchParams();
  for (const t of terms) params.append('highlight', t);
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}
