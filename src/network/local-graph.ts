/**
 * The local graph of one entry, for its page: the entry on the left, its direct neighbours in a
 * column grouped by how they relate ("member of", "hosted by"…), each joined to it by a curve styled
 * like the network's edges.
 */
import type { AnyEntry } from '../model/entries.ts';
import { listOf, type KbIndex } from '../model/index/kb-index.ts';
import { entryPath } from '../model/ids.ts';
import type { Membership } from '../model/schemas/collections.ts';
import { kindLabel } from '../model/vocab/kinds.ts';
import { STATUS_LABELS } from '../model/vocab/labels.ts';
import type { RelationType } from '../model/vocab/relations.ts';
import { isFormerBase, type EdgeCertainty } from './edges.ts';
import { NODE_SHAPES, isNetworkCollection, relationFamily, type NetworkCollection } from './legend.ts';
import { CHAR, LINE, edgeClassName, labelLines, radiusOf, round, symbolPath } from './symbols.ts';

interface LocalNeighbour {
  id: string;
  title: string;
  path: string;
  collection: NetworkCollection;
  kindLabel: string;
  /** How the relation reads from the entry: "member of", "hosted by", "took part in". */
  label: string;
  certainty: EdgeCertainty;
  ended: boolean;
  derived: boolean;
  x: number;
  y: number;
  symbol: string;
  /** The edge from the entry, as path data. */
  edge: string;
  className: string;
  edgeClassName: string;
}

export interface LocalGraphView {
  id: string;
  title: string;
  collection: NetworkCollection;
  width: number;
  height: number;
  centre: { x: number; y: number; symbol: string; className: string; lines: string[]; labelY: number };
  /** Groups of neighbours by how they relate, each with the y of its heading. */
  groups: { label: string; y: number }[];
  neighbours: LocalNeighbour[];
  /** The edges drawn alike, one path each: their class and their curves' path data joined. */
  edges: { className: string; d: string }[];
  /** `/network/?focus=<id>`. */
  focusHref: string;
}

/** One tie of the entry to a neighbour, read from the entry. */
interface Tie {
  other: string;
  label: string;
  certainty: EdgeCertainty;
  ended: boolean;
  derived: boolean;
  type: RelationType;
}

type DrawnEntry = AnyEntry & { collection: NetworkCollection };

/**
 * The entry's ties to entries the network draws: its relations (written or derived), the
 * organizations it belongs to and, for an organization, its members; ordered by label, then title.
 */
function localTies(index: KbIndex, entry: DrawnEntry): Tie[] {
  const ties: Tie[] = [];
  const entryFormer = isFormerBase(index, entry.id);
  for (const view of listOf(index.relations, entry.id)) {
    if (!isNetworkCollection(index.byId.get(view.other)!.collection)) continue;
    ties.push({
      other: view.other,
      label: view.label,
      certainty: view.relation.certainty ?? 'context',
      ended: view.relation.period?.to !== undefined || isFormerBase(index, view.other) || entryFormer,
      derived: view.derivedFrom !== undefined,
      type: view.type,
    });
  }
  const membershipTie = (other: string, history: Membership['history'], asMember: boolean) => {
    const last = history.at(-1)!;
    const status = STATUS_LABELS.membership[last.status].toLowerCase();
    ties.push({
      other,
      label: asMember ? `${status} of` : `has ${status}`,
      certainty: last.certainty ?? 'context',
      ended: last.status === 'former' || last.until !== undefined,
      derived: true,
      type: 'member-of',
    });
  };
  for (const m of listOf(index.memberships, entry.id)) membershipTie(m.organization, m.history, true);
  if (entry.collection === 'organizations')
    for (const m of entry.data.members) membershipTie(m.member, m.history, false);
  const titleOf = (other: string) => index.byId.get(other)!.data.title;
  return ties.sort(
    (a, b) => a.label.localeCompare(b.label, 'en') || titleOf(a.other).localeCompare(titleOf(b.other), 'en'),
  );
}

