import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import { buildIndex, type KbIndex } from '../../src/model/index/kb-index.ts';
import { FULL_LAYOUT_NODES, layoutSteps, seededRandom } from '../../src/network/layout.ts';
import {
  CORE_COLLECTIONS,
  NETWORK_COLLECTIONS,
  NODE_SHAPES,
  RELATION_FAMILIES,
  relationFamily,
} from '../../src/network/legend.ts';
import { localGraphView } from '../../src/network/local-graph.ts';
import { networkView, type NetworkView } from '../../src/network/network.ts';
import { labelLines, symbolPath } from '../../src/network/symbols.ts';
import { networkPageView } from '../../src/views/pages/network.ts';
import { formatNetworkQuery, isFiltered, parseNetworkQuery, selectNetwork } from '../../src/network/filter.ts';
import { DERIVED_LABELS } from '../../src/model/vocab/derived.ts';
import { RELATION_TYPE_NAMES } from '../../src/model/vocab/relations.ts';
import { entry, source, state } from '../helpers/entries.ts';

const cite = { cite: 'P1', certainty: 'stated' } as const;
const kb = buildIndex([
  source(),
  state('tajikistan', { relations: [{ type: 'borders', target: 'afghanistan', ...cite }] }),
  state('afghanistan'),
  state('uzbekistan'),
  state('russia'),
  entry('actors', 'putin', {
    title: 'Vladimir Putin',
    kind: 'person',
    summary: 'x',
    cite: 'P1',
    offices: [{ role: 'President', of: 'russia', ...cite }],
  }),
  entry('actors', 'taliban', {
    title: 'Taliban',
    kind: 'armed-group',
    summary: 'x',
    cite: 'P1',
    relations: [{ type: 'harboured', target: 'imu', period: { to: '2001' }, ...cite }],
  }),
  entry('actors', 'imu', { title: 'IMU', kind: 'armed-group', summary: 'x', cite: 'P2' }),
  entry('organizations', 'csto', {
    title: 'Collective Security Treaty Organization',
    kind: 'alliance',
    summary: 'x',
    cite: 'P3',
    members: [
      { member: 'tajikistan', history: [{ status: 'member', ...cite }] },
      {
        member: 'uzbekistan',
        history: [
          { status: 'member', ...cite },
          { status: 'former', since: '2012', cite: 'P5', certainty: 'stated' },
        ],
      },
      { member: 'afghanistan', history: [{ status: 'observer', cite: 'P3', certainty: 'uncertain' }] },
    ],
  }),
  entry('bases', '201st', {
    title: '201st Military Base',
    kind: 'military-base',
    summary: 'x',
    cite: 'P4',
    status: 'active',
    relations: [
      { type: 'hosts', from: 'tajikistan', ...cite },
      { type: 'operates', from: 'russia', ...cite },
    ],
  }),
  entry('bases', 'southern', {
    title: 'Proposed base',
    kind: 'military-base',
    summary: 'x',
    cite: 'P4',
    status: 'proposed',
    relations: [{ type: 'operates', from: 'russia', cite: 'P4', certainty: 'possible' }],
  }),
  entry('bases', 'k2', {
    title: 'K2',
    kind: 'air-base',
    summary: 'x',
    cite: 'P4',
    status: 'former',
    relations: [{ type: 'hosts', from: 'uzbekistan', ...cite }],
  }),
  entry('places', 'dushanbe', {
    title: 'Dushanbe',
    kind: 'capital',
    summary: 'x',
    cite: 'P1',
    relations: [{ type: 'located-in', target: 'tajikistan', ...cite }],
  }),
  entry('events', 'summit', {
    title: 'Summit',
    kind: 'summit',
    summary: 'x',
    cite: 'P3',
    date: '2021-08-23',
    participants: ['russia', 'tajikistan'],
  }),
  entry('scenarios', 'benign', {
    title: 'Benign',
    kind: 'benign',
    summary: 'x',
    cite: 'P1',
    triggers: [{ text: 'Good.', ...cite }],
  }),
]);

const edge = (view: NetworkView, source: string, type: string, target: string) =>
  view.edges.find((e) => e.source === source && e.type === type && e.target === target);

