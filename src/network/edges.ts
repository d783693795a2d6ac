/**
 * The network's graph data, before anything is drawn: one edge per relation of the index (written
 * or derived), read from its source, and one per membership written on an organization, each with
 * the certainty its line is drawn with, whether it has ended, and the objects whose claims it shows
 * (the network page's table gives each its period and marker, through the view parts).
 */
import { listOf, type KbIndex } from '../model/index/kb-index.ts';
import type { Membership } from '../model/schemas/collections.ts';
import type { Certainty } from '../model/vocab/certainty.ts';
import type { DerivedFrom } from '../model/vocab/derived.ts';
import { STATUS_LABELS } from '../model/vocab/labels.ts';
import type { RelationType } from '../model/vocab/relations.ts';

/** An edge's one provenance marker: the article's certainty, or context (not from the article). */
export type EdgeCertainty = Certainty | 'context';

/** An edge of the graph, not yet placed. */
export interface EdgeDraft {
  source: string;
  target: string;
  type: RelationType;
  /** How the edge reads from its source: "hosts", "observer of", "took part in". */
  label: string;
  certainty: EdgeCertainty;
  /** The relation's period has ended (`to` given), the membership is former, or the base is former. */
  ended: boolean;
  derivedFrom?: DerivedFrom | undefined;
  /**
   * The objects of the knowledge base whose claims the edge shows: the relation, or each status of
   * a membership; the network page's table marks each (`src/views/pages/network.ts`).
   */
  statedBy: readonly object[];
}

/** Whether an entry is a former base (its ties are drawn as ended). */
export function isFormerBase(index: KbIndex, id: string): boolean {
  const e = index.byId.get(id);
  return e?.collection === 'bases' && e.data.status === 'former';
}

/** Every edge of the index (relations written once, derived ones, memberships), in a stable order. */
export function edgeDrafts(index: KbIndex): EdgeDraft[] {
  const drafts: EdgeDraft[] = [];
  for (const entry of index.entries) {
    for (const view of listOf(index.relations, entry.id)) {
      if (view.direction !== 'forward') continue;
      const r = view.relation;
      drafts.push({
        source: entry.id,
        target: view.other,
        type: view.type,
        label: view.label,
        certainty: r.certainty ?? 'context',
        ended: r.period?.to !== undefined || isFormerBase(index, entry.id) || isFormerBase(index, view.other),
        derivedFrom: view.derivedFrom,
        statedBy: [r],
      });
    }
  }
  for (const entry of index.entries) {
    if (entry.collection !== 'organizations') continue;
    for (const membership of entry.data.members) drafts.push(membershipDraft(entry.id, membership));
  }
  return drafts;
}

/** A membership written on an organization, as an edge from the member: its whole history in one. */
function membershipDraft(organization: string, membership: Membership): EdgeDraft {
  const history = membership.history;
  const last = history.at(-1)!;
  return {
    source: membership.member,
    target: organization,
    type: 'member-of',
    label: `${STATUS_LABELS.membership[last.status].toLowerCase()} of`,
    certainty: last.certainty ?? 'context',
    ended: last.status === 'former' || last.until !== undefined,
    derivedFrom: 'memberships',
    statedBy: history,
  };
}
