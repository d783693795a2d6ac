/**
 * The source article as every page's footer and the about page credit it, and the build's version
 * beside it.
 */
import type { KbIndex } from '../../model/index/kb-index.ts';
import { entryPath } from '../../model/ids.ts';

/** The source article as the footer and the about page credit it. */
export interface SourceCredit {
  author: string;
  title: string;
  publisher: string;
  year: number;
  path: string;
}

/** What every page's head and footer show besides its view: the source credit and the build's version. */
export interface SiteCredit extends SourceCredit {
  /** The build's citable version, e.g. `0.1.0+fb238e2891`. */
  build: string;
  /** The date of that version, `YYYY-MM-DD`. */
  versionDate: string;
}

export function sourceCredit(index: KbIndex): SourceCredit {
  const { author, title, publisher, year } = index.source.data;
  return { author, title, publisher, year, path: entryPath('sources', index.source.id) };
}
