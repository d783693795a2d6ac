/**
 * The view builders behind every page, on a small readable knowledge base: what each page shows,
 * already scoped, ordered and labelled.
 */
import { mdxToJs } from 'satteri';
import countries from 'world-atlas/countries-50m.json';
import { describe, expect, test } from 'vitest';
import { ALLIANCE, PATRON, REGION_GROUP, SCENARIOS } from '../../src/config/site.ts';
import { bodyLinksPlugin } from '../../src/build/body-links.ts';
import type { AnyEntry, KbEntry } from '../../src/model/entries.ts';
import { entryCoreView, entryView } from '../../src/views/entry/entry-view.ts';
import { orderEvents } from '../../src/model/event-order.ts';
import { buildIndex } from '../../src/model/index/kb-index.ts';
import { collectionPageJsonLd, homeJsonLd, webPageJsonLd } from '../../src/citations/jsonld.ts';
import { mapView } from '../../src/views/map/map-view.ts';
import { collectionFile, csvTable, dataIndex } from '../../src/views/data/open-data.ts';
import { aboutView } from '../../src/views/pages/about.ts';
import { sourceCredit } from '../../src/views/pages/credit.ts';
import { homeView } from '../../src/views/pages/home.ts';
import { listView } from '../../src/views/pages/list.ts';
import { membershipsView } from '../../src/views/pages/memberships.ts';
import { notFoundView } from '../../src/views/pages/not-found.ts';
import { previewData } from '../../src/views/pages/previews.ts';
import { scenariosView } from '../../src/views/pages/scenarios.ts';
import { sourceView } from '../../src/views/pages/source.ts';
import { stancesView } from '../../src/views/pages/stances.ts';
import { timelineView } from '../../src/views/pages/timeline.ts';
import { dateProvenance, provenanceOf } from '../../src/model/provenance.ts';
import { Viewer } from '../../src/views/parts/viewer.ts';
import { entry, source, state } from '../helpers/entries.ts';

