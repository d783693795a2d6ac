/** The about page: the source, and the markers a reader meets (certainties, our reading, context). */
import { citePath } from '../../model/article-places.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { CERTAINTIES, CERTAINTY_INFO, READING_INFO } from '../../model/vocab/certainty.ts';
import { sourceCredit, type SourceCredit } from './credit.ts';

export interface AboutView {
  source: SourceCredit;
  certainties: { certainty: string; label: string; meaning: string }[];
  /** The marker of a date we worked out from the article's words. */
  reading: { label: string; meaning: string };
  exampleCite: { label: string; path: string };
}

/** The about page: the source, and the markers a reader meets (certainties, our reading, context). */
export function aboutView(index: KbIndex): AboutView {
  return {
    source: sourceCredit(index),
    certainties: CERTAINTIES.map((c) => ({
      certainty: c,
      label: CERTAINTY_INFO[c].label,
      meaning: CERTAINTY_INFO[c].meaning,
    })),
    reading: READING_INFO,
    exampleCite: { label: '¶4', path: citePath('P4') },
  };
}
