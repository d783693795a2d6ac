/** The memberships page: states × organizations, each cell a state's statuses in one organization. */
import { rowAnchor } from '../../model/anchors.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { membershipStatus, type MembershipStatusView } from '../parts/claims.ts';
import { Viewer, type LinkView } from '../parts/viewer.ts';
import { membershipMatrix, orderedStates } from './tables.ts';

export interface MembershipsView {
  organizations: { link: LinkView; short: string }[];
  rows: { state: LinkView; anchor: string; cells: (MembershipStatusView[] | undefined)[]; statuses: string[] }[];
}

/** States × organizations: each state's statuses in each organization; the `region` group's members first. */
export function membershipsView(index: KbIndex, region: string): MembershipsView {
  const v = new Viewer(index);
  const { organizations, rows } = membershipMatrix(index, orderedStates(index, region));
  return {
    organizations: organizations.map((id) => {
      const entry = index.byId.get(id)!;
      return { link: v.link(id), short: entry.data.aliases.find((a) => a.length <= 5) ?? entry.data.title };
    }),
    rows: rows.map((row) => ({
      state: v.link(row.state),
      anchor: rowAnchor(row.state),
      cells: row.cells.map((cell) => cell?.history.map((h) => membershipStatus(v, h))),
      statuses: row.cells.map((cell) => (cell ? cell.history.map((h) => h.status).join(' ') : 'none')),
    })),
  };
}
