/**
 * Relations: each end is an entry other than the relation's own, of a collection the relation
 * type allows there; membership is recorded only of a group of states; a tie with something that
 * no longer exists has ended, and one with something that does not exist yet can say what would
 * be; an event names each participant once, and a supporter backs one of the event's actors.
 */
import type { AnyEntry, EntryMentions } from '../entries.ts';
import { RELATION_TYPES, hasProspectiveWords, relationEndProblem } from '../vocab/relations.ts';
import type { Problem } from './problems.ts';

/**
 * Why an entry no longer exists as of the article, if it does not: a former base, or a government
 * whose rule (its `governs` ties) has ended.
 */
function gone(entry: AnyEntry | undefined): string | undefined {
  if (entry?.collection === 'bases' && entry.data.status === 'former') return 'a former base';
  if (entry?.collection === 'actors' && entry.data.kind === 'government') {
    const rule = entry.data.relations.filter((r) => r.type === 'governs');
    if (rule.length && rule.every((r) => r.period?.to)) return 'a government whose rule has ended';
  }
  return undefined;
}

/**
 * A tie with something that no longer exists (a former base, a fallen government) has ended: it
 * gives `period.to`, so no page shows it as holding as of the article (where a thing lies does not
 * end). A tie with a proposed base reads as what would be ("would host"), which its type must have
 * words for.
 */
export function tieTimeProblems(entry: AnyEntry, byId: ReadonlyMap<string, AnyEntry>): Problem[] {
  const problems: Problem[] = [];
  entry.data.relations.forEach((rel, i) => {
    const ends = [entry.id, rel.target ?? rel.from!].map((id) => byId.get(id));
    for (const end of ends) {
      const why = gone(end);
      if (why && rel.type !== 'located-in' && !rel.period?.to && rel.type !== 'governs')
        problems.push({
          file: entry.file,
          field: `relations[${i}].period`,
          message: `"${end!.id}" is ${why}, so this tie has ended: give "period.to"`,
        });
      if (end?.collection === 'bases' && end.data.status === 'proposed' && !hasProspectiveWords(rel.type))
        problems.push({
          file: entry.file,
          field: `relations[${i}].type`,
          message: `"${end.id}" is a proposed base, and a "${rel.type}" relation cannot say what would be`,
        });
    }
  });
  return problems;
}

/** An event's participants: each named once, each supporter backing an actor of the same event. */
export function participantProblems(entry: AnyEntry): Problem[] {
  if (entry.collection !== 'events') return [];
  const problems: Problem[] = [];
  const { participants } = entry.data;
  participants.forEach((p, i) => {
    if (participants.findIndex((q) => q.id === p.id) < i)
      problems.push({ file: entry.file, field: `participants[${i}]`, message: `"${p.id}" is already a participant` });
    if (p.of !== undefined && !participants.some((q) => q.id === p.of && q.role === 'actor'))
      problems.push({
        file: entry.file,
        field: `participants[${i}].of`,
        message: `a supporter backs one of the event's actors; "${p.of}" is not an actor of this event`,
      });
  });
  return problems;
}

/** Problems with the other ends of an entry's relations. */
export function relationEndProblems(
  entry: AnyEntry,
  found: EntryMentions,
  byId: ReadonlyMap<string, AnyEntry>,
): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file: entry.file, field, message });
  for (const end of found.relationEnds) {
    const rel = entry.data.relations[end.index]!;
    const other = byId.get(end.id);
    if (!other) {
      add(end.path, `unknown entry "${end.id}"`);
      continue;
    }
    if (other.id === entry.id) add(end.path, 'a relation cannot point at its own entry');
    const [source, target] = rel.target !== undefined ? [entry, other] : [other, entry];
    const problem =
      relationEndProblem(rel.type, 'from', source.collection) ?? relationEndProblem(rel.type, 'to', target.collection);
    if (problem) add(end.path, `${problem} ("${source.id}" ${RELATION_TYPES[rel.type].label} "${target.id}")`);
    if (rel.type === 'member-of' && target.collection === 'actors' && target.data.kind !== 'state-group') {
      add(end.path, `"${target.id}" is not a group of states; membership of it cannot be recorded`);
    }
  }
  return problems;
}
