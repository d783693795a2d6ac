/**
 * What an entry's "Cite this entry" is made from: its title and address, and the build's and its
 * own file's content versions.
 */
import type { AnyEntry } from '../model/entries.ts';
import { entryPath } from '../model/ids.ts';
import type { SiteVersion } from '../model/version.ts';
import { PUBLISHER, SITE_NAME } from '../config/site.ts';
import { cslItem, type CitationInput } from './formats.ts';

/** The citation input of an entry of the snapshot whose version is `version`. */
export function entryCitationInput(entry: AnyEntry, site: URL | string, version: SiteVersion): CitationInput {
  const entryVersion = version.entries[entry.file];
  if (!entryVersion)
    throw new Error(`${entry.file}: no content version for this file (versions are computed from content/)`);
  return {
    id: entry.id,
    title: entry.data.title,
    url: new URL(entryPath(entry.collection, entry.id), site).href,
    siteName: SITE_NAME,
    publisher: PUBLISHER,
    build: version.build,
    entryVersion,
    date: version.date,
  };
}

/** A key naming everything a citation is made from: two inputs with the same key have the same citation. */
export function citationKey(input: CitationInput): string {
  return JSON.stringify(cslItem(input));
}