/** The home page's presence table of this knowledge base. */
const PRESENCE = { region: REGION_GROUP, alliance: ALLIANCE, patron: PATRON };
const cite = { cite: 'P1', certainty: 'stated' } as const;
const kb = buildIndex([
  source(),
  state('tajikistan', {
    facts: [{ key: 'afghan-border', quantity: { value: 1300, unit: 'km', qualifier: 'exact' }, ...cite }],
    stances: [{ topic: 'taliban-engagement', position: 'none', ...cite }],
  }),
  state('kyrgyzstan'),
  state('turkmenistan'),
  state('russia', {
    statements: [
      {
        id: 'putin-warns',
        act: 'warned',
        about: ['tajikistan'],
        summary: 'Keep refugees out.',
        cite: 'P4',
        certainty: 'stated',
        attributedTo: 'russia',
      },
    ],
  }),
  entry('actors', 'central-asian-states', {
    title: 'Central Asian states',
    kind: 'state-group',
    summary: 'x',
    cite: 'P1',
    relations: ['tajikistan', 'kyrgyzstan', 'turkmenistan'].map((from) => ({
      type: 'member-of' as const,
      from,
      ...cite,
    })),
    stances: [
      { topic: 'reliance-on-russia', position: 'relies', appliesTo: ['kyrgyzstan', 'tajikistan'], ...cite },
      {
        topic: 'taliban-engagement',
        position: 'open-conditional',
        condition: 'the Taliban drop terrorism',
        cite: 'P1',
        certainty: 'likely',
      },
    ],
  }),
  entry('organizations', 'csto', {
    title: 'Collective Security Treaty Organization',
    kind: 'alliance',
    summary: 'x',
    cite: 'P3',
    aliases: ['CSTO'],
    members: [
      { member: 'tajikistan', history: [{ status: 'member', ...cite }] },
      { member: 'kyrgyzstan', history: [{ status: 'member', since: '1994', context: 'Founding member.' }] },
    ],
  }),
  entry('places', 'nur-sultan', {
    title: 'Nur-Sultan',
    kind: 'capital',
    summary: 'Capital.',
    cite: 'P1',
    coordinates: { lat: 51.17, lon: 71.43, context: 'Approximate city centre.' },
    laterNames: [{ name: 'Astana', from: '2022-09', context: 'Renamed in September 2022.' }],
  }),
  entry(
    'bases',
    '201st',
    {
      title: '201st Military Base',
      kind: 'military-base',
      summary: 'x',
      cite: 'P4',
      status: 'active',
      coordinates: { lat: 38.56, lon: 68.77, context: 'Approximate.' },
      facts: [
        { key: 'status', text: 'In use by Russian forces.', cite: 'P4', certainty: 'stated' },
        {
          key: 'troops',
          quantity: { value: 7000, unit: 'troops', qualifier: 'approx' },
          cite: 'P4',
          certainty: 'stated',
        },
      ],
      relations: [
        { type: 'hosts', from: 'tajikistan', cite: 'P4', certainty: 'stated' },
        { type: 'operates', from: 'russia', period: { from: '1990s', to: '1990s' }, cite: 'P1', certainty: 'stated' },
      ],
    },
    'A base in <Ref id="tajikistan" /> <Cite p="P5" />.',
  ),
  entry('infrastructure', 'rail', {
    title: 'Railway',
    kind: 'railway',
    summary: 'x',
    cite: 'P5',
    status: 'extension-agreed',
    route: { via: ['tajikistan', 'nur-sultan'], cite: 'P5', certainty: 'stated' },
  }),
  entry('events', 'e-kabul', {
    title: 'Kabul falls',
    kind: 'political-change',
    summary: 'x',
    cite: 'P1',
    date: { value: '2021-08-15', context: 'Well established.' },
    participants: ['russia'],
  }),
  entry('events', 'e-alert', {
    title: 'Alert',
    kind: 'policy',
    summary: 'x',
    cite: 'P2',
    date: '2021-08',
    after: ['e-kabul'],
    participants: ['tajikistan'],
  }),
  entry('events', 'e-drill', {
    title: 'Drill',
    kind: 'exercise',
    summary: 'x',
    cite: ['P5', 'caption'],
    date: { value: '2021-08', qualifier: 'early', cite: 'P5' },
    participants: ['tajikistan'],
  }),
  entry('scenarios', 'benign', {
    title: 'Benign',
    kind: 'benign',
    summary: 'x',
    cite: 'P1',
    triggers: [{ text: 'Good.', ...cite }],
    roles: [{ actor: 'csto', text: 'Watch.', ...cite }],
  }),
  entry('scenarios', 'malign', {
    title: 'Malign',
    kind: 'malign',
    summary: 'x',
    cite: 'P1',
    triggers: [{ text: 'Bad.', ...cite }],
    responses: [
      { actor: 'russia', options: ['Aid.', 'Intervene.'], alternatives: true, cite: 'P2', certainty: 'possible' },
    ],
  }),
]);
const SITE = 'https://example.org';

