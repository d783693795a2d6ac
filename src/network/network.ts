/**
 * The network of the knowledge base as drawable data: who is tied to whom, from the typed relations,
 * the relations derived from events' participants and infrastructure routes, and the memberships
 * written on organizations. `networkView` lays the whole network out with d3-force from a fixed seed
 * and a fixed number of steps, so two builds draw the same picture; `localGraphView` draws one
 * entry and its direct neighbours. Both return plain data: pages and components only render it.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Period } from '../model/schemas/shared.ts';
import { CERTAINTY_INFO, type Certainty } from '../model/vocab/certainty.ts';

/** An edge's one provenance marker: the article's certainty, or context (not from the article). */
export type EdgeCertainty = Certainty | 'context';
import { citeLabel, citePath, uniqueCites, type CitePlace } from '../model/article-places.ts';
import { formatDate } from '../model/dates.ts';
import type { AnyEntry } from '../model/entries.ts';
import { listOf, type KbIndex, type RelationView } from '../model/index/kb-index.ts';
import { NETWORK_COLLECTIONS, entryPath, type CollectionName } from '../model/ids.ts';
import { COLLECTION_LABELS, kindLabel } from '../model/vocab/kinds.ts';
import { RELATION_TYPES, type RelationType } from '../model/vocab/relations.ts';
import { STATUS_LABELS } from '../model/vocab/labels.ts';
import { DERIVED_LABELS, type DerivedFrom } from '../model/vocab/derived.ts';

export { NETWORK_COLLECTIONS };
export type NetworkCollection = (typeof NETWORK_COLLECTIONS)[number];

/** Collections shown when no filter is given; the others are added through filters. */
export const CORE_COLLECTIONS: readonly NetworkCollection[] = ['actors', 'organizations', 'bases'];

/** The shape of a node, by collection. */
export const NODE_SHAPES: Record<NetworkCollection, 'circle' | 'hexagon' | 'square' | 'diamond' | 'triangle' | 'dot'> =
  {
    actors: 'circle',
    organizations: 'hexagon',
    bases: 'square',
    places: 'diamond',
    infrastructure: 'triangle',
    events: 'dot',
  };

/**
 * Relation types grouped into the families the picture colours them by, in legend order. Every
 * relation type belongs to exactly one family.
 */
export const RELATION_FAMILIES = [
  {
    id: 'alliance',
    label: 'Membership and alignment',
    types: ['member-of', 'part-of', 'aligned-with', 'affiliate-of'],
  },
  { id: 'military', label: 'Hosting and operating bases', types: ['hosts', 'operates'] },
  {
    id: 'cooperation',
    label: 'Leadership, support and agreements',
    types: ['leads', 'governs', 'supports', 'agreement-with'],
  },
  { id: 'hostility', label: 'Rivalry and harbouring', types: ['rival-of', 'harboured'] },
  { id: 'geography', label: 'Borders, locations and routes', types: ['borders', 'located-in', 'connects'] },
  { id: 'events', label: 'Taking part in events', types: ['participated-in'] },
] as const satisfies readonly { id: string; label: string; types: readonly RelationType[] }[];
export type RelationFamily = (typeof RELATION_FAMILIES)[number]['id'];

/** The family a relation type is coloured by. */
export function relationFamily(type: RelationType): RelationFamily {
  const family = RELATION_FAMILIES.find((f) => (f.types as readonly RelationType[]).includes(type));
  if (!family) throw new RangeError(`relation type "${type}" belongs to no family of the network legend`);
  return family.id;
}

export interface NetworkNode {
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
  shape: (typeof NODE_SHAPES)[NetworkCollection];
  /** SVG path data of the node's symbol, at its position. */
  symbol: string;
  /** The label, broken into lines of at most about 22 characters. */
  lines: string[];
  /** Where the first line's baseline starts (text is centred on `x`). */
  labelY: number;
  className: string;
}

export interface NetworkEdge {
  /** Stable within a build: source, type, target and a counter for repeats. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  family: RelationFamily;
  /** How the edge reads from its source: "hosts", "observer of", "took part in". */
  label: string;
  /** Symmetric relations are drawn without an arrow. */
  directed: boolean;
  certainty: EdgeCertainty;
  /** The relation's period has ended (`to` given), the membership is former, or the base is former. */
  ended: boolean;
  /** "2001 – 2005", "since 2012", "until 2001"; empty when the article gives no period. */
  period: string;
  derivedFrom?: DerivedFrom | undefined;
  /** Set when the relation is context from outside the article: the basis. */
  context?: string | undefined;
  note?: string | undefined;
  cite: CitePlace[];
  /** Both ends are shown when no filter is given. */
  core: boolean;
  /** The drawn segment, shortened to the nodes' rims. */
  line: [number, number, number, number];
  className: string;
}

