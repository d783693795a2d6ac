/**
 * Every date of an entry with the provenance a page shows next to it, and the check that a date
 * shown as from the article is given by each place it cites (against a table made from the article).
 */
import { earliestDay, latestDay, type DateQualifier, type DateValue } from '../../src/model/dates.ts';
import type { AnyEntry } from '../../src/model/entries.ts';
import { entryClaims } from '../../src/model/index/claims.ts';
import type { Provenance } from '../../src/model/provenance.ts';

/** One date of an entry with the field it sits at and the provenance it is shown with. */
export interface DatedClaim {
  path: string;
  date: DateValue;
  provenance: Provenance;
}

/** Every date of an entry, each with the provenance a page shows next to it (the index's claims). */
export function datedClaims(entry: AnyEntry): DatedClaim[] {
  return entryClaims(entry)
    .filter(({ object }) => typeof (object as { value?: unknown } | undefined)?.value === 'string')
    .map(({ object, claim }) => ({
      path: claim.key.slice(entry.id.length + 1),
      date: object as DateValue,
      provenance: claim.provenance,
    }));
}

/** One date a place of the article gives, as `article-dates.json` lists it. */
export interface GivenDate {
  date: string;
  qualifier?: DateQualifier;
  /** The article's words for it. */
  words: string;
  /** The article gives it only in relative words or without its year: a date we work out. */
  resolved?: boolean;
}

/** Whether a date written in content contains a date a place gives ("August 2021" contains "early August 2021"). */
function contains(date: DateValue, given: GivenDate): boolean {
  const g = { value: given.date, ...(given.qualifier ? { qualifier: given.qualifier } : {}) };
  const point = { value: date.value, ...(date.qualifier ? { qualifier: date.qualifier } : {}) };
  return earliestDay(point) <= earliestDay(g) && latestDay(g) <= latestDay(point);
}

const sameWords = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Dates shown as from the article that a cited place does not give as shown. `given` lists, per
 * citable place, the dates it gives (a table made from the article). A date shown as stated must
 * contain a date the place gives in full; a date shown as our reading (`resolvedFrom`), a date the
 * place gives only in those words; the end of a period, any date the place gives. One message per
 * problem.
 */
export function ungivenDates(
  entry: AnyEntry,
  given: Readonly<Record<string, readonly GivenDate[]>>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const claim of datedClaims(entry)) {
    const p = claim.provenance;
    if (p.kind === 'context') continue;
    const { date } = claim;
    for (const place of p.cite) {
      const list = given[place] ?? [];
      const inside = list.filter((g) => contains(date, g));
      const shown = `${date.value}${date.qualifier ? ` (${date.qualifier})` : ''}`;
      if (p.kind === 'reading') {
        if (!inside.some((g) => g.resolved && sameWords(g.words, p.words)))
          problems.push({
            path: claim.path,
            message: `${shown} is shown as our reading of "${p.words}" in ${place}, which gives no such date in those words`,
          });
      } else if (!inside.some((g) => !g.resolved)) {
        const words = inside.find((g) => g.resolved)?.words;
        problems.push({
          path: claim.path,
          message: words
            ? `${shown} is shown as stated citing ${place}, which gives it only as "${words}": mark it as our reading (resolvedFrom)`
            : `${shown} is shown citing ${place}, which does not give it (give the date its own cite, or mark it as context)`,
        });
      }
      if (date.end && !list.some((g) => contains({ value: date.end! }, g)))
        problems.push({
          path: claim.path,
          message: `${date.end} is shown citing ${place}, which does not give it (give the date its own cite, or mark it as context)`,
        });
    }
  }
  return problems;
}
