/**
 * Citations: the places in the source article a fact can point to.
 *
 * A citable place is a numbered body paragraph (`P1` … `P14`), the photo caption (`caption`) or the
 * byline (`byline`). Which paragraphs exist is decided by the source entry; this module only knows
 * the shape of a citation and how it turns into an anchor, a label and a URL.
 */

/** The id of the one source article every citation points into. */
export const SOURCE_ID = 'central-asias-taliban-surprise';

/** A citable place: `P<n>`, `caption` or `byline`. */
export type CitePlace = `P${number}` | 'caption' | 'byline';

/** The shape of a citable place; whether the paragraph exists is checked against the source entry. */
export const CITE_PATTERN = /^(?:P[1-9][0-9]*|caption|byline)$/;

/** The fragment id of a citable place on the source page: `P5` → `p5`. */
export function citeAnchor(place: CitePlace): string {
  return place.toLowerCase();
}

/** How a citation reads in running text: `P5` → `¶5`, `caption` → `caption`. */
export function citeLabel(place: CitePlace): string {
  return place.startsWith('P') ? `¶${place.slice(1)}` : place;
}

/** The path of a citable place on the source page. */
export function citePath(place: CitePlace): string {
  return `/sources/${SOURCE_ID}/#${citeAnchor(place)}`;
}

/** Sort key: paragraphs by number, then the caption, then the byline. */
function citeRank(place: CitePlace): number {
  if (place === 'caption') return 10_000;
  if (place === 'byline') return 10_001;
  return Number(place.slice(1));
}

/** Orders citations the way a reader scans them: ¶1 before ¶2 before ¶10 before the caption. */
function compareCites(a: CitePlace, b: CitePlace): number {
  return citeRank(a) - citeRank(b);
}

/** The distinct citations of a list, in reading order. */
export function uniqueCites(places: Iterable<CitePlace>): CitePlace[] {
  return [...new Set(places)].sort(compareCites);
}

/**
 * A link to a passage at the publisher using a text fragment of its opening words
 * (`https://…#:~:text=Though%20aware%20of`). Characters with a meaning in fragment syntax
 * (`-`, `,`, `&`) are percent-encoded.
 */
export function textFragmentUrl(url: string, opening: string): string {
  const encoded = encodeURIComponent(opening.trim()).replace(/-/g, '%2D');
  return `${url.split('#')[0]}#:~:text=${encoded}`;
}

/** How a citable place is named in headings and titles: "Paragraph 5", "Photo caption", "Byline". */
export function citeName(place: CitePlace): string {
  if (place === 'caption') return 'Photo caption';
  if (place === 'byline') return 'Byline';
  return `Paragraph ${place.slice(1)}`;
}
