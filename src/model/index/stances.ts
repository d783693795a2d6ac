/** Stances by the state they are shown for: its own, then those written on a group it belongs to. */
import type { AnyEntry } from '../entries.ts';
import type { Stance } from '../schemas/shared.ts';
import { push } from './lists.ts';

export interface StanceView {
  /** The state the stance is shown for. */
  holder: string;
  stance: Stance;
  /** The group the stance was written on, when derived from a group. */
  derivedFrom?: string;
}

/**
 * Each actor's stances: its own, in file order, then every stance of each group it is a member of
 * (or, when the stance names them, of the members it applies to).
 */
export function indexStances(
  entries: readonly AnyEntry[],
  byId: ReadonlyMap<string, AnyEntry>,
  groupMembers: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, StanceView[]> {
  const stances = new Map<string, StanceView[]>();
  for (const entry of entries) {
    if (entry.collection !== 'actors') continue;
    for (const stance of entry.data.stances) push(stances, entry.id, { holder: entry.id, stance });
  }
  for (const [group, members] of groupMembers) {
    const groupEntry = byId.get(group);
    if (groupEntry?.collection !== 'actors') continue;
    for (const stance of groupEntry.data.stances) {
      for (const member of stance.appliesTo ?? [...members].sort()) {
        push(stances, member, { holder: member, stance, derivedFrom: group });
      }
    }
  }
  return stances;
}
