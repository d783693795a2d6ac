/**
 * What an entry page tells the search index about the entry beyond its words (Pagefind metadata
 * values): lists are written with a separator Pagefind keeps, since its own separator is the comma.
 */

/** Separator of list values inside one Pagefind metadata value (which may not hold commas). */
export const META_LIST_SEPARATOR = ' ; ';

/** A list as one Pagefind static metadata value: commas (Pagefind's separator) become spaces. */
export function metaList(values: readonly string[]): string {
  return values.map((v) => v.replaceAll(',', ' ').replace(/\s+/g, ' ').trim()).join(META_LIST_SEPARATOR);
}