/** Every relation of the index, seen from its source, as `source type target`. */
function indexRelations(index: KbIndex): string[] {
  const out: string[] = [];
  for (const [id, list] of index.relations)
    for (const r of list) if (r.direction === 'forward') out.push(`${id} ${r.type} ${r.other}`);
  for (const [member, list] of index.memberships)
    for (const m of list) out.push(`${member} member-of ${m.organization}`);
  return out.sort();
}

describe('networkView', () => {
  const view = networkView(kb, { iterations: 120 });

  test('gives identical output for two calls on the same index', () => {
    expect(JSON.stringify(networkView(kb, { iterations: 120 }))).toBe(JSON.stringify(view));
  });

  test('a different seed gives a different layout of the same nodes', () => {
    const other = networkView(kb, { iterations: 120, seed: 7 });
    expect(other.nodes.map((n) => n.id)).toEqual(view.nodes.map((n) => n.id));
    expect(other.nodes.map((n) => [n.x, n.y])).not.toEqual(view.nodes.map((n) => [n.x, n.y]));
  });

  test('draws every relation, membership and office of the index as an edge, and lists none as filtered', () => {
    expect(view.filtered).toEqual([]);
    expect(view.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual(indexRelations(kb));
  });

  test('lists the relations it leaves out when a collection is not drawn, with the reason', () => {
    const core = networkView(kb, { iterations: 20, collections: CORE_COLLECTIONS });
    expect(core.nodes.some((n) => n.collection === 'events' || n.collection === 'places')).toBe(false);
    const drawn = core.edges.map((e) => `${e.source} ${e.type} ${e.target}`);
    const left = core.filtered.map((f) => `${f.source} ${f.type} ${f.target}`);
    expect([...drawn, ...left].sort()).toEqual(indexRelations(kb));
    expect(core.filtered).toContainEqual({
      source: 'dushanbe',
      target: 'tajikistan',
      type: 'located-in',
      reason: 'dushanbe (places) not drawn',
    });
  });

  test('every edge end is a node, and ids of edges are unique', () => {
    const ids = new Set(view.nodes.map((n) => n.id));
    for (const e of view.edges) expect([ids.has(e.source), ids.has(e.target)]).toEqual([true, true]);
    expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
  });

  test('leaves out scenarios and sources, and places nodes inside the frame at rounded positions', () => {
    expect(view.nodes.map((n) => n.id)).not.toContain('benign');
    expect(view.nodes.map((n) => n.id)).not.toContain('central-asias-taliban-surprise');
    for (const n of view.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(view.width);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(view.height);
      expect(Math.round(n.x * 10)).toBe(n.x * 10);
    }
    const [bx, by, bw, bh] = view.coreBox;
    for (const n of view.nodes.filter((m) => m.core))
      expect(n.x > bx && n.x < bx + bw && n.y > by && n.y < by + bh).toBe(true);
  });

  test('marks a "possible" relation, an ended period, a former membership and a former base', () => {
    expect(edge(view, 'russia', 'operates', 'southern')).toMatchObject({ certainty: 'possible', ended: false });
    expect(edge(view, 'russia', 'operates', 'southern')!.className).toContain('net-certainty--possible');
    expect(edge(view, 'taliban', 'harboured', 'imu')).toMatchObject({ ended: true });
    // The edge names the claims it shows; the network page's table gives their periods and markers.
    expect(edge(view, 'uzbekistan', 'member-of', 'csto')).toMatchObject({ ended: true, label: 'former member of' });
    expect(edge(view, 'uzbekistan', 'member-of', 'csto')!.statedBy).toHaveLength(2);
    expect(edge(view, 'tajikistan', 'member-of', 'csto')).toMatchObject({ ended: false, label: 'member of' });
    expect(edge(view, 'afghanistan', 'member-of', 'csto')).toMatchObject({
      certainty: 'uncertain',
      label: 'observer of',
    });
    expect(edge(view, 'uzbekistan', 'hosts', 'k2')).toMatchObject({ ended: true });
    expect(edge(view, 'uzbekistan', 'hosts', 'k2')!.className).toContain('net-edge--ended');
    expect(view.nodes.find((n) => n.id === 'k2')).toMatchObject({ ended: true });
    expect(edge(view, 'tajikistan', 'hosts', '201st')).toMatchObject({
      ended: false,
      certainty: 'stated',
      derivedFrom: undefined,
    });
  });

  test('marks edges derived from participants, memberships and offices, and not written ones', () => {
    expect(edge(view, 'russia', 'participated-in', 'summit')).toMatchObject({
      derivedFrom: 'participants',
      label: 'took part in',
    });
    expect(edge(view, 'tajikistan', 'member-of', 'csto')!.derivedFrom).toBe('memberships');
    expect(edge(view, 'putin', 'leads', 'russia')).toMatchObject({ derivedFrom: 'offices', label: 'President of' });
    expect(edge(view, 'tajikistan', 'borders', 'afghanistan')).toMatchObject({
      derivedFrom: undefined,
      directed: false,
    });
    expect(view.edges.filter((e) => e.derivedFrom).every((e) => e.className.includes('net-edge--derived'))).toBe(true);
  });

  test('has a table row per edge with links, period and each claim behind it with its own marker', () => {
    const page = networkPageView(kb);
    expect(page.rows).toHaveLength(view.edges.length);
    const row = page.rows.find((r) => r.edge === edge(view, 'uzbekistan', 'member-of', 'csto')!.id)!;
    expect(row).toMatchObject({
      source: { title: 'Uzbekistan', path: '/actors/uzbekistan/' },
      label: 'former member of',
      target: { title: 'Collective Security Treaty Organization', path: '/organizations/csto/' },
      derived: DERIVED_LABELS.memberships,
      ended: true,
    });
    // Each status of the membership keeps its own marker and places.
    expect(row.claims).toMatchObject([
      { kind: 'status', status: 'member', provenance: { certainty: 'stated', cite: [{ label: '¶1' }] } },
      { kind: 'status', status: 'former member', since: { text: '2012' }, provenance: { cite: [{ label: '¶5' }] } },
    ]);
    const harboured = page.rows.find((r) => r.edge === edge(view, 'taliban', 'harboured', 'imu')!.id)!;
    expect(harboured.claims).toMatchObject([
      { kind: 'relation', period: { kind: 'until', to: { text: '2001' } }, provenance: { kind: 'article' } },
    ]);
    const sources = page.rows.map((r) => r.source.title);
    expect(sources).toEqual([...sources].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('shapes and classes nodes by collection and kind, core collections first', () => {
    const taliban = view.nodes.find((n) => n.id === 'taliban')!;
    expect(taliban).toMatchObject({ shape: 'circle', core: true, kindLabel: 'Armed group', path: '/actors/taliban/' });
    expect(taliban.className).toBe('net-node net-node--actors net-kind--armed-group');
    expect(view.nodes.find((n) => n.id === 'dushanbe')).toMatchObject({ shape: 'diamond', core: false });
    expect(view.collections.map((c) => c.collection)).toEqual(['actors', 'organizations', 'bases', 'places', 'events']);
    expect(view.relationTypes.map((t) => t.type)).toEqual([
      'member-of',
      'hosts',
      'operates',
      'borders',
      'leads',
      'harboured',
      'participated-in',
      'located-in',
    ]);
  });
});

describe('networkView on the knowledge base', () => {
  const { entries } = readSnapshot(join(import.meta.dirname, '../..'));
  const index = buildIndex(entries);
  const view = networkView(index);

  test('draws every relation of the index, deterministically', () => {
    expect(view.filtered).toEqual([]);
    expect(view.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual(indexRelations(index));
    expect(JSON.stringify(networkView(index))).toBe(JSON.stringify(view));
  });

  test('no two nodes of the default picture share a position', () => {
    const core = view.nodes.filter((n) => n.core);
    for (const a of core)
      for (const b of core) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(16);
  });
});

describe('layoutSteps', () => {
  test('every step up to the full-layout size, then fewer in proportion, never under 25', () => {
    expect(layoutSteps(FULL_LAYOUT_NODES, 300)).toBe(300);
    expect(layoutSteps(80, 300)).toBe(300);
    expect(layoutSteps(2 * FULL_LAYOUT_NODES, 300)).toBe(150);
    expect(layoutSteps(100_000, 300)).toBe(25);
    // The work (steps × nodes) stops growing once the floor is not reached.
    expect(layoutSteps(1000, 300) * 1000).toBeCloseTo(layoutSteps(1500, 300) * 1500, -2);
  });

  test('a graph past the full-layout size is still laid out, the same way each time, every node placed', () => {
    const states = Array.from({ length: FULL_LAYOUT_NODES + 20 }, (_, i) =>
      entry('actors', `state-${i}`, { title: `State ${i}`, kind: 'state', summary: 'A state.', cite: 'P1' }),
    );
    const big = buildIndex([source(), ...states]);
    const layout = (v: NetworkView) => v.nodes.map((n) => [n.id, n.x, n.y]);
    // Few steps asked for keep the test quick; past the full-layout size they are cut all the same.
    const once = networkView(big, { iterations: 60 });
    expect(layoutSteps(once.nodes.length, 60)).toBeLessThan(60);
    expect(once.nodes).toHaveLength(FULL_LAYOUT_NODES + 20);
    expect(once.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(layout(networkView(big, { iterations: 60 }))).toEqual(layout(once));
  });
});

describe('relationFamily', () => {
  test('puts every relation type in exactly one family of the legend', () => {
    for (const type of RELATION_TYPE_NAMES) {
      expect(RELATION_FAMILIES.filter((f) => (f.types as readonly string[]).includes(type))).toHaveLength(1);
      expect(relationFamily(type)).toBeTruthy();
    }
    expect(relationFamily('hosts')).toBe('military');
  });

  test('names the type it cannot place', () => {
    expect(() => relationFamily('teleports' as never)).toThrow('relation type "teleports" belongs to no family');
  });
});

describe('seededRandom', () => {
  test('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(values[0]);
  });
});

describe('labelLines', () => {
  test.each([
    ['Russia', ['Russia']],
    ['Collective Security Treaty Organization', ['Collective Security', 'Treaty Organization']],
    ['Proposed Russian base in southern Kyrgyzstan', ['Proposed Russian base', 'in southern Kyrgyzstan']],
    ['Hairatan–Mazar-i-Sharif-railway-without-spaces', ['Hairatan–Mazar-i-Sharif-railway-without-spaces']],
  ])('breaks %s at spaces into lines of at most 22 characters', (title, lines) => {
    expect(labelLines(title)).toEqual(lines);
  });
});

describe('symbolPath', () => {
  test('draws each shape as closed path data around its centre', () => {
    for (const shape of Object.values(NODE_SHAPES)) expect(symbolPath(shape, 50, 50, 8)).toMatch(/^M[\d. -]+.*Z$/);
    expect(symbolPath('diamond', 10, 10, 5)).toBe('M10 5L15 10L10 15L5 10Z');
    expect(NETWORK_COLLECTIONS.every((c) => NODE_SHAPES[c])).toBe(true);
  });
});

describe('localGraphView', () => {
  test('shows the entry and each direct neighbour once per tie, grouped by how it relates', () => {
    const local = localGraphView(kb, 'tajikistan')!;
    expect(local.neighbours.map((n) => `${n.label}: ${n.id}`)).toEqual([
      'borders: afghanistan',
      'hosts: 201st',
      'location of: dushanbe',
      'member of: csto',
      'took part in: summit',
    ]);
    expect(local.groups.map((g) => g.label)).toEqual(['borders', 'hosts', 'location of', 'member of', 'took part in']);
    expect(local.focusHref).toBe('/network/?focus=tajikistan');
    expect(local.neighbours[0]).toMatchObject({ path: '/actors/afghanistan/', title: 'Afghanistan' });
  });

  test('reads ties from the other side too: members, office holders, ended and uncertain ties', () => {
    const csto = localGraphView(kb, 'csto')!;
    expect(csto.neighbours.map((n) => [n.label, n.id, n.ended, n.certainty, n.derived])).toEqual([
      ['has former member', 'uzbekistan', true, 'stated', true],
      ['has member', 'tajikistan', false, 'stated', true],
      ['has observer', 'afghanistan', false, 'uncertain', true],
    ]);
    expect(csto.neighbours[2]!.edgeClassName).toContain('net-certainty--uncertain');
    const russia = localGraphView(kb, 'russia')!;
    expect(russia.neighbours.find((n) => n.id === 'putin')).toMatchObject({ label: 'President', derived: true });
    expect(russia.neighbours.find((n) => n.id === 'southern')!.edgeClassName).toContain('net-certainty--possible');
  });

  test('is the same on every call and keeps neighbours inside its frame', () => {
    const local = localGraphView(kb, 'russia')!;
    expect(localGraphView(kb, 'russia')).toEqual(local);
    for (const n of local.neighbours) expect(n.y).toBeLessThan(local.height);
    expect(local.width).toBeGreaterThan(local.neighbours[0]!.x);
  });

  test('gives nothing for an entry without ties or outside the network, and refuses an unknown id', () => {
    expect(localGraphView(kb, 'benign')).toBeUndefined();
    expect(localGraphView(kb, 'central-asias-taliban-surprise')).toBeUndefined();
    expect(() => localGraphView(kb, 'atlantis')).toThrow('no entry "atlantis"');
  });
});

describe('parseNetworkQuery and formatNetworkQuery', () => {
  test('read repeated and comma-separated values once each, and write them back in a fixed order', () => {
    const query = parseNetworkQuery('?rel=member-of&rel=hosts,member-of&collection=events&focus=russia');
    expect(query).toEqual({ rel: ['member-of', 'hosts'], collection: ['events'], focus: 'russia' });
    expect(formatNetworkQuery(query)).toBe('?rel=member-of&rel=hosts&collection=events&focus=russia');
    expect(parseNetworkQuery('')).toEqual({ rel: [], collection: [], focus: undefined });
    expect(formatNetworkQuery(parseNetworkQuery(''))).toBe('');
  });
});

describe('isFiltered', () => {
  test('is false only for an empty query', () => {
    expect(isFiltered(parseNetworkQuery(''))).toBe(false);
    expect(isFiltered(parseNetworkQuery('?focus=russia'))).toBe(true);
    expect(isFiltered(parseNetworkQuery('?rel=hosts'))).toBe(true);
  });
});

describe('selectNetwork', () => {
  const view = networkView(kb, { iterations: 20 });
  const select = (search: string) => selectNetwork(view, parseNetworkQuery(search));
  const holds = (s: ReturnType<typeof select>) =>
    view.edges.filter((e) => s.edges.has(e.id)).every((e) => s.nodes.has(e.source) && s.nodes.has(e.target));

  test('shows the core collections and their edges when nothing is filtered', () => {
    const s = select('');
    expect([...s.nodes].sort()).toEqual(
      view.nodes
        .filter((n) => n.core)
        .map((n) => n.id)
        .sort(),
    );
    expect(s.edges.size).toBe(view.edges.filter((e) => e.core).length);
    expect(holds(s)).toBe(true);
  });

  test('keeps only the given relation types and the nodes on them', () => {
    const s = select('?rel=hosts&rel=operates');
    expect([...s.nodes].sort()).toEqual(['201st', 'k2', 'russia', 'southern', 'tajikistan', 'uzbekistan']);
    expect(view.edges.filter((e) => s.edges.has(e.id)).every((e) => e.type === 'hosts' || e.type === 'operates')).toBe(
      true,
    );
    expect(holds(s)).toBe(true);
  });

  test('adds collections through the filter', () => {
    const s = select('?collection=actors&collection=events');
    expect(s.nodes.has('summit')).toBe(true);
    expect(s.nodes.has('csto')).toBe(false);
    expect(holds(s)).toBe(true);
  });

  test('around a focus shows the entry and its direct neighbours in every collection', () => {
    const s = select('?focus=tajikistan');
    expect([...s.nodes].sort()).toEqual(['201st', 'afghanistan', 'csto', 'dushanbe', 'summit', 'tajikistan']);
    expect(holds(s)).toBe(true);
    expect([...select('?focus=tajikistan&rel=hosts').nodes].sort()).toEqual(['201st', 'tajikistan']);
  });

  test('reports and ignores unknown values', () => {
    const s = select('?rel=teleports&collection=moons&focus=atlantis');
    expect(s.problems).toEqual([
      'unknown relation type "teleports"',
      'unknown collection "moons"',
      'no entry "atlantis" in the network',
    ]);
    expect(s.nodes).toEqual(select('').nodes);
  });
});
