/**
 * Ids and names: every id is well formed and used once across collections, and every alias or
 * later name is unique among all ids and names, compared by its URL slug (which redirects use).
 */
import { otherNames, type AnyEntry } from '../entries.ts';
import { isEntryId, slugify } from '../ids.ts';
import type { Problem } from './problems.ts';

/** Each entry by its id (the first entry holding an id keeps it), and the problems with ids. */
export function idProblems(entries: readonly AnyEntry[]): { byId: Map<string, AnyEntry>; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, AnyEntry>();
  for (const entry of entries) {
    if (!isEntryId(entry.id))
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `"${entry.id}" is not a valid id: name the file in lowercase words joined by hyphens`,
      });
    const first = byId.get(entry.id);
    if (first)
      problems.push({ file: entry.file, field: '(id)', message: `id "${entry.id}" is already used by ${first.file}` });
    else byId.set(entry.id, entry);
  }
  return { byId, problems };
}

/**
 * Aliases and later names are unique across all ids and names, by slug. An alias may share its
 * own entry's id ("IMU" on `imu`): it is a search name with no redirect.
 */
export function aliasProblems(entries: readonly AnyEntry[]): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, { owner: string; what: string }>();
  for (const entry of entries) names.set(entry.id, { owner: entry.id, what: `the id of ${entry.file}` });
  for (const entry of entries) {
    const aliasCount = entry.data.aliases.length;
    otherNames(entry).forEach((alias, i) => {
      const slug = slugify(alias);
      const taken = names.get(slug);
      const field = i < aliasCount ? `aliases[${i}]` : `laterNames[${i - aliasCount}].name`;
      if (!slug) problems.push({ file: entry.file, field, message: `alias "${alias}" has no letters or digits` });
      else if (taken && (taken.owner !== entry.id || taken.what !== `the id of ${entry.file}`)) {
        problems.push({ file: entry.file, field, message: `alias "${alias}" (${slug}) clashes with ${taken.what}` });
      } else if (!taken) names.set(slug, { owner: entry.id, what: `an alias in ${entry.file}` });
    });
  }
  return problems;
}
