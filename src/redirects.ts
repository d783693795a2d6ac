/**
 * Entries that were renamed: the old public path and the path it now lives at. Each gets a static
 * redirect page, so a link shared before the rename keeps working. Alias redirects are generated
 * from the entries' `aliases` and need no line here.
 */
export const RENAMED: Readonly<Record<string, string>> = {};
