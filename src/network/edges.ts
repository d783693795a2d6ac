/**
 * The network's graph data, before anything is drawn: one edge per relation of the index (written
 * or derived), read from its source, and one per membership written on an organization, each with
 * its one provenance marker, its period in words and whether it has ended.
 */
import { uniqueCites, type CitePlace } from '../model/article-places.ts';
import { formatDate } from '../model/dates.ts';
import { listOf, type KbIndex } from '../model/index/kb-index.ts';
import type { Membership } from '../model/schemas/collections.ts';
import type { Period } from '../model/schemas/shared.ts';
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
  label: string;
  certainty: EdgeCertainty;
  ended: boolean;
  period: string;
  derivedFrom?: DerivedFrom | undefined;
  context?: string | undefined;
  note?: string | undefined;
  cite: CitePlace[];
  /**
   * The objects of the knowledge base whose claims the edge shows: the relation, or each status of
   * a membership; the network page's table marks each (`src/views/pages/network.ts`).
   */
  statedBy: readonly object[];
}

/** "2001 – 2005", "since 2012", "until 2001"; empty without a period. */
function periodText(period: Period | undefined): string {
  if (!period) return '';
  const { from, to } = period;
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return '';
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
        period: periodText(r.period),
        derivedFrom: view.derivedFrom,
        context: r.context,
        note: r.note,
        cite: uniqueCites(r.cite ?? []),
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
  const statuses = history.map((h) => {
    const label = STATUS_LABELS.membership[h.status].toLowerCase();
    const when =
      h.since && h.until
        ? ` ${formatDate(h.since)} – ${formatDate(h.until)}`
        : h.since
          ? ` since ${formatDate(h.since)}`
          : h.until
            ? ` until ${formatDate(h.until)}`
            : '';
    return `${label}${when}`;
  });
  return {
    source: membership.member,
    target: organization,
    type: 'member-of',
    label: `${STATUS_LABELS.membership[last.status].toLowerCase()} of`,
    certainty: last.certainty ?? 'context',
    ended: last.status === 'former' || last.until !== undefined,
    period: statuses.join('; '),
    derivedFrom: 'memberships',
    context:
      history
        .map((h) => h.context)
        .filter(Boolean)
        .join(' ') || undefined,
    note:
      history
        .map((h) => h.note)
        .filter(Boolean)
        .join('; ') || undefined,
    cite: uniqueCites(history.flatMap((h) => h.cite ?? [])),
    statedBy: history,
  };
}
