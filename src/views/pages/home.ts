/**
 * The home page: the collections to browse, and the region's states at a glance — border, the
 * alliance, the patron's bases, Taliban stance — as the presence table shows them.
 */
import { rowAnchor } from '../../model/anchors.ts';
import type { KbEntry } from '../../model/entries.ts';
import { BROWSE_COLLECTIONS, collectionPath } from '../../model/ids.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { COLLECTION_LABELS } from '../../model/vocab/kinds.ts';
import { STATUS_LABELS } from '../../model/vocab/labels.ts';
import {
  factValue,
  membershipStatus,
  stanceItem,
  type InfoValue,
  type MembershipStatusView,
  type StanceItemView,
} from '../parts/claims.ts';
import { Viewer, type LinkView, type ProvenanceView } from '../parts/viewer.ts';
import { groupMembers, presenceTable } from './tables.ts';

interface PresenceRowView {
  state: LinkView;
  anchor: string;
  border?: InfoValue;
  alliance?: MembershipStatusView[];
  bases: { link: LinkView; status?: string; provenance: ProvenanceView }[];
  foreignBases?: InfoValue;
  taliban: StanceItemView[];
}

/**
 * What the home page's presence table is about: the group of states it lists, the alliance whose
 * membership it shows and the power whose bases it lists (this knowledge base's are in `config/site.ts`).
 */
export interface PresenceIds {
  region: string;
  alliance: string;
  patron: string;
}

export interface HomeView {
  browse: { path: string; label: string; count: number }[];
  presence: { alliance: LinkView; rows: PresenceRowView[] };
}

/**
 * The home page: what to browse, and the region's states at a glance (border, the alliance, the
 * patron's bases, Taliban stance).
 */
export function homeView(index: KbIndex, ids: PresenceIds): HomeView {
  const v = new Viewer(index);
  const rows = presenceTable(index, groupMembers(index, ids.region), ids.alliance, ids.patron).map((row) => {
    const view: PresenceRowView = {
      state: v.link(row.state),
      anchor: rowAnchor(row.state),
      bases: row.bases.map((b) => {
        const base = index.byId.get(b.base) as KbEntry<'bases'>;
        return {
          link: v.link(b.base),
          ...(base.data.status !== 'active' ? { status: STATUS_LABELS.bases[base.data.status].toLowerCase() } : {}),
          provenance: v.provenance(b.hosted.relation),
        };
      }),
      taliban: row.taliban.map((s) => stanceItem(v, s.stance, s.derivedFrom, 'cell')),
    };
    if (row.border) view.border = factValue(v, row.border);
    if (row.alliance) view.alliance = row.alliance.history.map((h) => membershipStatus(v, h));
    if (row.foreignBases) view.foreignBases = factValue(v, row.foreignBases);
    return view;
  });
  return {
    browse: BROWSE_COLLECTIONS.map((c) => ({
      path: collectionPath(c),
      label: COLLECTION_LABELS[c].plural,
      count: index.entries.filter((e) => e.collection === c).length,
    })),
    presence: { alliance: v.link(ids.alliance), rows },
  };
}
