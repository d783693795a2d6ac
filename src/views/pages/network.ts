/**
 * The network page: the picture (`src/network/network.ts`) and the table of every edge, each row
 * showing the claims behind the edge — a relation, or each status of a membership — with their
 * periods and markers, as every other page shows them.
 */
import type { KbIndex } from '../../model/index/kb-index.ts';
import type { Membership } from '../../model/schemas/collections.ts';
import type { Relation } from '../../model/schemas/shared.ts';
import { DERIVED_LABELS } from '../../model/vocab/derived.ts';
import {
  networkView,
  type NetworkEdge,
  type NetworkLayout,
  type NetworkOptions,
  type NetworkView,
} from '../../network/network.ts';
import { membershipStatus } from '../parts/claims.ts';
import { Viewer, type DateView, type PeriodView, type ProvenanceView } from '../parts/viewer.ts';

/** One claim behind an edge: a relation with its period, or one status of a membership. */
type NetworkClaimView =
  | { kind: 'relation'; period?: PeriodView; provenance: ProvenanceView }
  | {
      kind: 'status';
      /** "former member". */
      status: string;
      sinceWord: string;
      since?: DateView;
      until?: DateView;
      provenance: ProvenanceView;
    };

export interface NetworkRowView {
  edge: string;
  source: { title: string; path: string };
  /** How the edge reads from its source. */
  label: string;
  target: { title: string; path: string };
  /** Where a derived edge comes from; empty for a written relation. */
  derived: string;
  /** The tie has ended (a past period, a former member, a former base). */
  ended: boolean;
  claims: NetworkClaimView[];
}

export type NetworkPageView = NetworkView & {
  /** The table: one row per edge, by source, relation and target. */
  rows: NetworkRowView[];
};

/** The network page's picture and table. */
export function networkPageView(index: KbIndex, options: NetworkOptions = {}, layout?: NetworkLayout): NetworkPageView {
  const network = networkView(index, options, layout);
  const v = new Viewer(index);
  const node = new Map(network.nodes.map((n) => [n.id, n]));
  const end = (id: string) => ({ title: node.get(id)!.title, path: node.get(id)!.path });
  const claims = (e: NetworkEdge): NetworkClaimView[] =>
    e.derivedFrom === 'memberships'
      ? e.statedBy.map((h) => {
          const status = membershipStatus(v, h as Membership['history'][number]);
          return {
            kind: 'status' as const,
            status: status.label.toLowerCase(),
            sinceWord: status.sinceWord,
            ...(status.since ? { since: status.since } : {}),
            ...(status.until ? { until: status.until } : {}),
            provenance: status.provenance,
          };
        })
      : e.statedBy.map((r) => {
          const period = v.period((r as Relation).period);
          return { kind: 'relation' as const, ...(period ? { period } : {}), provenance: v.provenance(r) };
        });
  const rows = [...network.edges]
    .sort(
      (p, q) =>
        end(p.source).title.localeCompare(end(q.source).title, 'en') ||
        p.label.localeCompare(q.label, 'en') ||
        end(p.target).title.localeCompare(end(q.target).title, 'en') ||
        p.id.localeCompare(q.id),
    )
    .map((e) => ({
      edge: e.id,
      source: end(e.source),
      label: e.label,
      target: end(e.target),
      derived: e.derivedFrom ? DERIVED_LABELS[e.derivedFrom] : '',
      ended: e.ended,
      claims: claims(e),
    }));
  return { ...network, rows };
}
