/**
 * The whole network as drawable data: the graph of the index (`edges.ts`) laid out with d3-force
 * (`layout.ts`), every node and edge with its symbol, classes and position, and what the filter
 * controls offer (the network page's table of every edge, with each claim's marker, is built by
 * `src/views/pages/network.ts`). `localGraphView` (`local-graph.ts`) draws one entry and
 * its direct neighbours. Both return plain data: pages and components only render it.
 */
import type { AnyEntry } from '../model/entries.ts';
import type { KbIndex } from '../model/index/kb-index.ts';
import { entryPath } from '../model/ids.ts';
import { COLLECTION_LABELS, kindLabel } from '../model/vocab/kinds.ts';
import { RELATION_TYPES, type RelationType } from '../model/vocab/relations.ts';
import { edgeDrafts, type EdgeDraft } from './edges.ts';
import { fitFrame, layOut, type Frame, type LayoutInput } from './layout.ts';
import {
  CORE_COLLECTIONS,
  NETWORK_COLLECTIONS,
  NODE_SHAPES,
  isNetworkCollection,
  relationFamily,
  type NetworkCollection,
  type NodeShape,
  type RelationFamily,
} from './legend.ts';
import { edgeClassName, labelLines, radiusOf, round, segment, symbolPath } from './symbols.ts';

interface NetworkNode {
  id: string;
  title: string;
  path: string;
  collection: NetworkCollection;
  kind: string;
  /** "State", "Air base"… */
  kindLabel: string;
  /** Shown when no filter is given (actors, organizations, bases). */
  core: boolean;
  /** A former base: drawn as ended. */
  ended: boolean;
  x: number;
  y: number;
  shape: NodeShape;
  /** SVG path data of the node's symbol, at its position. */
  symbol: string;
  /** The label, broken into lines of at most about 22 characters. */
  lines: string[];
  /** Where the first line's baseline starts (text is centred on `x`). */
  labelY: number;
  className: string;
}

/** A drawn edge: the relation as the index gives it (`EdgeDraft`), placed in the picture. */
export interface NetworkEdge extends EdgeDraft {
  /** Stable within a build: source, type, target and a counter for repeats. */
  id: string;
  family: RelationFamily;
  /** Symmetric relations are drawn without an arrow. */
  directed: boolean;
  /** Both ends are shown when no filter is given. */
  core: boolean;
  /** The drawn segment, shortened to the nodes' rims. */
  line: [number, number, number, number];
  className: string;
}

interface FilteredRelation {
  source: string;
  target: string;
  type: RelationType;
  /** Why it is not drawn. */
  reason: string;
}

export interface NetworkView {
  width: number;
  height: number;
  /** The part of the frame the default (unfiltered) picture occupies: `[x, y, width, height]`. */
  coreBox: [number, number, number, number];
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Relations of the index that are not edges, each with the reason. */
  filtered: FilteredRelation[];
  /** Relation types that occur, in vocabulary order, for the filter controls. */
  relationTypes: { type: RelationType; label: string; count: number }[];
  /** Collections that occur, in legend order, for the filter controls. */
  collections: { collection: NetworkCollection; label: string; count: number; core: boolean }[];
}

export interface NetworkOptions {
  /** Collections drawn (default: all of `NETWORK_COLLECTIONS`). */
  collections?: readonly NetworkCollection[];
  /** Seed of the layout's random source (default 1). */
  seed?: number;
  /** Layout steps (default 300). */
  iterations?: number;
}

type DrawnEntry = AnyEntry & { collection: NetworkCollection };

/** What the force layout of a network is computed from: its nodes, its links, the seed and the steps. */
export interface LayoutTask {
  nodes: LayoutInput[];
  links: { source: string; target: string }[];
  seed: number;
  iterations: number;
}

/** Lays a task out; `layOutTask` by default, or a cache of its results. */
export type NetworkLayout = (task: LayoutTask) => ReadonlyMap<string, { x: number; y: number }>;

/** The positions of a layout task's nodes, computed now (d3-force; the costliest part of the view). */
export const layOutTask: NetworkLayout = ({ nodes, links, seed, iterations }) =>
  new Map([...layOut(nodes, links, seed, iterations)].map(([id, n]) => [id, { x: n.x!, y: n.y! }]));

const isCoreEntry = (e: DrawnEntry) => CORE_COLLECTIONS.includes(e.collection);

/** The entries a network draws and the edges between them, and the layout task they make. */
function networkGraph(index: KbIndex, options: NetworkOptions) {
  const collections = new Set<NetworkCollection>(options.collections ?? NETWORK_COLLECTIONS);
  const drawn = index.entries.filter(
    (e): e is DrawnEntry => isNetworkCollection(e.collection) && collections.has(e.collection),
  );
  const { drafts, filtered } = drawnEdges(index, new Set(drawn.map((e) => e.id)));
  const task: LayoutTask = {
    nodes: drawn.map((e) => ({
      id: e.id,
      r: radiusOf(e.collection),
      lines: labelLines(e.data.title),
      core: isCoreEntry(e),
    })),
    links: drafts.map((d) => ({ source: d.source, target: d.target })),
    seed: options.seed ?? 1,
    iterations: options.iterations ?? 300,
  };
  return { drawn, drafts, filtered, task };
}

