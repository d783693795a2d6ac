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
