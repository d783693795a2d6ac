import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import {
  COUNTRY_CODES,
  MAP_EXTENT,
  MAP_HEIGHT,
  MAP_WIDTH,
  mapProjection,
  placeLabels,
  projectPoint,
  regionShapes,
  regionSvg,
} from '../../src/views/map/projection.ts';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

/** The states whose borders with Afghanistan the map highlights (the site takes a group's members). */
const CENTRAL_ASIA = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'];

describe('mapProjection and projectPoint', () => {
  const projection = mapProjection();
  test('projects a known coordinate into the viewport', () => {
    // Dushanbe, 38.56° N 68.77° E: inside the view, south-east of the centre.
    const [x, y] = projectPoint(projection, 68.77, 38.56)!;
    expect(x).toBeGreaterThan(MAP_WIDTH / 2);
    expect(x).toBeLessThan(MAP_WIDTH);
    expect(y).toBeGreaterThan(MAP_HEIGHT / 2);
    expect(y).toBeLessThan(MAP_HEIGHT);
  });
  test('keeps west left of east and north above south', () => {
    const tashkent = projectPoint(projection, 69.28, 41.31)!;
    const kabul = projectPoint(projection, 69.18, 34.53)!;
    const ashgabat = projectPoint(projection, 58.38, 37.95)!;
    expect(tashkent[1]).toBeLessThan(kabul[1]);
    expect(ashgabat[0]).toBeLessThan(kabul[0]);
  });
  test('fits the extent to the drawing and leaves out points beyond it', () => {
    const centre = projectPoint(
      projection,
      (MAP_EXTENT.west + MAP_EXTENT.east) / 2,
      (MAP_EXTENT.south + MAP_EXTENT.north) / 2,
    );
    expect(centre).toBeDefined();
    expect(projectPoint(projection, 37.62, 55.76)).toBeUndefined(); // Moscow
    expect(projectPoint(projection, 116.4, 39.9)).toBeUndefined(); // Beijing
  });
});

describe('regionShapes', () => {
  const shapes = regionShapes(topology, CENTRAL_ASIA, mapProjection(), (id) => id);
  test('draws every state the knowledge base knows that lies in view, with its id', () => {
    const ids = shapes.countries.map((c) => c.id).filter(Boolean);
    for (const id of [...CENTRAL_ASIA, 'afghanistan', 'iran', 'pakistan', 'china']) expect(ids).toContain(id);
    expect(Object.keys(COUNTRY_CODES)).toEqual(expect.arrayContaining(ids as string[]));
  });
  test('draws the Afghan border segments as one path', () => {
    expect(shapes.afghanBorders).toMatch(/^M[\d.]+,[\d.]+/);
  });
  test('labels only names that fit inside the view', () => {
    for (const c of shapes.countries.filter((x) => x.labelBox)) {
      const [x1, y1, x2, y2] = c.labelBox!;
      expect(x1).toBeGreaterThanOrEqual(0);
      expect(y1).toBeGreaterThanOrEqual(0);
      expect(x2).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y2).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });
  test('rejects a topology without a country it must draw', () => {
    const broken = structuredClone(topology);
    broken.objects.countries.geometries = broken.objects.countries.geometries.filter(
      (g: { id: string }) => g.id !== '762',
    );
    expect(() => regionShapes(broken, CENTRAL_ASIA)).toThrow('world-atlas has no country 762 (tajikistan)');
  });
});

describe('regionSvg', () => {
  test('is a standalone SVG with classes, a dark variant and escaped names', () => {
    const svg = regionSvg(regionShapes(topology, CENTRAL_ASIA), (id) => (id === 'iran' ? 'Iran & <b>' : id));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 900 620">/);
    expect(svg).toContain('prefers-color-scheme:dark');
    expect(svg).toContain('Iran &amp; &lt;b&gt;');
    expect(svg).not.toContain('style="');
  });
});

describe('placeLabels', () => {
  test('puts a lone label to the right of its point', () => {
    expect(placeLabels([{ at: [100, 100], text: 'Kabul' }])).toEqual([{ x: 106, y: 102 }]);
  });
  test('moves a label away from an obstacle and from an earlier label', () => {
    const [a, b] = placeLabels(
      [
        { at: [100, 100], text: 'Termez' },
        { at: [104, 102], text: 'Hairatan' },
      ],
      [[105, 90, 200, 110]],
    );
    expect(a!.x).toBeLessThan(100); // left, since the right is blocked
    expect(b).not.toEqual(a);
  });
  test('leaves out a label with no free position', () => {
    expect(placeLabels([{ at: [100, 100], text: 'Hidden' }], [[0, 0, MAP_WIDTH, MAP_HEIGHT]])).toEqual([undefined]);
  });
  test('keeps labels inside the edges', () => {
    const [label] = placeLabels([{ at: [MAP_WIDTH - 3, 50], text: 'Edge' }]);
    expect(label!.x + 4 * 6.6).toBeLessThanOrEqual(MAP_WIDTH);
  });
});
