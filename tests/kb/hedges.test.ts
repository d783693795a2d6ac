/**
 * A stance says no more than the article: where the article reports a policy as an attempt ("has
 * tried to stay outside") or a readiness ("seem poised to follow"), the position's label keeps it;
 * where it reports an appearance ("appears", "seem"), the stance is not marked stated. Which hedges
 * each place puts on a state's policy is a table made from the article (`article-hedges.json`).
 * Shown to fail on a seeded violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import type { CitePlace } from '../../src/model/article-places.ts';
import { listOf } from '../../src/model/index/kb-index.ts';
import { positionLabel, type StanceTopic } from '../../src/model/vocab/stances.ts';
import { ROOT } from '../helpers/site.ts';

type Hedge = [
  holder: string,
  topic: StanceTopic,
  position: string,
  words: string,
  kind: 'attempt' | 'readiness' | 'appearance',
];
const table = JSON.parse(readFileSync(join(import.meta.dirname, 'article-hedges.json'), 'utf8')) as Record<
  string,
  Hedge[]
>;
const hedges = Object.entries(table).flatMap(([place, list]) =>
  place.startsWith('$') ? [] : list.map((hedge) => ({ place, hedge })),
);
const kb = readSnapshot(ROOT).index!;

/** What a label must say for each kind of hedge. */
const LABEL_WORDS = { attempt: /\btr(?:y|ies|ied|ying)\b/i, readiness: /\b(?:set|poised|ready) to\b/i };

/** Stances that drop a hedge the article puts on them, given how positions are labelled. */
function droppedHedges(labelOf: (topic: StanceTopic, position: string) => string): string[] {
  return hedges.flatMap(({ place, hedge: [holder, topic, position, words, kind] }) => {
    const stances = listOf(kb.stances, holder)
      .map((s) => s.stance)
      .filter((s) => s.topic === topic && s.position === position && s.cite?.includes(place as CitePlace));
    if (!stances.length) return [`${holder} ${topic} ${position} (${place}): no such stance cites it`];
    return stances.flatMap((s) => {
      const label = labelOf(topic, s.position);
      if (kind === 'appearance')
        return s.certainty === 'stated' ? [`${holder} ${topic} (${place}, "${words}"): marked stated`] : [];
      return LABEL_WORDS[kind].test(label)
        ? []
        : [`${holder} ${topic} (${place}, "${words}"): "${label}" drops the ${kind}`];
    });
  });
}

describe('a stance keeps the hedge the article puts on it', () => {
  test('every hedge of the table is kept, by the label or the certainty', () => {
    expect(hedges.length).toBeGreaterThanOrEqual(4);
    expect(droppedHedges(positionLabel)).toEqual([]);
  });

  test('"Stays outside Moscow’s security orbit", where ¶6 says Turkmenistan has tried to, is caught', () => {
    const old = (topic: StanceTopic, position: string) =>
      position === 'keeps-distance' ? 'Stays outside Moscow’s security orbit' : positionLabel(topic, position);
    expect(droppedHedges(old)).toEqual([
      'turkmenistan reliance-on-russia (P6, "has tried to stay outside"): "Stays outside Moscow’s security orbit" drops the attempt',
    ]);
  });
});
