import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../data/kb.ts';
import { mapData } from '../../data/map.ts';
import { regionSvg } from '../../lib/map.ts';

/** The shared region image behind every locator map. */
export const GET: APIRoute = async () => {
  const [kb, map] = await Promise.all([knowledgeBase(), mapData()]);
  return new Response(regionSvg(map.shapes, (id) => kb.byId.get(id)?.data.title ?? id), { headers: { 'Content-Type': 'image/svg+xml' } });
};