describe('Viewer', () => {
  const v = new Viewer(kb);
  test('builds links, and refuses an unknown id', () => {
    expect(v.link('csto')).toEqual({
      id: 'csto',
      title: 'Collective Security Treaty Organization',
      path: '/organizations/csto/',
    });
    expect(() => v.link('atlantis')).toThrow('view: unknown entry "atlantis"');
  });
  const russia = kb.byId.get('russia') as KbEntry<'actors'>;
  const kyrgyzCsto = (kb.byId.get('csto') as KbEntry<'organizations'>).data.members[1]!.history[0]!;
  const event = (id: string) => (kb.byId.get(id) as KbEntry<'events'>).data;
  test('gives a claim its one marker: the article with certainty and attribution, or context with its basis', () => {
    expect(v.provenance(russia.data.statements[0]!)).toMatchObject({
      claim: 'russia:statements[0]',
      kind: 'article',
      certainty: 'stated',
      label: 'stated',
      attributedTo: { id: 'russia' },
      cite: [{ label: '¶4' }],
    });
    expect(v.provenance(kyrgyzCsto)).toEqual({
      claim: 'csto:members[1].history[0]',
      kind: 'context',
      basis: 'Founding member.',
      cite: [],
    });
  });
  test('refuses a marker or a date for anything that is not a claim of the knowledge base', () => {
    expect(() => v.provenance({ cite: ['P5'], certainty: 'stated' })).toThrow('not a claim of the knowledge base');
    expect(() => v.date({ value: '2021-08-23' })).toThrow('a date that is not a claim of the knowledge base');
  });
  test("gives a date its own marker only where it differs from its item's, and always when shown alone", () => {
    expect(v.date(event('e-alert').date)).toEqual({ text: 'August 2021', datetime: '2021-08', claim: 'e-alert:date' });
    expect(v.datedClaim(event('e-alert').date).provenance).toMatchObject({ kind: 'article', cite: [{ place: 'P2' }] });
    expect(v.date(event('e-drill').date).provenance).toMatchObject({ kind: 'article', cite: [{ place: 'P5' }] });
    expect(v.date(event('e-kabul').date).provenance).toMatchObject({ kind: 'context', basis: 'Well established.' });
  });
  test('shows a period whose ends are the same date once', () => {
    const [hosts, operates] = (kb.byId.get('201st') as KbEntry<'bases'>).data.relations;
    expect(v.period(operates!.period)).toMatchObject({ kind: 'at', date: { text: '1990s' } });
    expect(v.period(hosts!.period)).toBeUndefined();
  });
  test('reads a quantity with its reference place', () => {
    expect(v.quantity({ value: 10, unit: 'km', qualifier: 'exact', direction: 'west' }, 'nur-sultan')).toMatchObject({
      text: '10 km west of',
      joiner: ' ',
      reference: { id: 'nur-sultan' },
    });
  });
  test('records every place it cites, in reading order', () => {
    const fresh = new Viewer(kb);
    fresh.provenance(russia.data.statements[0]!);
    fresh.cites(['caption', 'P2']);
    expect(fresh.cited()).toEqual(['P2', 'P4', 'caption']);
  });
});

describe('provenanceOf and dateProvenance', () => {
  test('refuse an item from the article without a certainty', () => {
    expect(() => provenanceOf({ cite: ['P1'] })).toThrow('needs a certainty');
  });
  test('a context date inside an article item is context; an article date keeps its own cite', () => {
    const item = provenanceOf({ cite: ['P1', 'P2'], certainty: 'stated' });
    expect(dateProvenance({ value: '2021', context: 'x' }, item)).toEqual({ kind: 'context', basis: 'x', cite: [] });
    expect(dateProvenance({ value: '2021', cite: ['P2'] }, item)).toEqual({ ...item, cite: ['P2'] });
  });
});

