/**
 * The words of search: how a text splits into words, a light English stem so word forms meet, the
 * words a query leaves out, and the synonym list as stems. Ranking, reading a query and the property
 * catalogue all split and stem text here, so they always agree.
 */
import type { SynonymGroups } from '../model/schemas/synonyms.ts';

/** Words that carry no meaning for finding an entry (question words, articles, prepositions). */
export const STOP_WORDS = new Set(
  'a an the of to in on at for and or with by from into about is are was were be been being did do does done has have had who whom whose what which when where why how happened happen it its this that there their they he she his her'.split(
    ' ',
  ),
);

/** Lowercase words of a text: diacritics, apostrophes and dots dropped, split on anything else. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A light English stem: plural and "-ed" endings, and a final silent "e", so word forms meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ed')) {
    w = w.slice(0, -2);
    if (/([^aeiou])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The query's terms: its words without stop words (all of them if nothing else is left). */
export function queryTerms(query: string): string[] {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : all;
}

/** Maps each stemmed word to the stems of its synonym group (itself included). */
export function synonymIndex(groups: SynonymGroups): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const group of groups) {
    const stems = new Set(group.flatMap((w) => words(w).map(stem)));
    for (const s of stems) index.set(s, stems);
  }
  return index;
}
