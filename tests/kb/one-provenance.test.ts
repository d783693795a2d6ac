/**
 * One provenance per claim, everywhere: every rendering of a claim — on entry pages, in lists of
 * events, on the timeline, in the comparison tables, on the map, in the network's table and in open
 * data (JSON and CSV) — is collected from the view
 * builders, keyed by the claim's identity, and must show the claim's own marker and places (the
 * provenance the index gives it). Shown to fail on seeded violations.
 */
import countries from 'world-atlas/countries-50m.json';
import { describe, expect, test } from 'vitest';
import { ALLIANCE, PATRON, REGION_GROUP, SCENARIOS } from '../../src/config/site.ts';
import { readSnapshot } from '../../src/build/content-files.ts';
import { entryCoreView } from '../../src/views/entry/entry-view.ts';
import type { EntryCoreView } from '../../src/views/entry/types.ts';
import { mapView } from '../../src/views/map/map-view.ts';
import { homeView } from '../../src/views/pages/home.ts';
import { membershipsView } from '../../src/views/pages/memberships.ts';
import { networkPageView } from '../../src/views/pages/network.ts';
import { scenariosView } from '../../src/views/pages/scenarios.ts';
import { stancesView } from '../../src/views/pages/stances.ts';
import { timelineView } from '../../src/views/pages/timeline.ts';
import { ROOT } from '../helpers/site.ts';
import { COLLECTIONS } from '../../src/model/ids.ts';
import { CSV_TABLES, collectionFile, csvRows } from '../../src/views/data/open-data.ts';
import { csvRenderings, mismatches, openDataRenderings, renderingsInView, type Rendering } from './renderings.ts';

const kb = readSnapshot(ROOT).index!;
const pages = kb.entries.map((e) => entryCoreView(kb, e.id));
const pageOf = (id: string) => pages.find((p) => p.id === id)!;

/** The coordinates the map draws, each a context claim shown with its basis. */
function mapRenderings(): Rendering[] {
  const map = mapView(kb, countries, REGION_GROUP);
  return [...map.bases, ...map.places].map((p) => ({
    claim: `${p.id}:coordinates`,
    where: `/map/ ${p.id}`,
    marker: `context "${p.basis}" []`,
  }));
}

/** Every rendering of every claim, from every view builder, by the view it comes from. */
function allRenderings(entryPages: readonly EntryCoreView[] = pages): Map<string, Rendering[]> {
  return new Map([
    ['entry pages', entryPages.flatMap((p) => renderingsInView(p, p.path))],
    ['/', renderingsInView(homeView(kb, { region: REGION_GROUP, alliance: ALLIANCE, patron: PATRON }), '/')],
    ['/memberships/', renderingsInView(membershipsView(kb, REGION_GROUP), '/memberships/')],
    ['/stances/', renderingsInView(stancesView(kb, REGION_GROUP), '/stances/')],
    ['/scenarios/', renderingsInView(scenariosView(kb, SCENARIOS), '/scenarios/')],
    ['/timeline/', renderingsInView(timelineView(kb), '/timeline/')],
    ['/map/', mapRenderings()],
    ['/network/', renderingsInView(networkPageView(kb, { iterations: 1 }).rows, '/network/')],
    [
      'open data (JSON)',
      COLLECTIONS.flatMap((c) => openDataRenderings(kb, collectionFile(kb, c, new URL('https://example.org'), pageOf))),
    ],
    ['open data (CSV)', CSV_TABLES.flatMap((t) => csvRenderings(t, csvRows(kb, t, REGION_GROUP)))],
  ]);
}

