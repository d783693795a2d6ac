/** Memberships seen from the member's side: the organizations each entry belongs to, with their histories. */
import type { AnyEntry } from '../entries.ts';
import type { Membership } from '../schemas/collections.ts';
import { push, type ByTitle } from './lists.ts';

export interface MembershipView {
  organization: string;
  member: string;
  history: Membership['history'];
}

/** Each member's memberships, written on the organizations, by the organization's title. */
export function indexMemberships(entries: readonly AnyEntry[], byTitle: ByTitle): Map<string, MembershipView[]> {
  const memberships = new Map<string, MembershipView[]>();
  for (const entry of entries) {
    if (entry.collection !== 'organizations') continue;
    for (const membership of entry.data.members) {
      push(memberships, membership.member, {
        organization: entry.id,
        member: membership.member,
        history: membership.history,
      });
    }
  }
  for (const list of memberships.values()) list.sort((a, b) => byTitle(a.organization, b.organization));
  return memberships;
}
