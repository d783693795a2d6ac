/**
 * The drawing's small geometry, shared by the whole network and the local graphs: node symbols as
 * SVG path data, labels broken into lines, the sizes labels are measured by, and edge segments
 * that stop at the nodes' rims. Coordinates are rounded to a tenth of a unit.
 */
import { CORE_COLLECTIONS, type NetworkCollection, type NodeShape } from './legend.ts';

export const round = (n: number) => Math.round(n * 10) / 10;

/** Radius of a node's symbol. */
export const radiusOf = (collection: NetworkCollection) => (CORE_COLLECTIONS.includes(collection) ? 8 : 5.5);

/** Approximate width of a label character, in user units. */
export const CHAR = 6.4;
/** Height of a label line, in user units. */
export const LINE = 13;

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
export function symbolPath(shape: NodeShape, x: number, y: number, r: number): string {
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

/** A segment from `a` to `b`, shortened by `ra` at `a` and `rb` at `b`, rounded. */
export function segment(
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

/**
 * The classes of an edge: its family, its relation type (the local graph leaves it out), its
 * certainty, and whether it has ended or is derived.
 */
export function edgeClassName(edge: {
  family: string;
  type?: string;
  certainty: string;
  ended: boolean;
  derived: boolean;
}): string {
  return [
    'net-edge',
    `net-edge--${edge.family}`,
    edge.type ? `net-rel--${edge.type}` : '',
    // Only the hedged ties are drawn differently (dashed, dotted); a stated or context tie is plain.
    edge.certainty === 'possible' || edge.certainty === 'uncertain' ? `net-certainty--${edge.certainty}` : '',
    edge.ended ? 'net-edge--ended' : '',
    edge.derived ? 'net-edge--derived' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
