/** What an official or government did with words: the verbs statements are filed under. */

export const STATEMENT_ACTS = {
  said: 'said',
  pledged: 'pledged',
  warned: 'warned',
  claimed: 'claimed',
  demanded: 'demanded',
  'called-for': 'called for',
  agreed: 'agreed',
  announced: 'announced',
  confirmed: 'confirmed',
} as const;

export type StatementAct = keyof typeof STATEMENT_ACTS;
export const STATEMENT_ACT_NAMES = Object.keys(STATEMENT_ACTS) as [StatementAct, ...StatementAct[]];

/** The longest quote a statement may carry, in words: officials' words are quoted sparingly. */
export const MAX_QUOTE_WORDS = 9;

/** Counts words the way a reader would: runs of letters or digits, apostrophes kept inside words. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