describe('entryView', () => {
  test('merges a typed status with the fact that explains it into one row', () => {
    const base = entryView(kb, '201st', SITE);
    expect(base.infobox.map((r) => r.label)).toEqual(['Status', 'Troops', 'Coordinates']);
    expect(base.infobox[0]!.values).toEqual([
      expect.objectContaining({ status: 'In use', text: 'In use by Russian forces.' }),
    ]);
    expect(base.infobox[2]!.values[0]!.provenance).toMatchObject({ kind: 'context', basis: 'Approximate.' });
    expect(base.locator).toMatchObject({ title: '201st Military Base', basis: 'Approximate.' });
  });
  test('lists in "Cited paragraphs" what its body and every section cite', () => {
    expect(entryView(kb, '201st', SITE).cited.map((c) => c.cite.place)).toEqual(['P1', 'P4', 'P5']);
    // Tajikistan's page shows Russia's statement about it (¶4) and the group's stances (¶1).
    expect(entryView(kb, 'tajikistan', SITE).cited.map((c) => c.cite.place)).toEqual(
      expect.arrayContaining(['P1', 'P4']),
    );
  });
  test("shows a group's stance with the members it applies to, and a member's with its group and condition", () => {
    const group = entryView(kb, 'central-asian-states', SITE).stances.flatMap((t) => t.items);
    expect(group.find((i) => i.position === 'relies')!.scope?.appliesTo?.map((l) => l.id)).toEqual([
      'kyrgyzstan',
      'tajikistan',
    ]);
    const member = entryView(kb, 'tajikistan', SITE).stances.flatMap((t) => t.items);
    expect(member.find((i) => i.position === 'open-conditional')!.scope).toMatchObject({
      derivedFrom: { id: 'central-asian-states' },
      condition: 'the Taliban drop terrorism',
    });
    expect(member.find((i) => i.position === 'relies')!.scope).toEqual({
      derivedFrom: expect.objectContaining({ id: 'central-asian-states' }),
    });
    expect(
      entryView(kb, 'turkmenistan', SITE)
        .stances.flatMap((t) => t.items)
        .map((i) => i.position),
    ).toEqual(['open-conditional']);
  });
  test("shows an event's date with its own marker and the events it followed", () => {
    const alert = entryView(kb, 'e-alert', SITE);
    expect(alert.infobox.map((r) => r.label)).toEqual(['Date', 'Participants', 'Came after']);
    expect(entryView(kb, 'e-kabul', SITE).infobox[0]!.values[0]!.date!.provenance).toMatchObject({ kind: 'context' });
    expect(entryView(kb, 'tajikistan', SITE).events.map((e) => e.link.id)).toEqual(['e-drill', 'e-alert']);
  });
  test('shows statements with the speaker linked and the entry itself as "this entry"', () => {
    const [s] = entryView(kb, 'tajikistan', SITE).statements;
    expect(s).toMatchObject({
      speaker: { id: 'russia' },
      act: 'warned',
      about: [undefined],
      provenance: { attributedTo: { id: 'russia' } },
    });
  });
  test('shows memberships from both sides, and later names with their context', () => {
    expect(entryView(kb, 'csto', SITE).memberships).toMatchObject({
      section: 'members',
      rows: [{ other: { id: 'kyrgyzstan' } }, { other: { id: 'tajikistan' } }],
    });
    expect(entryView(kb, 'kyrgyzstan', SITE).memberships!.rows[0]!.history[0]).toMatchObject({
      label: 'Member',
      since: { text: '1994' },
      provenance: { kind: 'context' },
    });
    expect(entryView(kb, 'nur-sultan', SITE).laterNames).toEqual([
      expect.objectContaining({ name: 'Astana', from: expect.objectContaining({ text: 'September 2022' }) }),
    ]);
  });
  test("shows a scenario's parts and an actor's part in it", () => {
    expect(entryView(kb, 'malign', SITE).scenario!.responses[0]).toMatchObject({
      who: { id: 'russia' },
      combine: 'alternatives',
    });
    expect(entryView(kb, 'russia', SITE).inScenarios).toEqual([
      expect.objectContaining({ who: expect.objectContaining({ id: 'malign' }), options: ['Aid.', 'Intervene.'] }),
    ]);
  });
  test('refuses an unknown entry', () => {
    expect(() => entryView(kb, 'atlantis')).toThrow('entryView: unknown entry "atlantis"');
  });
});

