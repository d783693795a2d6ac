/**
 * Every fragment id on the site comes from here, so a shared `#anchor` keeps working: section
 * headings of entry pages, infobox sections, statements, events on the timeline and paragraphs on
 * the source page. Ids are fixed strings or derived from entry ids, never from heading text.
 */
import { citeAnchor, type CitePlace } from './article-places.ts';

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

/** The fragment id of a statement, wherever it is listed: its own stable id. */
export function statementAnchor(statementId: string): string {
  return `statement-${statementId}`;
}

/** The fragment id of an event on the timeline: the event's id. */
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
