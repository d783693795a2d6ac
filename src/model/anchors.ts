/**
 * Every fragment id on the site comes from here, so a shared `#anchor` keeps working: section
 * headings of entry pages, infobox sections, each typed claim of an entry page (a fact, an office,
 * a membership, a stance, a relation, a statement, an event row), events on the timeline and
 * paragraphs on the source page. Ids are fixed strings or derived from what a claim is (its fact
 * key, the entry at its other end, its position), never from heading text or a claim's place in a
 * list, so adding a claim leaves the others' links as they were.
 */
import { citeAnchor, type CitePlace } from './article-places.ts';
import { slugify } from './ids.ts';

/** Section headings of entry and view pages, with their fixed ids and default titles. */
export const SECTIONS = {
  facts: { id: 'key-facts', title: 'Key facts' },
  overview: { id: 'overview', title: 'Overview' },
  members: { id: 'members', title: 'Members' },
  memberships: { id: 'memberships', title: 'Memberships' },
  stances: { id: 'stances', title: 'Stances' },
  relations: { id: 'relations', title: 'Relations' },
  statements: { id: 'statements', title: 'Statements' },
  events: { id: 'events', title: 'Events' },
  scenarios: { id: 'in-the-scenarios', title: 'In the scenarios' },
  triggers: { id: 'triggers', title: 'What would bring it about' },
  signs: { id: 'signs-to-watch', title: 'Signs to watch' },
  responses: { id: 'likely-responses', title: 'Likely responses' },
  roles: { id: 'roles', title: 'Roles of organizations and outside powers' },
  paragraphs: { id: 'paragraphs', title: 'Paragraphs' },
  locator: { id: 'location', title: 'Location' },
  network: { id: 'network', title: 'Network' },
  backlinks: { id: 'linked-from', title: 'Linked from' },
  cited: { id: 'cited-paragraphs', title: 'Cited paragraphs' },
  citeThis: { id: 'cite-this-entry', title: 'Cite this entry' },
} as const;

export type SectionKey = keyof typeof SECTIONS;

/** The fragment id of a typed fact (or an infobox row of the collection's own: `date`, `route`…): `f-afghan-border`. */
export function factAnchor(key: string): string {
  return `f-${key}`;
}

/** The fragment id of an office in a person's infobox, by the entry it is held in: `o-uzbekistan`. */
export function officeAnchor(of: string): string {
  return `o-${of}`;
}

/** The fragment id of a membership row, by the entry at its other end (the member or the organization): `m-sco`. */
export function membershipAnchor(other: string): string {
  return `m-${other}`;
}

/** The fragment id of a stance, by its position (positions are unique across topics): `s-refuses-most`. */
export function stanceAnchor(position: string): string {
  return `s-${position}`;
}

/**
 * The fragment ids of an entry's relations, in the page's order, by the entry at the other end:
 * `r-russia`. A page listing several relations with one entry gives the first that id and the others
 * their relation type as well (not how they read, which a base's status can change):
 * `r-kant-air-base`, then `r-kant-air-base-located-in`.
 */
export function relationAnchors(relations: readonly { type: string; other: string }[]): string[] {
  const taken = new Set<string>();
  return uniqueAnchors(
    relations.map(({ type, other }) => {
      const plain = `r-${other}`;
      const id = taken.has(plain) ? `${plain}-${slugify(type)}` : plain;
      taken.add(plain);
      return id;
    }),
  );
}

/**
 * Makes a page's claim ids unique, in order: a repeated id gets `-2`, `-3`… (two facts of one key,
 * two relations of one kind with one entry over two periods).
 */
export function uniqueAnchors(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/** The fragment id of a statement, wherever it is listed: its own stable id. */
export function statementAnchor(statementId: string): string {
  return `statement-${statementId}`;
}

/** The fragment id of an event on the timeline, and of its row in an entry's events: the event's id. */
export function eventAnchor(eventId: string): string {
  return eventId;
}

/** The fragment id of a citable place on the source page: `P5` → `p5`. */
export function paragraphAnchor(place: CitePlace): string {
  return citeAnchor(place);
}

/** The fragment id of a year heading on the timeline. */
export function yearAnchor(year: number): string {
  return `year-${year}`;
}

/** The fragment id of a group (kind) heading on a list page. */
export function kindAnchor(kind: string): string {
  return `kind-${kind}`;
}

/** The fragment id of a row of a comparison table (a state or topic). */
export function rowAnchor(id: string): string {
  return `row-${id}`;
}
