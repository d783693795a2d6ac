/**
 * The scenarios page: the scenarios side by side — triggers, signs, each actor's response and the
 * organizations' roles — and the outlooks tied to none of them.
 */
import { rowAnchor } from '../../model/anchors.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { scenarioItem, type ScenarioItemView } from '../parts/claims.ts';
import { Viewer, type LinkView, type ProvenanceView } from '../parts/viewer.ts';
import { scenarioComparison } from './tables.ts';

export interface ScenariosView {
  scenarios: LinkView[];
  triggers: { text: string; provenance: ProvenanceView }[][];
  signs: { text: string; synthesis: boolean; provenance: ProvenanceView }[][];
  responses: { actor: LinkView; anchor: string; cells: ScenarioItemView[][] }[];
  roles: { actor: LinkView; anchor: string; cells: ScenarioItemView[][] }[];
  outlooks: { holder: LinkView; text: string; provenance: ProvenanceView }[];
}

/** The given scenarios side by side, in that order, and the outlooks tied to none of them. */
export function scenariosView(index: KbIndex, scenarioIds: readonly string[]): ScenariosView {
  const v = new Viewer(index);
  const { scenarios, responses, roles } = scenarioComparison(index, scenarioIds);
  return {
    scenarios: scenarios.map((s) => v.link(s.id)),
    triggers: scenarios.map((s) => s.data.triggers.map((t) => ({ text: t.text, provenance: v.provenance(t) }))),
    signs: scenarios.map((s) =>
      s.data.signs.map((x) => ({ text: x.text, synthesis: x.synthesis, provenance: v.provenance(x) })),
    ),
    responses: responses.map((row) => ({
      actor: v.link(row.actor),
      anchor: rowAnchor(`response-${row.actor}`),
      cells: row.cells.map((cell) => cell.map((r) => scenarioItem(v, row.actor, r.options, r.alternatives, r))),
    })),
    roles: roles.map((row) => ({
      actor: v.link(row.actor),
      anchor: rowAnchor(`role-${row.actor}`),
      cells: row.cells.map((cell) => cell.map((r) => scenarioItem(v, row.actor, [r.text], false, r))),
    })),
    outlooks: index.outlooks.map(({ holder, outlook }) => ({
      holder: v.link(holder),
      text: outlook.text,
      provenance: v.provenance(outlook),
    })),
  };
}
