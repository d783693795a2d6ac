/**
 * Citations: the source entry exists and lists its paragraphs once each, with short openings;
 * every citation names one of those paragraphs.
 */
import { SOURCE_ID } from '../article-places.ts';
import type { AnyEntry, EntryMentions } from '../entries.ts';
import { wordCount } from '../vocab/statements.ts';
import type { Problem } from './problems.ts';

/** The most words of a paragraph's opening used for a link to the passage at the publisher. */
const MAX_OPENING_WORDS = 6;

/**
 * The citable places — the paragraphs the source entry lists — and whether there is a source at
 * all (without one, no citation can be checked).
 */
export function citablePlaces(entries: readonly AnyEntry[]): {
  hasSource: boolean;
  citable: Set<string>;
  problems: Problem[];
} {
  const source = entries.find((e) => e.collection === 'sources' && e.id === SOURCE_ID);
  const citable = new Set<string>(
    source && source.collection === 'sources' ? source.data.paragraphs.map((p) => p.place) : [],
  );
  const problems: Problem[] = [];
  if (!source && entries.length > 0)
    problems.push({
      file: `content/sources/${SOURCE_ID}.mdx`,
      field: '(file)',
      message: 'the source entry is missing, so no citation can be checked',
    });
  return { hasSource: source !== undefined, citable, problems };
}

/** Citations of an entry that name no citable place. */
export function citeProblems(entry: AnyEntry, found: EntryMentions, citable: ReadonlySet<string>): Problem[] {
  return found.cites
    .filter((cite) => !citable.has(cite.place))
    .map((cite) => ({
      file: entry.file,
      field: cite.path,
      message: `"${cite.place}" is not a citable place of the source (${[...citable].join(', ')})`,
    }));
}

/** A source's paragraphs: each place listed once, each opening short enough to link the passage. */
export function paragraphProblems(entry: AnyEntry): Problem[] {
  if (entry.collection !== 'sources') return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  entry.data.paragraphs.forEach((paragraph, i) => {
    if (seen.has(paragraph.place))
      problems.push({
        file: entry.file,
        field: `paragraphs[${i}].place`,
        message: `"${paragraph.place}" is listed twice`,
      });
    seen.add(paragraph.place);
    const words = wordCount(paragraph.opening);
    if (words > MAX_OPENING_WORDS)
      problems.push({
        file: entry.file,
        field: `paragraphs[${i}].opening`,
        message: `an opening has at most ${MAX_OPENING_WORDS} words; this one has ${words}`,
      });
  });
  return problems;
}