describe('page views', () => {
  test('listView groups a collection by kind', () => {
    expect(listView(kb, 'actors')).toMatchObject({
      label: 'Actors',
      count: 5,
      groups: [{ kind: 'state', anchor: 'kind-state' }, { kind: 'state-group' }],
    });
  });
  test('homeView counts each collection and puts the states side by side', () => {
    const home = homeView(kb, PRESENCE);
    expect(home.browse.find((b) => b.path === '/events/')!.count).toBe(3);
    expect(home.presence.rows.map((r) => r.state.id)).toEqual(['kyrgyzstan', 'tajikistan', 'turkmenistan']);
    expect(home.presence.rows[1]!.bases).toEqual([
      expect.objectContaining({ link: expect.objectContaining({ id: '201st' }) }),
    ]);
    expect(home.presence.rows[1]!.taliban.map((t) => t.scope?.derivedFrom?.id)).toEqual([
      undefined,
      'central-asian-states',
    ]);
  });
  test('membershipsView and stancesView show every state with its scope', () => {
    expect(membershipsView(kb, REGION_GROUP).rows.find((r) => r.state.id === 'tajikistan')!.statuses).toEqual([
      'member',
    ]);
    const row = stancesView(kb, REGION_GROUP).rows.find((r) => r.state.id === 'kyrgyzstan')!;
    expect(row.cells.flat().map((i) => `${i.position} ${i.scope?.derivedFrom?.id}`)).toEqual([
      'open-conditional central-asian-states',
      'relies central-asian-states',
    ]);
  });
  test('timelineView states its rule and keeps what the article says came after', () => {
    const view = timelineView(kb);
    expect(view.rule).toContain('followed another event');
    expect(view.groups[0]!.events.map((e) => e.anchor)).toEqual(['e-drill', 'e-kabul', 'e-alert']);
    expect(view.groups[0]!.events[2]!.after.map((a) => a.link.id)).toEqual(['e-kabul']);
  });
  test('scenariosView sets the scenarios side by side', () => {
    const view = scenariosView(kb, SCENARIOS);
    expect(view.scenarios.map((s) => s.id)).toEqual(['benign', 'malign']);
    expect(view.responses[0]!.cells.map((c) => c.length)).toEqual([0, 1]);
    expect(view.roles[0]!.cells.map((c) => c.length)).toEqual([1, 0]);
  });
  test('sourceView lists, for each place, the entries whose pages cite it', () => {
    const p5 = sourceView(kb, SITE, (id) => entryCoreView(kb, id)).paragraphs.find((p) => p.anchor === 'p5')!;
    // Tajikistan's page cites ¶5 for the railway that connects it (its events list shows no citations).
    expect(p5.citedBy.map((l) => l.id)).toEqual(['201st', 'e-drill', 'nur-sultan', 'rail', 'tajikistan']);
  });
  test('aboutView, notFoundView, previewData and sourceCredit describe the site', () => {
    expect(aboutView(kb).certainties.map((c) => c.certainty)).toEqual(['stated', 'likely', 'possible', 'uncertain']);
    expect(notFoundView(kb).targets).toEqual(
      expect.arrayContaining([{ slug: 'astana', path: '/places/nur-sultan/', title: 'Nur-Sultan' }]),
    );
    expect(previewData(kb).csto).toEqual({
      title: 'Collective Security Treaty Organization',
      kind: 'Military alliance',
      summary: 'x',
    });
    expect(sourceCredit(kb)).toMatchObject({ author: 'A. Author', path: '/sources/central-asias-taliban-surprise/' });
  });
});

