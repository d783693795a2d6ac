/**
 * Word boundaries in what a search index holds of a page: the words of the indexed text that are
 * not words of the page, because two of its words ran together where the markup gave them no
 * space ("Border with Afghanistan" and "1,300 km" read as "Afghanistan1").
 */
import { decodeEntities } from '../../src/model/html.ts';
import { words } from '../../src/search/words.ts';

/** The words of `indexed` that the page `html` does not hold, each once. */
export function gluedWords(indexed: string, html: string): string[] {
  const page = new Set(words(decodeEntities(html.replace(/<[^>]*>/g, ' '))));
  return [...new Set(words(indexed).filter((w) => !page.has(w)))];
}