/**
 * One entry and its direct neighbours, for the entry's page. `undefined` for an entry with no
 * neighbour, or one the network does not draw.
 */
export function localGraphView(index: KbIndex, id: string): LocalGraphView | undefined {
  const entry = index.byId.get(id);
  if (!entry) throw new RangeError(`localGraphView: no entry "${id}"`);
  if (!isNetworkCollection(entry.collection)) return undefined;
  const ties = localTies(index, entry as DrawnEntry);
  if (ties.length === 0) return undefined;

  const titleOf = (other: string) => index.byId.get(other)!.data.title;
  const ROW = 20;
  const HEAD = 18;
  const cx = 14 + radiusOf(entry.collection);
  const column = 230;
  let y = 12;
  const groups: LocalGraphView['groups'] = [];
  const placed: { tie: Tie; y: number }[] = [];
  for (const tie of ties) {
    if (groups.at(-1)?.label !== tie.label) {
      y += HEAD;
      groups.push({ label: tie.label, y: y - 6 });
    }
    placed.push({ tie, y: y + 8 });
    y += ROW;
  }
  const centreLines = labelLines(entry.data.title, 24).length;
  const height = Math.round(Math.max(y + 4, 40 + centreLines * LINE));
  const cy = round(Math.max(24, Math.min(height / 2 - (centreLines * LINE) / 2, 60)));
  const longest = Math.max(...ties.map((t) => titleOf(t.other).length));
  const width = Math.round(column + 12 + longest * CHAR + 8);
  const neighbours = placed.map(({ tie, y: ny }) => neighbour(index, tie, { x0: cx + 12, cy, column, ny }));
  return {
    id,
    title: entry.data.title,
    collection: entry.collection,
    width,
    height,
    centre: {
      x: cx,
      y: cy,
      symbol: symbolPath(NODE_SHAPES[entry.collection], cx, cy, 9),
      className: `net-node net-node--${entry.collection} net-kind--${entry.data.kind} net-node--centre`,
      lines: labelLines(entry.data.title, 24),
      labelY: round(cy + 24),
    },
    groups,
    neighbours,
    edges: edgePaths(neighbours),
    focusHref: `/network/?focus=${encodeURIComponent(id)}`,
  };
}

/** The neighbours' edges, those drawn alike joined into one path, in the order they first appear. */
function edgePaths(neighbours: readonly LocalNeighbour[]): LocalGraphView['edges'] {
  const byClass = new Map<string, string>();
  for (const n of neighbours) byClass.set(n.edgeClassName, (byClass.get(n.edgeClassName) ?? '') + n.edge);
  return [...byClass].map(([className, d]) => ({ className, d }));
}

/** A neighbour in the column at `ny`, with the curve from the entry (starting at `x0`, `cy`). */
function neighbour(
  index: KbIndex,
  tie: Tie,
  at: { x0: number; cy: number; column: number; ny: number },
): LocalNeighbour {
  const { x0, cy, column, ny } = at;
  const other = index.byId.get(tie.other)! as DrawnEntry;
  const x1 = column - 8;
  return {
    id: other.id,
    title: other.data.title,
    path: entryPath(other.collection, other.id),
    collection: other.collection,
    kindLabel: kindLabel(other.collection, other.data.kind),
    label: tie.label,
    certainty: tie.certainty,
    ended: tie.ended,
    derived: tie.derived,
    x: column,
    y: ny,
    symbol: symbolPath(NODE_SHAPES[other.collection], column, ny, 5.5),
    edge: `M${x0} ${cy}C${round((x0 + x1) / 2)} ${cy} ${round((x0 + x1) / 2)} ${ny} ${x1} ${ny}`,
    className: `net-node net-node--${other.collection} net-kind--${other.data.kind}`,
    edgeClassName: edgeClassName({
      family: relationFamily(tie.type),
      certainty: tie.certainty,
      ended: tie.ended,
      derived: tie.derived,
    }),
  };
}