describe('orderEvents', () => {
  test('places an event at the earliest day it can have happened, after the events it followed', () => {
    const ordered = orderEvents([
      { id: 'alert', date: { value: '2021-08' }, after: ['kabul'] },
      { id: 'kabul', date: { value: '2021-08-15' }, after: [] },
      { id: 'drill', date: { value: '2021-08', qualifier: 'early' }, after: [] },
      { id: 'meeting', date: { value: '2021-08-21' }, after: [] },
      { id: 'late', date: { value: '2021-08', qualifier: 'late' }, after: [] },
      { id: 'decade', date: { value: '1990s' }, after: [] },
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['decade', 'drill', 'kabul', 'alert', 'late', 'meeting']);
  });
});

describe('bodyLinksPlugin', () => {
  const targets = () => [{ id: 'tajikistan', collection: 'actors', data: { title: 'Tajikistan' } } as AnyEntry];
  test("turns <Ref> into a link with the entry's title (or the text given) and <Cite> into citation links", () => {
    const { code } = mdxToJs(
      'In <Ref id="tajikistan" /> and <Ref id="tajikistan">the Tajik state</Ref> <Cite p="P4 caption" />.',
      { mdastPlugins: [bodyLinksPlugin(targets)] },
    );
    expect(code).toContain('"/actors/tajikistan/"');
    expect(code).toContain('"Tajikistan"');
    expect(code).toContain('"the Tajik state"');
    expect(code).toContain('"/sources/central-asias-taliban-surprise/#p4"');
    expect(code).toContain('"Source: Photo caption"');
    expect(code).not.toMatch(/_components\.(Ref|Cite)|\bRef\b.*props/);
  });
  test('refuses an unknown id', () => {
    expect(() => mdxToJs('<Ref id="atlantis" />', { mdastPlugins: [bodyLinksPlugin(targets)] })).toThrow(
      '<Ref id="atlantis">: no such entry',
    );
  });
});

describe('mapView', () => {
  test('places bases and places with their accessible names, grouped by status', () => {
    const map = mapView(kb, countries, REGION_GROUP);
    expect(map.bases).toEqual([expect.objectContaining({ id: '201st', ariaLabel: '201st Military Base (in use)' })]);
    expect(map.basesByStatus.map((g) => g.status)).toEqual(['active']);
    expect(map.places[0]).toMatchObject({ id: 'nur-sultan', ariaLabel: 'Nur-Sultan (capital)' });
    expect(map.countryLabels.map((c) => c.text)).toEqual(expect.arrayContaining(['Tajikistan']));
    // A state on a route is drawn at its label point, so the line is marked schematic.
    expect(map.routes).toEqual([
      expect.objectContaining({
        id: 'rail',
        schematic: true,
        ariaLabel: 'Railway (railway, drawn schematically)',
        line: expect.stringMatching(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/),
      }),
    ]);
  });
});

describe('open data', () => {
  test('collection files carry the cited places of each page; CSV keeps scope and provenance columns', () => {
    const file = collectionFile(kb, 'bases', new URL(SITE), (id) => entryCoreView(kb, id));
    expect(file.entries[0]!.derived.cites).toEqual(['P1', 'P4', 'P5']);
    const stances = csvTable(kb, 'stances', REGION_GROUP).split('\r\n');
    expect(stances[0]).toBe(
      'state_id,state,topic,position,position_label,certainty,attributed_to,context,condition,shared_from,cite',
    );
    expect(stances).toContain(
      'kyrgyzstan,Kyrgyzstan,reliance-on-russia,relies,Relies on Russia for protection,stated,,,,central-asian-states,P1',
    );
    expect(csvTable(kb, 'memberships', REGION_GROUP).split('\r\n')).toContain(
      'kyrgyzstan,Kyrgyzstan,csto,Collective Security Treaty Organization,member,1994,,,,,,,,Founding member.,,',
    );
    expect(csvTable(kb, 'borders', REGION_GROUP).split('\r\n')).toContain(
      'tajikistan,Tajikistan,border,1300,km,exact,stated,,,,P1',
    );
    expect(dataIndex(new URL(SITE)).tables.map((t) => t.name)).toEqual(['memberships', 'borders', 'stances']);
  });
});

describe('hub page JSON-LD', () => {
  test('describes the site with its search and open data, lists and other pages', () => {
    const home = homeJsonLd(SITE, 'Site', 'About it.', [
      { name: 'actors.json', url: `${SITE}/data/actors.json`, format: 'application/json' },
    ]);
    expect((home['@graph'] as { '@type': string }[]).map((n) => n['@type'])).toEqual(['WebSite', 'Dataset']);
    const list = collectionPageJsonLd(`${SITE}/actors/`, 'Actors', 'All actors.', [
      { title: 'Tajikistan', path: '/actors/tajikistan/' },
    ]);
    expect(list).toMatchObject({
      '@type': 'CollectionPage',
      mainEntity: { numberOfItems: 1, itemListElement: [{ position: 1, url: `${SITE}/actors/tajikistan/` }] },
    });
    expect(webPageJsonLd(`${SITE}/about/`, 'AboutPage', 'About', 'x')).toMatchObject({
      '@type': 'AboutPage',
      url: `${SITE}/about/`,
    });
  });
});