/** The layout task of a network, for laying it out ahead of the page (the build does, in a thread). */
export function networkLayoutTask(index: KbIndex, options: NetworkOptions = {}): LayoutTask {
  return networkGraph(index, options).task;
}

/**
 * The whole network: nodes of the chosen collections laid out with d3-force, every relation between
 * them as an edge, and the table. Actors, organizations and bases are laid out first on their own,
 * then places, infrastructure and events are placed around them with those fixed, so the picture
 * shown without filters is laid out for itself. `layout` computes the positions (or finds them
 * computed ahead).
 */
export function networkView(
  index: KbIndex,
  options: NetworkOptions = {},
  layout: NetworkLayout = layOutTask,
): NetworkView {
  const { drawn, drafts, filtered, task } = networkGraph(index, options);
  const isCore = isCoreEntry;
  const positions = layout(task);
  const frame = fitFrame(
    drawn.map((e) => {
      const n = positions.get(e.id)!;
      return { x: n.x, y: n.y, r: radiusOf(e.collection), lines: labelLines(e.data.title), core: isCore(e) };
    }),
  );
  const nodes = drawn.map((e) => networkNode(e, positions.get(e.id)!, frame, isCore(e)));
  const edges = networkEdges(drafts, new Map(nodes.map((n) => [n.id, n])));
  return {
    width: frame.width,
    height: frame.height,
    coreBox: frame.coreBox,
    nodes,
    edges,
    filtered,
    ...filterControls(nodes, edges),
  };
}

/** The edges whose two ends are drawn, and the others with the reason they are not. */
function drawnEdges(index: KbIndex, drawn: ReadonlySet<string>): { drafts: EdgeDraft[]; filtered: FilteredRelation[] } {
  const filtered: FilteredRelation[] = [];
  const drafts: EdgeDraft[] = [];
  for (const d of edgeDrafts(index)) {
    const missing = [d.source, d.target].filter((id) => !drawn.has(id));
    if (missing.length === 0) drafts.push(d);
    else
      filtered.push({
        source: d.source,
        target: d.target,
        type: d.type,
        reason: `${missing.map((id) => `${id} (${index.byId.get(id)?.collection ?? 'unknown'})`).join(' and ')} not drawn`,
      });
  }
  return { drafts, filtered };
}

/** A laid-out entry as a node of the picture. */
function networkNode(e: DrawnEntry, at: { x: number; y: number }, frame: Frame, core: boolean): NetworkNode {
  const [x, y] = frame.place(at.x, at.y);
  const r = radiusOf(e.collection);
  const shape = NODE_SHAPES[e.collection];
  const ended = e.collection === 'bases' && e.data.status === 'former';
  return {
    id: e.id,
    title: e.data.title,
    path: entryPath(e.collection, e.id),
    collection: e.collection,
    kind: e.data.kind,
    kindLabel: kindLabel(e.collection, e.data.kind),
    core,
    ended,
    x,
    y,
    shape,
    symbol: symbolPath(shape, x, y, r),
    lines: labelLines(e.data.title),
    labelY: round(y + r + 11),
    className: `net-node net-node--${e.collection} net-kind--${e.data.kind}${ended ? ' net-node--ended' : ''}`,
  };
}

/** Every drawn edge, with its id (repeats counted), family, arrow and segment between the nodes' rims. */
function networkEdges(drafts: readonly EdgeDraft[], nodeById: ReadonlyMap<string, NetworkNode>): NetworkEdge[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const key = `${d.source}--${d.type}--${d.target}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const a = nodeById.get(d.source)!;
    const b = nodeById.get(d.target)!;
    const family = relationFamily(d.type);
    const directed = !RELATION_TYPES[d.type].symmetric;
    return {
      id: count === 1 ? key : `${key}--${count}`,
      ...d,
      family,
      directed,
      core: a.core && b.core,
      line: segment(a, b, radiusOf(a.collection) + 1, radiusOf(b.collection) + (directed ? 3 : 1)),
      className: edgeClassName({ ...d, family, derived: d.derivedFrom !== undefined }),
    };
  });
}

/** The relation types and collections that occur, with their counts, for the filter controls. */
function filterControls(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
): Pick<NetworkView, 'relationTypes' | 'collections'> {
  const typeCounts = new Map<RelationType, number>();
  for (const e of edges) typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
  const relationTypes = (Object.keys(RELATION_TYPES) as RelationType[])
    .filter((t) => typeCounts.has(t))
    .map((type) => ({ type, label: RELATION_TYPES[type].label, count: typeCounts.get(type)! }));
  const collections = NETWORK_COLLECTIONS.map((collection) => ({
    collection,
    label: COLLECTION_LABELS[collection].plural,
    count: nodes.filter((n) => n.collection === collection).length,
    core: CORE_COLLECTIONS.includes(collection),
  })).filter((c) => c.count > 0);
  return { relationTypes, collections };
}