export interface NetworkRow {
  edge: string;
  source: { title: string; path: string };
  label: string;
  target: { title: string; path: string };
  period: string;
  certainty: string;
  derived: string;
  context?: string | undefined;
  cites: { label: string; href: string }[];
}

export interface FilteredRelation {
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
  /** The table: one row per edge, by source, relation and target. */
  rows: NetworkRow[];
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

const round = (n: number) => Math.round(n * 10) / 10;

/** A seeded pseudo-random source in [0, 1) (a linear congruential generator). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Breaks a title into lines of at most `width` characters, at spaces (a longer word keeps its line). */
export function labelLines(title: string, width = 22): string[] {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** SVG path data of a symbol of radius `r` centred on `(x, y)`. */
export function symbolPath(shape: NetworkNode['shape'], x: number, y: number, r: number): string {
  const f = (n: number) => String(round(n));
  const polygon = (points: [number, number][]) =>
    `M${points.map(([px, py]) => `${f(x + px)} ${f(y + py)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
    case 'dot':
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'square':
      return polygon([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case 'diamond':
      return polygon([
        [0, -r],
        [r, 0],
        [0, r],
        [-r, 0],
      ]);
    case 'triangle':
      return polygon([
        [0, -r],
        [r * 0.9, r * 0.6],
        [-r * 0.9, r * 0.6],
      ]);
    case 'hexagon':
      return polygon([0, 1, 2, 3, 4, 5].map((i) => [r * Math.cos((Math.PI / 3) * i), r * Math.sin((Math.PI / 3) * i)]));
  }
}

function periodText(period: Period | undefined): string {
  if (!period) return '';
  const { from, to } = period;
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return '';
}

const isNetworkCollection = (c: CollectionName): c is NetworkCollection =>
  (NETWORK_COLLECTIONS as readonly string[]).includes(c);

/** Radius of a node's symbol. */
const radiusOf = (collection: NetworkCollection) => (CORE_COLLECTIONS.includes(collection) ? 8 : 5.5);
/** Approximate width of a label character and height of a label line, in user units. */
const CHAR = 6.4;
const LINE = 13;

interface EdgeDraft {
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
}

/** Every edge of the index (relations written once, derived ones, memberships), in a stable order. */
function edgeDrafts(index: KbIndex): EdgeDraft[] {
  const drafts: EdgeDraft[] = [];
  const formerBase = (id: string) => {
    const e = index.byId.get(id);
    return e?.collection === 'bases' && e.data.status === 'former';
  };
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
        ended: r.period?.to !== undefined || formerBase(entry.id) || formerBase(view.other),
        period: periodText(r.period),
        derivedFrom: view.derivedFrom,
        context: r.context,
        note: r.note,
        cite: uniqueCites(r.cite ?? []),
      });
    }
  }
  for (const entry of index.entries) {
    if (entry.collection !== 'organizations') continue;
    for (const membership of entry.data.members) {
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
      drafts.push({
        source: membership.member,
        target: entry.id,
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
      });
    }
  }
  return drafts;
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  r: number;
  collide: number;
}

/** Graphs up to this many nodes get every step asked for; larger ones proportionally fewer. */
export const FULL_LAYOUT_NODES = 300;

/**
 * How many steps a layout of `nodes` nodes runs: all of `iterations` up to FULL_LAYOUT_NODES nodes,
 * then fewer in proportion (at least 50), so the layout's cost (steps × n log n) stops growing
 * faster than the graph. A picture of that many nodes is read through its filters and table.
 */
export function layoutSteps(nodes: number, iterations: number): number {
  return nodes <= FULL_LAYOUT_NODES ? iterations : Math.max(50, Math.round((iterations * FULL_LAYOUT_NODES) / nodes));
}

/**
 * Runs a fixed number of simulation steps, deterministically. A large graph runs fewer steps
 * (`layoutSteps`) and cools faster, so it still settles by the last one.
 */
