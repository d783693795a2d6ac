/**
 * The index of the knowledge base, built once: relations seen from both ends (`relations.ts`),
 * memberships seen from the member's side (`memberships.ts`), stances derived from groups onto
 * their members (`stances.ts`), statements, outlooks, scenario parts and events per entry
 * (`statements.ts`), backlinks (`backlinks.ts`), and every claim with the one provenance pages show
 * for it (`claims.ts`). Pages only read from it.
 */
import { SOURCE_ID } from '../article-places.ts';
import type { AnyEntry, KbEntry } from '../entries.ts';
import { COLLECTIONS } from '../ids.ts';
import { membersOfGroups } from '../integrity/groups.ts';
import { indexBacklinks } from './backlinks.ts';
import { indexClaims, type ClaimIndex } from './claims.ts';
import { indexMemberships, type MembershipView } from './memberships.ts';
import { indexRelations, type RelationView } from './relations.ts';
import { indexStances, type StanceView } from './stances.ts';
import {
  indexEvents,
  indexOutlooks,
  indexScenarioParts,
  indexStatements,
  type OutlookView,
  type ScenarioPartView,
  type StatementView,
} from './statements.ts';

export { listOf } from './lists.ts';
export { orderedEvents } from './statements.ts';
export type { Claim } from './claims.ts';
export type { MembershipView, RelationView, StanceView };

export interface KbIndex {
  /** Every entry, by collection order and then title. */
  entries: AnyEntry[];
  byId: Map<string, AnyEntry>;
  /** The source article every citation points into. */
  source: KbEntry<'sources'>;
  relations: Map<string, RelationView[]>;
  /** Every claim, with the one provenance every page shows for it (`claims.ts`). */
  claims: ClaimIndex;
  memberships: Map<string, MembershipView[]>;
  stances: Map<string, StanceView[]>;
  statements: Map<string, StatementView[]>;
  backlinks: Map<string, string[]>;
  events: Map<string, string[]>;
  scenarioParts: Map<string, ScenarioPartView[]>;
  outlooks: OutlookView[];
  /** Members of each group of states (from `member-of` relations). */
  groupMembers: Map<string, Set<string>>;
}

/** Builds the index. Expects content that passed the integrity check. */
export function buildIndex(input: readonly AnyEntry[]): KbIndex {
  const collectionRank = (e: AnyEntry) => COLLECTIONS.indexOf(e.collection);
  const entries = [...input].sort(
    (a, b) => collectionRank(a) - collectionRank(b) || a.data.title.localeCompare(b.data.title, 'en'),
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  const titleOf = (id: string) => byId.get(id)?.data.title ?? id;
  const byTitle = (a: string, b: string) => titleOf(a).localeCompare(titleOf(b), 'en');

  const source = byId.get(SOURCE_ID);
  if (source?.collection !== 'sources') throw new Error(`buildIndex: the source entry "${SOURCE_ID}" is missing`);
  const groupMembers = membersOfGroups(entries);
  const relations = indexRelations(entries, byTitle);
  return {
    entries,
    byId,
    source,
    relations,
    claims: indexClaims(entries, relations),
    memberships: indexMemberships(entries, byTitle),
    stances: indexStances(entries, byId, groupMembers),
    statements: indexStatements(entries),
    backlinks: indexBacklinks(entries, byTitle),
    events: indexEvents(entries),
    scenarioParts: indexScenarioParts(entries),
    outlooks: indexOutlooks(entries),
    groupMembers,
  };
}
