/** The stances page: the region's states × stance topics, each cell with its stances and their scope. */
import { rowAnchor } from '../../model/anchors.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { STANCE_TOPICS, STANCE_TOPIC_NAMES } from '../../model/vocab/stances.ts';
import { stanceItem, type StanceItemView } from '../parts/claims.ts';
import { Viewer, type LinkView } from '../parts/viewer.ts';
import { groupMembers, stanceMatrix } from './tables.ts';

export interface StancesView {
  topics: { topic: string; label: string }[];
  rows: { state: LinkView; anchor: string; cells: StanceItemView[][] }[];
}

/** The `region` group's states × stance topics, each cell with its stances and their scope. */
export function stancesView(index: KbIndex, region: string): StancesView {
  const v = new Viewer(index);
  return {
    topics: STANCE_TOPIC_NAMES.map((topic) => ({ topic, label: STANCE_TOPICS[topic].label })),
    rows: stanceMatrix(index, groupMembers(index, region), STANCE_TOPIC_NAMES).map((row) => ({
      state: v.link(row.state),
      anchor: rowAnchor(row.state),
      cells: row.cells.map((cell) => cell.map((s) => stanceItem(v, s.stance, s.derivedFrom, 'cell'))),
    })),
  };
}