function simulate(
  nodes: LayoutNode[],
  links: SimulationLinkDatum<LayoutNode>[],
  seed: number,
  iterations: number,
): void {
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(seed))
    .force(
      'link',
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
        .id((n) => n.id)
        .distance(80),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-300).distanceMax(500))
    .force(
      'collide',
      forceCollide<LayoutNode>((n) => n.collide)
        .strength(0.9)
        .iterations(2),
    )
    .force('x', forceX<LayoutNode>(0).strength(0.05))
    .force('y', forceY<LayoutNode>(0).strength(0.08))
    .stop();
  const steps = layoutSteps(nodes.length, iterations);
  // d3's own cooling reaches its minimum in 300 steps; fewer steps cool in proportion.
  if (steps !== iterations) simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / steps));
  for (let i = 0; i < steps; i++) simulation.tick();
}

/**
 * The whole network: nodes of the chosen collections laid out with d3-force, every relation between
 * them as an edge, and the table. Actors, organizations and bases are laid out first on their own,
 * then places, infrastructure and events are placed around them with those fixed, so the picture
 * shown without filters is laid out for itself.
 */
export function networkView(index: KbIndex, options: NetworkOptions = {}): NetworkView {
  const collections = new Set<NetworkCollection>(options.collections ?? NETWORK_COLLECTIONS);
  const seed = options.seed ?? 1;
  const iterations = options.iterations ?? 300;
  const drawn = index.entries.filter(
    (e): e is AnyEntry & { collection: NetworkCollection } =>
      isNetworkCollection(e.collection) && collections.has(e.collection),
  );
  const drawnIds = new Set(drawn.map((e) => e.id));
  const isCore = (id: string) => CORE_COLLECTIONS.includes(index.byId.get(id)!.collection as NetworkCollection);

  const filtered: FilteredRelation[] = [];
  const drafts: EdgeDraft[] = [];
  for (const d of edgeDrafts(index)) {
    const missing = [d.source, d.target].filter((id) => !drawnIds.has(id));
    if (missing.length === 0) drafts.push(d);
    else
      filtered.push({
        source: d.source,
        target: d.target,
        type: d.type,
        reason: `${missing.map((id) => `${id} (${index.byId.get(id)?.collection ?? 'unknown'})`).join(' and ')} not drawn`,
      });
  }

  // Layout: core nodes first, then the others around them with the core fixed.
  const layout = new Map<string, LayoutNode>();
  for (const e of drawn) {
    const lines = labelLines(e.data.title);
    const width = Math.max(...lines.map((l) => l.length)) * CHAR;
    const r = radiusOf(e.collection);
    layout.set(e.id, { id: e.id, r, collide: Math.max(r + 6, width / 2 + 4, (r + lines.length * LINE) * 0.9) });
  }
  const linksAmong = (ids: Set<string>) =>
    drafts.filter((d) => ids.has(d.source) && ids.has(d.target)).map((d) => ({ source: d.source, target: d.target }));
  const coreNodes = drawn.filter((e) => isCore(e.id)).map((e) => layout.get(e.id)!);
  simulate(coreNodes, linksAmong(new Set(coreNodes.map((n) => n.id))), seed, iterations);
  const extraNodes = drawn.filter((e) => !isCore(e.id)).map((e) => layout.get(e.id)!);
  if (extraNodes.length > 0) {
    for (const n of coreNodes) {
      n.fx = n.x;
      n.fy = n.y;
    }
    // Each extra node starts beside the mean of its core neighbours, or at the edge of the picture.
    const spread = seededRandom(seed + 1);
    extraNodes.forEach((n, i) => {
      const neighbours = drafts
        .filter((d) => d.source === n.id || d.target === n.id)
        .map((d) => (d.source === n.id ? d.target : d.source))
        .filter(isCore)
        .map((id) => layout.get(id)!);
      const angle = (i / extraNodes.length) * 2 * Math.PI;
      const [cx, cy] =
        neighbours.length > 0
          ? [
              neighbours.reduce((t, m) => t + m.x!, 0) / neighbours.length,
              neighbours.reduce((t, m) => t + m.y!, 0) / neighbours.length,
            ]
          : [Math.cos(angle) * 400, Math.sin(angle) * 300];
      n.x = cx + (spread() - 0.5) * 60;
      n.y = cy + (spread() - 0.5) * 60;
    });
    const all = [...coreNodes, ...extraNodes];
    simulate(all, linksAmong(new Set(all.map((n) => n.id))), seed, iterations);
  }

  // Fit into a frame with a margin, rounded.
  const margin = 16;
  const boxes = drawn.map((e) => {
    const n = layout.get(e.id)!;
    const lines = labelLines(e.data.title);
    const half = Math.max(n.r, (Math.max(...lines.map((l) => l.length)) * CHAR) / 2);
    return [n.x! - half, n.y! - n.r, n.x! + half, n.y! + n.r + 3 + lines.length * LINE];
  });
  const minX = Math.min(...boxes.map((b) => b[0]!), 0);
  const minY = Math.min(...boxes.map((b) => b[1]!), 0);
  const width = Math.ceil(Math.max(...boxes.map((b) => b[2]!), 0) - minX + 2 * margin);
  const height = Math.ceil(Math.max(...boxes.map((b) => b[3]!), 0) - minY + 2 * margin);

  const nodes: NetworkNode[] = drawn.map((e) => {
    const n = layout.get(e.id)!;
    const x = round(n.x! - minX + margin);
    const y = round(n.y! - minY + margin);
    const shape = NODE_SHAPES[e.collection];
    const ended = e.collection === 'bases' && e.data.status === 'former';
    return {
      id: e.id,
      title: e.data.title,
      path: entryPath(e.collection, e.id),
      collection: e.collection,
      kind: e.data.kind,
      kindLabel: kindLabel(e.collection, e.data.kind),
      core: isCore(e.id),
      ended,
      x,
      y,
      shape,
      symbol: symbolPath(shape, x, y, n.r),
      lines: labelLines(e.data.title),
      labelY: round(y + n.r + 11),
      className: `net-node net-node--${e.collection} net-kind--${e.data.kind}${ended ? ' net-node--ended' : ''}`,
    };
  });
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  const seen = new Map<string, number>();
  const edges: NetworkEdge[] = drafts.map((d) => {
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
      className: [
        'net-edge',
        `net-edge--${family}`,
        `net-rel--${d.type}`,
        `net-certainty--${d.certainty}`,
        d.ended ? 'net-edge--ended' : '',
        d.derivedFrom ? 'net-edge--derived' : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  });

  const titleOf = (id: string) => nodeById.get(id)!.title;
  const rows: NetworkRow[] = [...edges]
    .sort(
      (p, q) =>
        titleOf(p.source).localeCompare(titleOf(q.source), 'en') ||
        p.label.localeCompare(q.label, 'en') ||
        titleOf(p.target).localeCompare(titleOf(q.target), 'en') ||
        p.id.localeCompare(q.id),
    )
    .map((e) => ({
      edge: e.id,
      source: { title: titleOf(e.source), path: nodeById.get(e.source)!.path },
      label: e.label,
      target: { title: titleOf(e.target), path: nodeById.get(e.target)!.path },
      period: e.ended && !e.period ? 'ended' : e.period,
      certainty: e.certainty === 'context' ? 'context' : CERTAINTY_INFO[e.certainty].label,
      derived: e.derivedFrom ? DERIVED_LABELS[e.derivedFrom] : '',
      context: e.context,
      cites: e.cite.map((place) => ({ label: citeLabel(place), href: citePath(place) })),
    }));

  const typeCounts = new Map<RelationType, number>();
  for (const e of edges) typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
  const relationTypes = (Object.keys(RELATION_TYPES) as RelationType[])
    .filter((t) => typeCounts.has(t))
    .map((type) => ({ type, label: RELATION_TYPES[type].label, count: typeCounts.get(type)! }));
  const collectionsShown = NETWORK_COLLECTIONS.map((collection) => ({
    collection,
    label: COLLECTION_LABELS[collection].plural,
    count: nodes.filter((n) => n.collection === collection).length,
    core: CORE_COLLECTIONS.includes(collection),
  })).filter((c) => c.count > 0);

  const coreBoxes = boxes.filter((_, i) => isCore(drawn[i]!.id));
  const coreBox: [number, number, number, number] =
    coreBoxes.length === 0
      ? [0, 0, width, height]
      : [
          Math.floor(Math.min(...coreBoxes.map((b) => b[0]!)) - minX),
          Math.floor(Math.min(...coreBoxes.map((b) => b[1]!)) - minY),
          Math.ceil(Math.max(...coreBoxes.map((b) => b[2]!)) - Math.min(...coreBoxes.map((b) => b[0]!)) + 2 * margin),
          Math.ceil(Math.max(...coreBoxes.map((b) => b[3]!)) - Math.min(...coreBoxes.map((b) => b[1]!)) + 2 * margin),
        ];
  return { width, height, coreBox, nodes, edges, rows, filtered, relationTypes, collections: collectionsShown };
}

/** A segment from `a` to `b`, shortened by `ra` at `a` and `rb` at `b`, rounded. */
function segment(
  a: { x: number; y: number },
  b: { x: number; y: number },
  ra: number,
  rb: number,
): [number, number, number, number] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  return [round(a.x + ux * ra), round(a.y + uy * ra), round(b.x - ux * rb), round(b.y - uy * rb)];
}

