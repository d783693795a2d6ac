/**
 * Everything the region map draws, assembled from the index and the Natural Earth shapes:
 * countries, the Afghan border segments, bases by status, places, and infrastructure routes, each
 * with the accessible name its link carries.
 */
import type { KbEntry } from '../../model/entries.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { entryPath } from '../../model/ids.ts';
import { kindLabel } from '../../model/vocab/kinds.ts';
import { STATUS_LABELS } from '../../model/vocab/labels.ts';
import type { GeoProjection } from 'd3-geo';
import { mapProjection, placeLabels, projectPoint, regionShapes, type RegionShapes } from './projection.ts';
import type { BaseStatus } from '../../model/schemas/collections.ts';

interface MapPoint {
  id: string;
  title: string;
  path: string;
  /** Where it is drawn, or `undefined` when it lies outside the view. */
  at: [number, number] | undefined;
  /** The basis of its coordinates (they are context, never from the article). */
  basis: string;
}

export interface MapData {
  shapes: RegionShapes;
  /** Country names drawn on the map. */
  countryLabels: { x: number; y: number; text: string }[];
  bases: (MapPoint & { status: BaseStatus; kind: string; ariaLabel: string })[];
  /** The bases grouped by status, for the legend and the text alternative; empty groups dropped. */
  basesByStatus: { status: BaseStatus; label: string; bases: (MapPoint & { status: BaseStatus })[] }[];
  places: (MapPoint & { kind: string; ariaLabel: string; label: { x: number; y: number } | undefined })[];
  /** Regions the map does not mark as points (they are areas, not places). */
  regions: { id: string; title: string; path: string }[];
  /** Entries with no coordinates, listed in the text alternative instead. */
  unplaced: { id: string; title: string; path: string }[];
  routes: {
    id: string;
    title: string;
    path: string;
    kind: string;
    ariaLabel: string;
    line: string;
    schematic: boolean;
  }[];
}

const BASE_STATUSES: readonly BaseStatus[] = ['active', 'proposed', 'former'];

/**
 * The region map's data. `topology` is the world-atlas countries file; the members of the `region`
 * group of states are tinted, and their borders with Afghanistan highlighted.
 */
export function mapView(kb: KbIndex, topology: unknown, region: string): MapData {
  const projection = mapProjection();
  const states = [...(kb.groupMembers.get(region) ?? [])];
  const shapes = regionShapes(topology, states, projection, (id) => kb.byId.get(id)?.data.title ?? id);
  const { bases, places, regions, unplaced } = mapPoints(kb, projection);
  const countryLabels = shapes.countries.flatMap((c) =>
    c.id && c.label ? [{ x: c.label[0], y: c.label[1], text: kb.byId.get(c.id)?.data.title ?? c.id }] : [],
  );
  const basesByStatus = BASE_STATUSES.map((status) => ({
    status,
    label: STATUS_LABELS.bases[status],
    bases: bases.filter((b) => b.status === status),
  })).filter((g) => g.bases.length > 0);
  return {
    shapes,
    countryLabels,
    bases,
    basesByStatus,
    places: labelPlaces(places, shapes, bases),
    regions,
    unplaced,
    routes: mapRoutes(kb, projection, new Map(shapes.countries.filter((c) => c.id).map((c) => [c.id!, c.label]))),
  };
}

type UnlabelledPlace = Omit<MapData['places'][number], 'label'>;

/** Bases and places as points; regions (areas) and entries without coordinates apart. */
function mapPoints(
  kb: KbIndex,
  projection: GeoProjection,
): Pick<MapData, 'bases' | 'regions' | 'unplaced'> & { places: UnlabelledPlace[] } {
  const point = (e: KbEntry<'bases'> | KbEntry<'places'>): MapPoint | undefined => {
    const c = e.data.coordinates;
    if (!c) return undefined;
    return {
      id: e.id,
      title: e.data.title,
      path: entryPath(e.collection, e.id),
      at: projectPoint(projection, c.lon, c.lat),
      basis: c.context,
    };
  };
  const bases: MapData['bases'] = [];
  const places: UnlabelledPlace[] = [];
  const unplaced: MapData['unplaced'] = [];
  const regions: MapData['regions'] = [];
  for (const e of kb.entries) {
    if (e.collection !== 'bases' && e.collection !== 'places') continue;
    if (e.collection === 'places' && e.data.kind === 'region') {
      regions.push({ id: e.id, title: e.data.title, path: entryPath('places', e.id) });
      continue;
    }
    const p = point(e);
    if (!p) unplaced.push({ id: e.id, title: e.data.title, path: entryPath(e.collection, e.id) });
    else if (e.collection === 'bases')
      bases.push({
        ...p,
        status: e.data.status,
        kind: e.data.kind,
        ariaLabel: `${p.title} (${STATUS_LABELS.bases[e.data.status].toLowerCase()})`,
      });
    else
      places.push({
        ...p,
        kind: e.data.kind,
        ariaLabel: `${p.title} (${kindLabel('places', e.data.kind).toLowerCase()})`,
      });
  }
  return { bases, places, regions, unplaced };
}

/**
 * Places with their labels, clear of each other, of country names and of base markers. Capitals get
 * first pick of label positions, then cities, crossings and provinces.
 */
function labelPlaces(places: UnlabelledPlace[], shapes: RegionShapes, bases: MapData['bases']): MapData['places'] {
  const rank = (kind: string) => ['capital', 'city', 'border-crossing', 'province'].indexOf(kind);
  places.sort((a, b) => rank(a.kind) - rank(b.kind) || a.title.localeCompare(b.title));
  const shown = places.filter((p) => p.at);
  // Country names and base markers are obstacles the place labels keep clear of.
  const obstacles = [
    ...shapes.countries.flatMap((c) => (c.labelBox ? [c.labelBox] : [])),
    ...bases.flatMap((b): [number, number, number, number][] =>
      b.at ? [[b.at[0] - 7, b.at[1] - 7, b.at[0] + 7, b.at[1] + 7]] : [],
    ),
  ];
  const boxes = placeLabels(
    shown.map((p) => ({ at: p.at!, text: p.title })),
    obstacles,
  );
  return places.map((p) => {
    const i = shown.indexOf(p);
    return { ...p, label: i >= 0 ? boxes[i] : undefined };
  });
}

/**
 * Infrastructure routes as lines through their stops. A state on a route is drawn at its label
 * point (`labelOf`): the line is then only schematic.
 */
function mapRoutes(
  kb: KbIndex,
  projection: GeoProjection,
  labelOf: ReadonlyMap<string, [number, number] | undefined>,
): MapData['routes'] {
  const routes: MapData['routes'] = [];
  for (const e of kb.entries) {
    if (e.collection !== 'infrastructure' || !e.data.route) continue;
    let schematic = false;
    const points = e.data.route.via.flatMap((id): [number, number][] => {
      const stop = kb.byId.get(id);
      if (stop?.collection === 'places' && stop.data.coordinates) {
        const at = projectPoint(projection, stop.data.coordinates.lon, stop.data.coordinates.lat);
        return at ? [at] : [];
      }
      schematic = true;
      const label = labelOf.get(id);
      return label ? [label] : [];
    });
    if (points.length >= 2) {
      routes.push({
        id: e.id,
        title: e.data.title,
        path: entryPath('infrastructure', e.id),
        kind: e.data.kind,
        ariaLabel: `${e.data.title} (${kindLabel('infrastructure', e.data.kind).toLowerCase()}${schematic ? ', drawn schematically' : ''})`,
        line: points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(''),
        schematic,
      });
    }
  }
  return routes;
}
