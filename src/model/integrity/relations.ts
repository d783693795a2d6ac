/**
 * Relations: each end is an entry other than the relation's own, of a collection the relation
 * type allows there; membership is recorded only of a group of states; an event names each
 * participant once, and a supporter backs one of the event's actors.
 */
import type { AnyEntry, EntryMentions } from '../entries.ts';
import { RELATION_TYPES, relationEndProblem } from '../vocab/relations.ts';
import type { Problem } from './problems.ts';

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
