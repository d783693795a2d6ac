/** Facts about the site itself, in one place. */

/** The site's name, used in titles, the header and social images. */
export const SITE_NAME = 'Central Asia after the Taliban takeover';

/** A short description for the home page and link previews. */
export const SITE_DESCRIPTION =
  'A cited knowledge base of how Central Asian states, Russia, the CSTO and the SCO responded to the 2021 Taliban takeover of Afghanistan.';

/** The date the knowledge base describes the world as of. */
export const AS_OF = 'September 2021';

/** Licence of our own text and data. */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** Who publishes the knowledge base (citations and reference-manager metadata name it). */
export const PUBLISHER = 'Central Asia Knowledge Base contributors';

/**
 * The group of states the comparison views set side by side — the home page's presence table, the
 * memberships and stances tables, their CSV files — and whose borders with Afghanistan the map
 * draws: an `actors` entry of kind `state-group`, whose members are the states.
 */
export const REGION_GROUP = 'central-asian-states';

/** The alliance whose membership the home page's presence table shows for each state of the region. */
export const ALLIANCE = 'csto';

/** The power whose bases in each state of the region the home page's presence table lists. */
export const PATRON = 'russia';

/** The scenarios the scenarios page sets side by side, in column order. */
export const SCENARIOS = ['benign', 'malign'] as const;

/** Entries whose ties the network page offers as ready-made views, in order (those the network draws). */
export const NETWORK_FOCUS = ['taliban', 'russia', 'china'] as const;
