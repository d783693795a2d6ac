import type { APIRoute } from 'astro';
import countries from 'world-atlas/countries-50m.json';
import { knowledgeBase } from '../../data/kb.ts';
import { regionSvg } from '../../views/map/projection.ts';
import { mapView } from '../../views/map/map-view.ts';
import { REGION_GROUP } from '../../config/site.ts';

/** The shared region image behind every locator map. */
export const GET: APIRoute = async () => {
  const kb = await knowledgeBase();
  const map = mapView(kb, countries, REGION_GROUP);
  return new Response(
    regionSvg(map.shapes, (id) => kb.byId.get(id)?.data.title ?? id),
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
};
