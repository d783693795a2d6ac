/** References: every id a field names is an entry, of a collection the field takes. */
import type { AnyEntry, EntryMentions } from '../entries.ts';
import type { Problem } from './problems.ts';

/** Problems with the ids an entry's fields name. */
export function referenceProblems(
  entry: AnyEntry,
  found: EntryMentions,
  byId: ReadonlyMap<string, AnyEntry>,
): Problem[] {
  const problems: Problem[] = [];
  for (const ref of found.ids) {
    const target = byId.get(ref.id);
    if (!target) problems.push({ file: entry.file, field: ref.path, message: `unknown entry "${ref.id}"` });
    else if (ref.allowed !== 'any' && !ref.allowed.includes(target.collection)) {
      problems.push({
        file: entry.file,
        field: ref.path,
        message: `"${ref.id}" is in ${target.collection}; this field takes ${ref.allowed.join(' or ')}`,
      });
    }
  }
  return problems;
}