export interface LocalNeighbour {
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
  /** `/network/?focus=<id>`. */
  focusHref: string;
}

/**
 * One entry and its direct neighbours, for the entry's page: the entry on the left, its neighbours
 * in a column grouped by how they relate ("member of", "hosted by"…), each joined to it by a curve
 * styled like the network's edges. `undefined` for an entry with no neighbour, or one the network
 * does not draw.
 */
export function localGraphView(index: KbIndex, id: string): LocalGraphView | undefined {
  const entry = index.byId.get(id);
  if (!entry) throw new RangeError(`localGraphView: no entry "${id}"`);
  if (!isNetworkCollection(entry.collection)) return undefined;
  type Tie = {
    other: string;
    label: string;
    certainty: EdgeCertainty;
    ended: boolean;
    derived: boolean;
    type: RelationType;
  };
  const ties: Tie[] = [];
  const formerBase = (other: string) => {
    const e = index.byId.get(other);
    return (
      (e?.collection === 'bases' && e.data.status === 'former') ||
      (entry.collection === 'bases' && entry.data.status === 'former')
    );
  };
  for (const view of listOf(index.relations, id) as RelationView[]) {
    if (!isNetworkCollection(index.byId.get(view.other)!.collection)) continue;
    ties.push({
      other: view.other,
      label: view.label,
      certainty: view.relation.certainty ?? 'context',
      ended: view.relation.period?.to !== undefined || formerBase(view.other),
      derived: view.derivedFrom !== undefined,
      type: view.type,
    });
  }
  const membershipTie = (
    other: string,
    history: { status: keyof typeof STATUS_LABELS.membership; until?: unknown; certainty?: Certainty | undefined }[],
    asMember: boolean,
  ) => {
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
  for (const m of listOf(index.memberships, id)) membershipTie(m.organization, m.history, true);
  if (entry.collection === 'organizations')
    for (const m of entry.data.members) membershipTie(m.member, m.history, false);
  if (ties.length === 0) return undefined;

  const titleOf = (other: string) => index.byId.get(other)!.data.title;
  ties.sort((a, b) => a.label.localeCompare(b.label, 'en') || titleOf(a.other).localeCompare(titleOf(b.other), 'en'));
  const ROW = 20;
  const HEAD = 18;
  const cx = 14 + radiusOf(entry.collection as NetworkCollection);
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
  const centreShape = NODE_SHAPES[entry.collection as NetworkCollection];
  const neighbours = placed.map(({ tie, y: ny }) => {
    const other = index.byId.get(tie.other)! as AnyEntry & { collection: NetworkCollection };
    const shape = NODE_SHAPES[other.collection];
    const family = relationFamily(tie.type);
    const x0 = cx + 12;
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
      symbol: symbolPath(shape, column, ny, 5.5),
      edge: `M${x0} ${cy}C${round((x0 + x1) / 2)} ${cy} ${round((x0 + x1) / 2)} ${ny} ${x1} ${ny}`,
      className: `net-node net-node--${other.collection} net-kind--${other.data.kind}`,
      edgeClassName: [
        'net-edge',
        `net-edge--${family}`,
        `net-certainty--${tie.certainty}`,
        tie.ended ? 'net-edge--ended' : '',
        tie.derived ? 'net-edge--derived' : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  });
  return {
    id,
    title: entry.data.title,
    collection: entry.collection as NetworkCollection,
    width,
    height,
    centre: {
      x: cx,
      y: cy,
      symbol: symbolPath(centreShape, cx, cy, 9),
      className: `net-node net-node--${entry.collection} net-kind--${entry.data.kind} net-node--centre`,
      lines: labelLines(entry.data.title, 24),
      labelY: round(cy + 24),
    },
    groups,
    neighbours,
    focusHref: `/network/?focus=${encodeURIComponent(id)}`,
  };
}
