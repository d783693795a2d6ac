/** Reading claims out of a built page's HTML: the ids a page gives more than once. */

/** The ids that a page's HTML gives to more than one element. */
export function repeatedIds(html: string): string[] {
  const seen = new Map<string, number>();
  for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) seen.set(id!, (seen.get(id!) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}
