/**
 * Groups of states: their members, from `member-of` relations, and the rules of stances a group
 * shares with its members — only a group says which members a stance applies to, and it names
 * only its own members.
 */
import type { AnyEntry } from '../entries.ts';
import type { Problem } from './problems.ts';

/** Members of each group of states, from `member-of` relations written on either end. */
export function membersOfGroups(entries: readonly AnyEntry[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const entry of entries) {
    entry.data.relations.forEach((rel) => {
      if (rel.type !== 'member-of') return;
      const [member, group] = rel.target !== undefined ? [entry.id, rel.target] : [rel.from!, entry.id];
      if (!groups.has(group)) groups.set(group, new Set());
      groups.get(group)!.add(member);
    });
  }
  return groups;
}

/** Only a group of states can say which members one of its stances applies to. */
export function stanceScopeProblems(entry: AnyEntry): Problem[] {
  if (entry.collection !== 'actors' || entry.data.kind === 'state-group') return [];
  return entry.data.stances.flatMap((stance, i) =>
    stance.appliesTo
      ? [
          {
            file: entry.file,
            field: `stances[${i}].appliesTo`,
            message: 'only a group of states can say which members a stance applies to',
          },
        ]
      : [],
  );
}

/** Stances that a group applies to specific members must name members of that group. */
export function appliesToProblems(entries: readonly AnyEntry[], byId: ReadonlyMap<string, AnyEntry>): Problem[] {
  const problems: Problem[] = [];
  const groupMembers = membersOfGroups(entries);
  for (const entry of entries) {
    if (entry.collection !== 'actors') continue;
    entry.data.stances.forEach((stance, i) => {
      stance.appliesTo?.forEach((id, j) => {
        if (byId.has(id) && !groupMembers.get(entry.id)?.has(id)) {
          problems.push({
            file: entry.file,
            field: `stances[${i}].appliesTo[${j}]`,
            message: `"${id}" is not a member of ${entry.id}`,
          });
        }
      });
    });
  }
  return problems;
}
