/**
 * How sure the article is of a fact, read from its own wording. Rendered next to every typed fact,
 * relation and statement so a reader never mistakes an assessment for a report.
 */

export const CERTAINTIES = ['stated', 'likely', 'possible', 'uncertain'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export interface CertaintyInfo {
  /** Short marker shown beside a fact. */
  label: string;
  /** What the marker means, for the legend and the marker's title. */
  meaning: string;
}

export const CERTAINTY_INFO: Record<Certainty, CertaintyInfo> = {
  stated: { label: 'stated', meaning: 'The article reports this as fact.' },
  likely: {
    label: 'likely',
    meaning: 'The article presents this as probable or apparent ("likely", "probably", "seem", "appears").',
  },
  possible: { label: 'possible', meaning: 'The article raises this as a possibility ("could", "might", "perhaps").' },
  uncertain: { label: 'uncertain', meaning: 'The article says this is open or in question ("remains uncertain").' },
};

/** The marker of a date we worked out from the article's words, which do not give it in full. */
export const READING_INFO: CertaintyInfo = {
  label: 'our reading',
  meaning:
    'A date the article does not give in full ("this April", "last year", "Aug. 23"), worked out by us against September 2021; the article\'s words follow the marker.',
};
