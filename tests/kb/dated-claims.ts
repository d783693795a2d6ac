/**
 * Every date of an entry with the provenance a page shows next to it, and the check that a date
 * shown as from the article is given by each place it cites (against a table made from the article).
 */
import type { CitePlace } from '../../src/model/article-places.ts';
import type { DateValue } from '../../src/model/dates.ts';
import type { AnyEntry } from '../../src/model/entries.ts';
import { dateProvenance, provenanceOf, type Provenance, type ProvenanceInput } from '../../src/model/provenance.ts';

/** One date of an entry with the field it sits at and the provenance it is shown with. */
interface DatedClaim {
  path: string;
  date: DateValue;
  provenance: Provenance;
}

const DATE_KEYS = new Set(['date', 'since', 'until', 'from', 'to']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every date of an entry, each with the provenance a page shows next to it. */
function datedClaims(entry: AnyEntry): DatedClaim[] {
  const out: DatedClaim[] = [];
  const entryLevel = provenanceOf({ cite: entry.data.cite, certainty: 'stated', context: entry.data.context });
  const visit = (value: unknown, path: string, enclosing: Provenance): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, enclosing));
      return;
    }
    if (!isRecord(value)) return;
    const own =
      'cite' in value || 'certainty' in value || 'context' in value
        ? provenanceOf(value as ProvenanceInput)
        : enclosing;
    for (const [key, v] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (DATE_KEYS.has(key) && isRecord(v) && typeof v.value === 'string') {
        out.push({
          path: at,
          date: v as unknown as DateValue,
          provenance: dateProvenance(v as unknown as DateValue & { cite?: CitePlace[] }, own),
        });
      } else visit(v, at, own);
    }
  };
  // Entry-level fields (an event's date) are carried by the entry's own citations.
  for (const [key, v] of Object.entries(entry.data)) {
    if (DATE_KEYS.has(key) && isRecord(v) && typeof v.value === 'string') {
      out.push({
        path: key,
        date: v as unknown as DateValue,
        provenance: dateProvenance(v as unknown as DateValue & { cite?: CitePlace[] }, entryLevel),
      });
    } else visit(v, key, entryLevel);
  }
  return out;
}

/**
 * Whether a date written in content is one a place gives: the place gives the same date or a finer
 * one inside it (a place giving 23 August 2021 also gives "August 2021" and "2021").
 */
function dateIsGiven(value: string, given: readonly string[]): boolean {
  const decade = /^(\d{3})0s$/.exec(value);
  return given.some((g) =>
    decade ? g === value || g.startsWith(decade[1]!) : g === value || g.startsWith(`${value}-`),
  );
}

/**
 * Dates shown as from the article that a cited place does not give. `given` lists, per citable
 * place, the dates it gives (a table made from the article). Returns one message per problem.
 */
export function ungivenDates(
  entry: AnyEntry,
  given: Readonly<Record<string, readonly string[]>>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const claim of datedClaims(entry)) {
    if (claim.provenance.kind === 'context') continue;
    for (const place of claim.provenance.cite) {
      for (const value of [claim.date.value, ...(claim.date.end ? [claim.date.end] : [])]) {
        if (!dateIsGiven(value, given[place] ?? [])) {
          problems.push({
            path: claim.path,
            message: `${value} is shown citing ${place}, which does not give it (give the date its own cite, or mark it as context)`,
          });
        }
      }
    }
  }
  return problems;
}
