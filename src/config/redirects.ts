/**
 * Entries that were renamed: each line maps the old public path of an entry page to the path it now
 * lives at, e.g. `'/places/termez-city/': '/places/termez/'`. The build writes a static redirect page
 * at every old path (and refuses a line whose old path is still a page or whose new path is no entry
 * page), so a link shared before the rename keeps working. Alias redirects are generated from the
 * entries' `aliases` and need no line here.
 */
export const RENAMED: Readonly<Record<string, string>> = {};
