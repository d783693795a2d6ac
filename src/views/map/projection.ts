/**
 * The region map, computed at build time from Natural Earth country shapes (the world-atlas npm
 * package): a fixed projection of Central Asia, Afghanistan and their neighbours, country outlines,
 * the borders Afghanistan shares with Central Asian states, and points projected into the view.
 */
import { geoCentroid, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { escapeHtml } from '../../model/html.ts';

/** The map's drawing size, in SVG user units. */
export const MAP_WIDTH = 900;
export const MAP_HEIGHT = 620;

/** The part of the world shown: west, south, east, north (degrees). */
export const MAP_EXTENT = { west: 50, south: 29, east: 82, north: 52 } as const;

/**
 * ISO 3166-1 numeric codes (as used by Natural Earth / world-atlas) of the states the map draws,
 * keyed by entry id. Standard codes, not from the article.
 */
export const COUNTRY_CODES: Record<string, string> = {
  afghanistan: '004',
  tajikistan: '762',
  uzbekistan: '860',
  turkmenistan: '795',
  kazakhstan: '398',
  kyrgyzstan: '417',
  russia: '643',
  china: '156',
  iran: '364',
  pakistan: '586',
  india: '356',
  mongolia: '496',
  azerbaijan: '031',
  armenia: '051',
};

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The projection used by the map and by every locator, so a point lands in the same place on both. */
export function mapProjection(): GeoProjection {
  const { west, south, east, north } = MAP_EXTENT;
  const frame: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [east, north],
        [west, north],
        [east, south],
      ],
    },
  };
  return geoMercator()
    .fitExtent(
      [
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}

/** Projects `[lon, lat]` into the map, or `undefined` when the point falls outside the view. */
export function projectPoint(projection: GeoProjection, lon: number, lat: number): [number, number] | undefined {
  const point = projection([lon, lat]);
  if (!point) return undefined;
  const [x, y] = point;
  if (x < 0 || y < 0 || x > MAP_WIDTH || y > MAP_HEIGHT) return undefined;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

interface CountryShape {
  /** Entry id of the state, or `undefined` for a country the knowledge base has no entry for. */
  id: string | undefined;
  /** SVG path data. */
  path: string;
  /** Where its name goes, if the whole name fits inside the view. */
  label?: [number, number] | undefined;
  /** The box its name occupies, `[x1, y1, x2, y2]`. */
  labelBox?: [number, number, number, number] | undefined;
}

/** Approximate width of a country name in the map's capitals style, in user units per character. */
const COUNTRY_LABEL_CHAR = 10.5;

export interface RegionShapes {
  countries: CountryShape[];
  /** Entry ids of the region's states: tinted, and their borders with Afghanistan highlighted. */
  region: string[];
  /** Path data of the borders Afghanistan shares with the region's states. */
  afghanBorders: string;
}

/** Label positions that read better than a shape's centroid (large or oddly shaped states). */
const LABEL_AT: Record<string, [number, number]> = {
  russia: [62, 54.3],
  china: [83, 37.5],
  india: [77.5, 29.2],
  kazakhstan: [68, 48],
  kyrgyzstan: [75.8, 41.4],
  tajikistan: [74.4, 38.3],
  iran: [56, 31.5],
  pakistan: [69.5, 29.6],
  turkmenistan: [58.5, 39.6],
};

/**
 * Country outlines, label points and the segments of Afghanistan's border with the `region`'s
 * states (entry ids), from a world-atlas topology.
 */
export function regionShapes(
  topology: unknown,
  region: readonly string[],
  projection = mapProjection(),
  names: (id: string) => string = (id) => id,
): RegionShapes {
  const world = topology as Countries;
  const path = geoPath(projection).digits(1);
  const all = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const byCode = new Map(all.features.map((f) => [String(f.id), f]));
  for (const [id, code] of Object.entries(COUNTRY_CODES)) {
    if (!byCode.has(code)) throw new Error(`world-atlas has no country ${code} (${id})`);
  }
  const idOf = new Map(Object.entries(COUNTRY_CODES).map(([id, code]) => [code, id]));
  const countries: CountryShape[] = [];
  // Every country in view is drawn (so land is never mistaken for sea); only states the
  // knowledge base knows get a class of their own and a label.
  for (const shape of all.features) {
    const d = path(shape);
    if (!d) continue;
    const id = idOf.get(String(shape.id));
    const [lon, lat] = (id && LABEL_AT[id]) || geoCentroid(shape);
    const at = id ? projectPoint(projection, lon, lat) : undefined;
    const half = id ? (names(id).length * COUNTRY_LABEL_CHAR) / 2 : 0;
    const box: [number, number, number, number] | undefined = at
      ? [at[0] - half, at[1] - 13, at[0] + half, at[1] + 3]
      : undefined;
    const fits = box && box[0] >= 0 && box[2] <= MAP_WIDTH && box[1] >= 0 && box[3] <= MAP_HEIGHT;
    countries.push({ id, path: d, label: fits ? at : undefined, labelBox: fits ? box : undefined });
  }
  const codeOf = (g: { id?: string | number }) => String(g.id);
  const afghan = COUNTRY_CODES.afghanistan!;
  const regionCodes = new Set(region.map((id) => COUNTRY_CODES[id]!));
  const afghanBorders = mesh(
    world,
    world.objects.countries,
    (a, b) =>
      (codeOf(a) === afghan && regionCodes.has(codeOf(b))) || (codeOf(b) === afghan && regionCodes.has(codeOf(a))),
  ) as MultiLineString;
  return { countries, region: [...region], afghanBorders: path(afghanBorders) ?? '' };
}

export interface LabelBox {
  /** Anchor of the text (start of its baseline). */
  x: number;
  y: number;
}

/**
 * Places labels next to their points without overlapping each other, the points, the given
 * obstacles (`[x1, y1, x2, y2]`, e.g. country names and base markers) or the edges. Each label
 * tries ten positions around its point, nearest first, and takes the first free one (greedy, in
 * the given order). A label with no free position is left out (`undefined`): the point stays,
 * linked and named, and the text alternative lists it. Text width is estimated from its length.
 */
export function placeLabels(
  items: readonly { at: [number, number]; text: string }[],
  obstacles: readonly [number, number, number, number][] = [],
  charWidth = 6.6,
  height = 12,
): (LabelBox | undefined)[] {
  type Rect = [number, number, number, number];
  const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const inside = (r: Rect) => r[0] >= 0 && r[1] >= 0 && r[2] <= MAP_WIDTH && r[3] <= MAP_HEIGHT;
  const taken: Rect[] = [...obstacles, ...items.map(({ at: [x, y] }): Rect => [x - 5, y - 5, x + 5, y + 5])];
  return items.map(({ at: [x, y], text }) => {
    const w = text.length * charWidth;
    // Text boxes as [left, top]; the baseline is at top + height.
    const corners: [number, number][] = [
      [x + 6, y - 8],
      [x - 6 - w, y - 8],
      [x - w / 2, y - 7 - height],
      [x - w / 2, y + 6],
      [x + 10, y - 8],
      [x - 10 - w, y - 8],
      [x + 5, y - 5 - height],
      [x + 5, y + 5],
      [x - 5 - w, y - 5 - height],
      [x - 5 - w, y + 5],
    ];
    for (const [left, top] of corners) {
      const rect: Rect = [left, top, left + w, top + height];
      if (!inside(rect) || taken.some((t) => overlaps(t, rect))) continue;
      taken.push(rect);
      return { x: Math.round(left * 10) / 10, y: Math.round((top + height - 2) * 10) / 10 };
    }
    return undefined;
  });
}

/**
 * The region as a standalone SVG document (countries, names and the Afghan borders), shared by
 * every locator map and cached by the browser. It carries its own small stylesheet of classes,
 * with a dark variant, because an image cannot use the page's styles.
 */
export function regionSvg(shapes: RegionShapes, names: (id: string) => string): string {
  const style = [
    '.s{fill:#dfe9f2}.c{fill:#f4f2ea;stroke:#9c9a90;stroke-width:.8}.ca{fill:#e8e1cd}.af{fill:#f1d9c6}',
    '.b{fill:none;stroke:#8a3b12;stroke-width:3.5;stroke-linecap:round}',
    '.l{font:600 13px system-ui,sans-serif;fill:#555550;text-anchor:middle;letter-spacing:.04em;text-transform:uppercase}',
    '@media (prefers-color-scheme:dark){.s{fill:#1b2630}.c{fill:#2a2a26;stroke:#77756c}.ca{fill:#3a3629}.af{fill:#4a3326}.b{stroke:#f0a070}.l{fill:#b3b1a8}}',
  ].join('');
  const inRegion = new Set<string>(shapes.region);
  const cls = (id: string | undefined) => (id === 'afghanistan' ? 'c af' : id && inRegion.has(id) ? 'c ca' : 'c');
  const paths = shapes.countries.map((c) => `<path class="${cls(c.id)}" d="${c.path}"/>`).join('');
  const labels = shapes.countries
    .filter((c) => c.id && c.label)
    .map((c) => `<text class="l" x="${c.label![0]}" y="${c.label![1]}">${escapeHtml(names(c.id!))}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><style>${style}</style><rect class="s" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"/>${paths}<path class="b" d="${shapes.afghanBorders}"/>${labels}</svg>`;
}
