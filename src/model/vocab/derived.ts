/**
 * Where a tie that is not written as a relation comes from: the one vocabulary of `derivedFrom`.
 * The index derives relations from an event's participants, an infrastructure link's route and a
 * person's offices; the network also draws an organization's member list as edges. Each source has
 * the phrase the network's table gives it.
 */

export const DERIVED_LABELS = {
  offices: "derived from the person's offices",
  participants: "derived from the event's participants",
  route: "derived from the link's route",
  memberships: "derived from the organization's member list",
} as const;

/** Every source a derived tie can come from. */
export type DerivedFrom = keyof typeof DERIVED_LABELS;

/**
 * The sources the index derives relations from, in the order the open-data schema lists them (an
 * organization's member list is read as memberships, not as relations).
 */
export const RELATION_DERIVED_FROM = ['participants', 'route', 'offices'] as const satisfies readonly DerivedFrom[];
export type RelationDerivedFrom = (typeof RELATION_DERIVED_FROM)[number];
