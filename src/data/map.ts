/**
 * Everything the region map draws, assembled once from the knowledge base and the Natural Earth
 * shapes: countries, the Afghan border segments, bases by status, places, and infrastructure routes.
 */
import countries50m from 'world-atlas/countries-50m.json';
import type { KbEntry } from '../lib/entries.ts';
import { entryPath } from '../lib/ids.ts';
import { mapProjection, placeLabels, projectPoint, regionShapes, type RegionShapes } from '../lib/map.ts';
import type { BaseStatus } from '../schemas/collections.ts';
import { knowledgeBase } from './kb.ts';

export interface MapPoint {
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
  bases: (MapPoint & { status: BaseStatus; kind: string })[];
  places: (MapPoint & { kind: string; label: { x: number; y: number } | undefined })[];
  /** Regions the map does not mark as points (they are areas, not places). */
  regions: { id: string; title: string; path: string }[];
  /** Entries with no coordinates, listed in the text alternative instead. */
  unplaced: { id: string; title: string; path: string }[];
  routes: { id: string; title: string; path: string; kind: string; points: [number, number][]; schematic: boolean }[];
}

let cached: Promise<MapData> | undefined;

async function build(): Promise<MapData> {
  const kb = await knowledgeBase();
  const projection = mapProjection();
  const shapes = regionShapes(countries50m, projection, (id) => kb.byId.get(id)?.data.title ?? id);
  const labelOf = new Map(shapes.countries.filter((c) => c.id).map((c) => [c.id!, c.label]));
  const point = (e: KbEntry<'bases'> | KbEntry<'places'>): MapPoint | undefined => {
    const c = e.data.coordinates;
    if (!c) return undefined;
    return { id: e.id, title: e.data.title, path: entryPath(e.collection, e.id), at: projectPoint(projection, c.lon, c.lat), basis: c.context };
  };
  const bases: MapData['bases'] = [];
  const places: Omit<MapData['places'][number], 'label'>[] = [];
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
    else if (e.collection === 'bases') bases.push({ ...p, status: e.data.status, kind: e.data.kind });
    else places.push({ ...p, kind: e.data.kind });
  }
  // Capitals get first pick of label positions, then cities, crossings and provinces.
  const rank = (kind: string) => ['capital', 'city', 'border-crossing', 'province'].indexOf(kind);
  places.sort((a, b) => rank(a.kind) - rank(b.kind) || a.title.localeCompare(b.title));
  const shown = places.filter((p) => p.at);
  // Country names and base markers are obstacles the place labels keep clear of.
  const obstacles = [
    ...shapes.countries.flatMap((c) => (c.labelBox ? [c.labelBox] : [])),
    ...bases.flatMap((b): [number, number, number, number][] => (b.at ? [[b.at[0] - 7, b.at[1] - 7, b.at[0] + 7, b.at[1] + 7]] : [])),
  ];
  const boxes = placeLabels(shown.map((p) => ({ at: p.at!, text: p.title })), obstacles);
  const labelled = places.map((p) => {
    const i = shown.indexOf(p);
    return { ...p, label: i >= 0 ? boxes[i] : undefined };
  });
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
      // A state on a route is drawn at its label point: the line is then only schematic.
      schematic = true;
      const label = labelOf.get(id);
      return label ? [label] : [];
    });
    if (points.length >= 2) routes.push({ id: e.id, title: e.data.title, path: entryPath('infrastructure', e.id), kind: e.data.kind, points, schematic });
  }
  return { shapes, bases, places: labelled, regions, unplaced, routes };
}

/** The map's data, built once per build. */
export function mapData(): Promise<MapData> {
  cached ??= build();
  return cached;
}
