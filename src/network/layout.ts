/**
 * The force layout of the whole network, deterministic: d3-force from a fixed seed and a fixed
 * number of steps, so two builds draw the same picture. The core nodes are laid out first on their
 * own, then the others around them with the core fixed; the result is fitted into a frame.
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
import { CHAR, LINE, round } from './symbols.ts';

/** A node to lay out: its symbol's radius, its label's lines, and whether the unfiltered picture shows it. */
export interface LayoutInput {
  id: string;
  r: number;
  lines: string[];
  core: boolean;
}

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  r: number;
  collide: number;
}

/** A seeded pseudo-random source in [0, 1) (a linear congruential generator). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Graphs up to this many nodes get every step asked for; larger ones proportionally fewer. */
export const FULL_LAYOUT_NODES = 300;

/** The fewest steps a layout runs, however large its graph. */
const MIN_STEPS = 25;

/**
 * How many steps a layout of `nodes` nodes runs: all of `iterations` up to FULL_LAYOUT_NODES nodes,
 * then fewer in proportion (at least MIN_STEPS), so the layout's cost (steps × n log n) stops growing
 * faster than the graph. A picture of that many nodes is read through its filters and table.
 */
export function layoutSteps(nodes: number, iterations: number): number {
  return nodes <= FULL_LAYOUT_NODES
    ? iterations
    : Math.max(MIN_STEPS, Math.round((iterations * FULL_LAYOUT_NODES) / nodes));
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
 * Lays the nodes out: core nodes first, then the others around them with the core fixed. `links`
 * join ids of `nodes`. Returns each node's position by id.
 */
export function layOut(
  nodes: readonly LayoutInput[],
  links: readonly { source: string; target: string }[],
  seed: number,
  iterations: number,
): Map<string, LayoutNode> {
  const layout = new Map<string, LayoutNode>();
  for (const { id, r, lines } of nodes) {
    const width = Math.max(...lines.map((l) => l.length)) * CHAR;
    layout.set(id, { id, r, collide: Math.max(r + 6, width / 2 + 4, (r + lines.length * LINE) * 0.9) });
  }
  const core = new Set(nodes.filter((n) => n.core).map((n) => n.id));
  const linksAmong = (ids: Set<string>) =>
    links.filter((d) => ids.has(d.source) && ids.has(d.target)).map((d) => ({ source: d.source, target: d.target }));
  const coreNodes = nodes.filter((n) => core.has(n.id)).map((n) => layout.get(n.id)!);
  simulate(coreNodes, linksAmong(new Set(coreNodes.map((n) => n.id))), seed, iterations);
  const extraNodes = nodes.filter((n) => !core.has(n.id)).map((n) => layout.get(n.id)!);
  if (extraNodes.length > 0) {
    for (const n of coreNodes) {
      n.fx = n.x;
      n.fy = n.y;
    }
    // Each extra node starts beside the mean of its core neighbours, or at the edge of the picture.
    const spread = seededRandom(seed + 1);
    // Each node's neighbours, in the order of the links (one pass, not one per node).
    const adjacent = new Map<string, string[]>();
    const meet = (a: string, b: string) => {
      const list = adjacent.get(a);
      if (list) list.push(b);
      else adjacent.set(a, [b]);
    };
    for (const d of links) {
      meet(d.source, d.target);
      if (d.target !== d.source) meet(d.target, d.source);
    }
    extraNodes.forEach((n, i) => {
      const neighbours = (adjacent.get(n.id) ?? []).filter((id) => core.has(id)).map((id) => layout.get(id)!);
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
  return layout;
}

/** Where the laid-out picture sits: its frame, the core's part of it, and how a position is placed in it. */
export interface Frame {
  width: number;
  height: number;
  /** The part of the frame the core nodes occupy: `[x, y, width, height]`. */
  coreBox: [number, number, number, number];
  /** A laid-out position in the frame, rounded. */
  place(x: number, y: number): [number, number];
}

/** Fits laid-out nodes and their labels into a frame with a margin, rounded up to whole units. */
export function fitFrame(nodes: readonly { x: number; y: number; r: number; lines: string[]; core: boolean }[]): Frame {
  const margin = 16;
  const boxes = nodes.map((n) => {
    const half = Math.max(n.r, (Math.max(...n.lines.map((l) => l.length)) * CHAR) / 2);
    return [n.x - half, n.y - n.r, n.x + half, n.y + n.r + 3 + n.lines.length * LINE];
  });
  const minX = Math.min(...boxes.map((b) => b[0]!), 0);
  const minY = Math.min(...boxes.map((b) => b[1]!), 0);
  const width = Math.ceil(Math.max(...boxes.map((b) => b[2]!), 0) - minX + 2 * margin);
  const height = Math.ceil(Math.max(...boxes.map((b) => b[3]!), 0) - minY + 2 * margin);
  const coreBoxes = boxes.filter((_, i) => nodes[i]!.core);
  const coreBox: [number, number, number, number] =
    coreBoxes.length === 0
      ? [0, 0, width, height]
      : [
          Math.floor(Math.min(...coreBoxes.map((b) => b[0]!)) - minX),
          Math.floor(Math.min(...coreBoxes.map((b) => b[1]!)) - minY),
          Math.ceil(Math.max(...coreBoxes.map((b) => b[2]!)) - Math.min(...coreBoxes.map((b) => b[0]!)) + 2 * margin),
          Math.ceil(Math.max(...coreBoxes.map((b) => b[3]!)) - Math.min(...coreBoxes.map((b) => b[1]!)) + 2 * margin),
        ];
  const place = (x: number, y: number): [number, number] => [round(x - minX + margin), round(y - minY + margin)];
  return { width, height, coreBox, place };
}
