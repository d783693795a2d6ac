/**
 * The shape of the answer data: for each entry, the claims its page shows, grouped as the page
 * groups them, each with what it says (text, links to entries, provenance markers), its fragment
 * id on the page and the filters it can be picked by. Written at build time from the entry's view
 * (`answer-data.ts`), read in the browser to answer a query (`answers.ts`, `client/search/answer.ts`).
 */
import type { CitePlace } from '../model/article-places.ts';

/** A provenance marker as the Viewer built it: its kind, certainty and label, places, attribution or basis. */
export interface MarkData {
  /** `article`, `reading` (our reading of the article's words) or `context`. */
  k: string;
  /** The certainty, for an article marker. */
  c?: string;
  /** The badge's text. */
  l?: string;
  /** The basis of a context marker. */
  b?: string;
  /** The article's words a reading is of. */
  r?: string;
  /** The places cited. */
  p: CitePlace[];
  /** Whose position the claim reports: an entry's position in the search data. */
  w?: number;
}

/** A piece of what a claim says: text, a link to an entry (its position in the search data), or a marker. */
export type Part = string | number | { m: MarkData };

export interface ClaimData {
  /** Its fragment id on the entry page. */
  a: string;
  /** What identifies the claim wherever it is shown (a relation on both its ends, a shared statement). */
  c: string;
  /** What it says, in the page's order. */
  t: Part[];
  /** Filters it can be picked by (catalogue positions): its membership statuses, its statement's act. */
  k?: number[];
  /** Entries it concerns beyond those it links: those a stance's topic names, a fact's label names. */
  x?: number[];
}

export interface GroupData {
  /** The property (its position in the catalogue). */
  p: number;
  /** The group's label as the page shows it ("Border with Afghanistan", "hosted by", "Members"). */
  l: string;
  c: ClaimData[];
}

/** One entry's answer file (`/pagefind/kb-answers/<id>.json`). */
export interface EntryAnswers {
  groups: GroupData[];
}