describe('one provenance per claim, everywhere', () => {
  const renderings = allRenderings();
  const all = [...renderings.values()].flat();

  test('every rendering of every claim shows the claim’s own marker and places', () => {
    const claims = new Set(all.map((r) => r.claim));
    console.log(`compared ${all.length} renderings of ${claims.size} claims (of ${kb.claims.byKey.size} in all)`);
    // Counted, so a change in the views' shape cannot leave nothing to compare.
    expect(claims.size).toBeGreaterThan(500);
    expect(all.length).toBeGreaterThan(2000);
    for (const [source, list] of renderings) expect(list.length, source).toBeGreaterThan(5);
    expect(mismatches(kb, all)).toEqual([]);
  });

  test('claims shown in more than one place are compared across them', () => {
    const places = new Map<string, Set<string>>();
    for (const r of all) places.set(r.claim, (places.get(r.claim) ?? new Set()).add(r.where.split(' ')[0]!));
    expect([...places.values()].filter((p) => p.size > 1).length).toBeGreaterThan(200);
  });

  test('an event date badged context with an empty basis in an entity’s list of events is caught', () => {
    const russia = entryCoreView(kb, 'russia');
    const harb = russia.events.findIndex((e) => e.link.id === '2021-08-10-trilateral-exercise-harb-maidon');
    const seeded: EntryCoreView = {
      ...russia,
      events: russia.events.map((e, i) =>
        i === harb
          ? { ...e, date: { ...e.date, provenance: { claim: e.date.claim, kind: 'context', basis: '', cite: [] } } }
          : e,
      ),
    };
    expect(mismatches(kb, renderingsInView(seeded, seeded.path))).toEqual([
      expect.stringContaining(
        '2021-08-10-trilateral-exercise-harb-maidon:date is shown as context "" []; the claim is stated [caption]',
      ),
    ]);
  });

  test('a date in a list of events shown with no marker at all is caught', () => {
    const russia = entryCoreView(kb, 'russia');
    const seeded: EntryCoreView = {
      ...russia,
      events: russia.events.map(({ date: { provenance: _omit, ...date }, ...e }) => ({ ...e, date })),
    };
    const found = mismatches(kb, renderingsInView(seeded, seeded.path));
    expect(found.length).toBe(russia.events.length);
    expect(found[0]).toMatch(/ is shown as none; the claim is /);
  });

  test('a date that differs from its item, shown under the item’s marker, is caught', () => {
    const tokayev = entryCoreView(kb, 'central-asian-states');
    const group = tokayev.relations.find((g) => g.items.some((i) => i.period?.kind === 'between'))!;
    const seeded = {
      ...tokayev,
      relations: [
        {
          ...group,
          items: group.items.map((item) =>
            item.period?.kind === 'between'
              ? { ...item, period: { ...item.period, to: { ...item.period.to, provenance: undefined } } }
              : item,
          ),
        },
      ],
    };
    expect(mismatches(kb, renderingsInView(seeded, seeded.path))).toEqual([
      expect.stringContaining(
        'central-asian-states:relations[5].period.to is shown as stated [P1 P9]; the claim is context',
      ),
    ]);
  });

  test('a comparison table showing a claim with other places is caught', () => {
    const stances = stancesView(kb, REGION_GROUP);
    const [row] = stances.rows;
    const cell = row!.cells.findIndex((c) => c.length > 0);
    const seeded = {
      ...stances,
      rows: [
        {
          ...row!,
          cells: row!.cells.map((c, i) =>
            i === cell
              ? c.map((s) => ({ ...s, provenance: { ...s.provenance, cite: s.provenance.cite.slice(1) } }))
              : c,
          ),
        },
      ],
    };
    expect(mismatches(kb, renderingsInView(seeded, '/stances/')).length).toBeGreaterThan(0);
  });

  test('a network table row giving a past period under the relation’s marker alone is caught', () => {
    const rows = networkPageView(kb, { iterations: 1 }).rows;
    const nato = rows.find((r) => r.edge === 'central-asian-states--supports--nato')!;
    const seeded = {
      ...nato,
      claims: nato.claims.map((c) =>
        c.kind === 'relation' && c.period?.kind === 'between'
          ? { ...c, period: { ...c.period, to: { ...c.period.to, provenance: undefined } } }
          : c,
      ),
    };
    expect(mismatches(kb, renderingsInView([seeded], '/network/'))).toEqual([
      expect.stringContaining('central-asian-states:relations[5].period.to is shown as stated [P1 P9]'),
    ]);
  });

  test('open data giving a derived tie other places than the claim is caught', () => {
    const file = collectionFile(kb, 'actors', new URL('https://example.org'), pageOf);
    const seeded = {
      ...file,
      entries: file.entries.map((e) =>
        e.id === 'turkey'
          ? {
              ...e,
              derived: {
                ...e.derived,
                relations: e.derived.relations.map((r) => ({ ...r, relation: { ...r.relation, cite: ['P1'] } })),
              },
            }
          : e,
      ),
    } as typeof file;
    expect(mismatches(kb, openDataRenderings(kb, seeded))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('turkey:relations[0] is shown as stated [P1]; the claim is stated [P13]'),
      ]),
    );
  });

  test('a CSV row that drops a context basis is caught', () => {
    const table = csvRows(kb, 'borders', REGION_GROUP);
    const certainty = table.header.indexOf('certainty');
    const seeded = {
      ...table,
      rows: table.rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (i === certainty ? undefined : c)) })),
    };
    expect(mismatches(kb, csvRenderings('borders', seeded))).toHaveLength(table.rows.length);
  });

  test('a CSV row giving a date read from relative words as if the article stated it is caught', () => {
    const table = csvRows(kb, 'memberships', REGION_GROUP);
    const words = table.header.indexOf('since_resolved_from');
    const seeded = {
      ...table,
      rows: table.rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (i === words ? undefined : c)) })),
    };
    expect(mismatches(kb, csvRenderings('memberships', seeded))).toEqual([
      expect.stringContaining(
        'sco:members[0].history[1].since is shown as stated [P14]; the claim is our reading of "Three years later" [P14]',
      ),
    ]);
  });

  test('a rendering naming no claim of the knowledge base is caught', () => {
    expect(mismatches(kb, [{ claim: 'atlantis:facts[0]', where: 'seeded', marker: 'stated [P1]' }])).toEqual([
      'seeded: shows "atlantis:facts[0]", which is no claim of the knowledge base',
    ]);
  });
});
