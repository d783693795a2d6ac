/**
 * Rules that hold for every entry and every view of the real knowledge base, each shown to fail on
 * a seeded violation: citations complete, scope shown, one provenance marker, events in the one
 * order, periods shown once, one status per thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALLIANCE, PATRON, REGION_GROUP, SCENARIOS } from '../../src/config/site.ts';
import { entryCoreView, entryView } from '../../src/views/entry/entry-view.ts';
import type { EntryView } from '../../src/views/entry/types.ts';
import type { StanceItemView } from '../../src/views/parts/claims.ts';
import type { KbEntry } from '../../src/model/entries.ts';
import { BROWSE_COLLECTIONS } from '../../src/model/ids.ts';
import { orderEvents } from '../../src/model/event-order.ts';
import { buildIndex, listOf, type KbIndex } from '../../src/model/index/kb-index.ts';
import { collectionFile, csvTable } from '../../src/views/data/open-data.ts';
import { homeView } from '../../src/views/pages/home.ts';
import { scenariosView } from '../../src/views/pages/scenarios.ts';
import { sourceView } from '../../src/views/pages/source.ts';
import { stancesView } from '../../src/views/pages/stances.ts';
import { timelineView } from '../../src/views/pages/timeline.ts';
import { readSnapshot } from '../../src/build/content-files.ts';
import { ROOT } from '../helpers/site.ts';
import { STATUS_LABELS } from '../../src/model/vocab/labels.ts';
import { STANCE_TOPIC_NAMES } from '../../src/model/vocab/stances.ts';

/** The home page's presence table of this knowledge base. */
const PRESENCE = { region: REGION_GROUP, alliance: ALLIANCE, patron: PATRON };
const kb = readSnapshot(ROOT).index!;
const SITE = 'https://example.org';
const views = kb.entries.map((e) => entryView(kb, e.id, SITE));
const viewOf = (id: string) => views.find((v) => v.id === id)!;

/** Every object in a value, with the path to it. */
function* walk(value: unknown, path = ''): Generator<{ path: string; node: Record<string, unknown> }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* walk(v, `${path}[${i}]`);
    return;
  }
  if (value && typeof value === 'object') {
    yield { path, node: value as Record<string, unknown> };
    for (const [k, v] of Object.entries(value)) yield* walk(v, path ? `${path}.${k}` : k);
  }
}

// ── Citations ───────────────────────────────────────────────────────────────────────────────

/** The citation links a view shows outside its "Cited paragraphs". */
function citationLinks(view: EntryView): string[] {
  const { cited: _omit, ...rest } = view;
  return [...walk(rest)]
    .map(({ node }) => node)
    .filter((n) => typeof n.place === 'string' && typeof n.path === 'string' && typeof n.label === 'string')
    .map((n) => n.place as string);
}

/** Places a view cites anywhere (any citation link it shows) that its "Cited paragraphs" omits. */
function uncitedPlaces(view: EntryView): string[] {
  const listed = new Set<string>(view.cited.map((c) => c.cite.place));
  return [...new Set(citationLinks(view))].filter((p) => !listed.has(p));
}

describe('citations are complete', () => {
  test('every place an entry page cites anywhere is in its "Cited paragraphs"', () => {
    // Counted, so a change in the views' shape cannot leave nothing to check.
    expect(views.flatMap(citationLinks).length).toBeGreaterThan(500);
    expect(views.flatMap((v) => uncitedPlaces(v).map((p) => `${v.id}: ${p}`))).toEqual([]);
  });

  test('an entry page whose list drops a place it cites is caught', () => {
    const view = entryView(kb, 'afghanistan', SITE);
    const seeded = { ...view, cited: view.cited.filter((c) => c.cite.place !== 'P10') };
    expect(uncitedPlaces(seeded)).toEqual(['P10']);
  });

  test('a page lists the places its body cites (Afghanistan cites ¶7, ¶10–¶12 in its text)', () => {
    const places = entryView(kb, 'afghanistan', SITE).cited.map((c) => c.cite.place);
    expect(places).toEqual(expect.arrayContaining(['P7', 'P10', 'P11', 'P12']));
  });

  /** Per place: the entries the source page says cite it, against those whose pages list it. */
  function citedByMismatches(source: ReturnType<typeof sourceView>, pages: readonly EntryView[]): string[] {
    const out: string[] = [];
    for (const p of source.paragraphs) {
      const place = p.anchor === 'caption' || p.anchor === 'byline' ? p.anchor : `P${p.anchor.slice(1)}`;
      const expected = pages
        .filter((v) => v.id !== kb.source.id && v.cited.some((c) => c.cite.place === place))
        .map((v) => v.id)
        .sort();
      const shown = p.citedBy.map((l) => l.id).sort();
      if (JSON.stringify(expected) !== JSON.stringify(shown))
        out.push(`${place}: shows ${shown.length}, pages citing it ${expected.length}`);
    }
    return out;
  }

  test('the source page\'s "cited by" for each place equals the entries whose pages cite it', () => {
    expect(citedByMismatches(sourceView(kb, SITE, viewOf), views)).toEqual([]);
  });

  test('a "cited by" list that misses an entry is caught', () => {
    const source = sourceView(kb, SITE, viewOf);
    const seeded = {
      ...source,
      paragraphs: source.paragraphs.map((p, i) => (i === 0 ? { ...p, citedBy: p.citedBy.slice(1) } : p)),
    };
    expect(citedByMismatches(seeded, views)).toHaveLength(1);
  });

  test('open data gives each entry the same cited places as its page', () => {
    const mismatches: string[] = [];
    for (const collection of BROWSE_COLLECTIONS) {
      for (const e of collectionFile(kb, collection, new URL(SITE), viewOf).entries) {
        const page = views.find((v) => v.id === e.id)!.cited.map((c) => c.cite.place);
        if (JSON.stringify(e.derived.cites) !== JSON.stringify(page)) mismatches.push(e.id);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

// ── Scope ───────────────────────────────────────────────────────────────────────────────────

/**
 * The scope a stance must show where it appears: its group's members, the group, its condition,
 * whose position it reports, and the note that qualifies it (a comparison table's cell keeps it).
 */
function scopeProblems(
  item: StanceItemView,
  expected: {
    appliesTo?: readonly string[] | undefined;
    derivedFrom?: string | undefined;
    condition?: string | undefined;
    attributedTo?: string | undefined;
    note?: string | undefined;
  },
  where: string,
): string[] {
  const out: string[] = [];
  if (expected.note && item.note !== expected.note) out.push(`${where}: its note (caveat) not shown`);
  if (
    expected.appliesTo &&
    JSON.stringify(item.scope?.appliesTo?.map((l) => l.id)) !== JSON.stringify(expected.appliesTo)
  )
    out.push(`${where}: members it applies to not shown`);
  if (expected.derivedFrom && item.scope?.derivedFrom?.id !== expected.derivedFrom)
    out.push(`${where}: group it is shared from not shown`);
  if (expected.condition && item.scope?.condition !== expected.condition) out.push(`${where}: condition not shown`);
  if (
    expected.attributedTo &&
    (item.provenance.kind !== 'article' || item.provenance.attributedTo?.id !== expected.attributedTo)
  )
    out.push(`${where}: attribution not shown`);
  return out;
}

/** Every place a stance appears — entry pages, the stances table, the home table — checked for its scope. */
function allScopeProblems(
  pages: readonly EntryView[],
  stances: ReturnType<typeof stancesView>,
  home: ReturnType<typeof homeView>,
): string[] {
  const out: string[] = [];
  for (const page of pages) {
    // Pages group stances by topic, in the topics' order.
    const raw = STANCE_TOPIC_NAMES.flatMap((topic) =>
      listOf(kb.stances, page.id).filter((s) => s.stance.topic === topic),
    );
    const items = page.stances.flatMap((t) => t.items);
    if (items.length !== raw.length) out.push(`${page.id}: shows ${items.length} stances of ${raw.length}`);
    raw.forEach((s, i) => {
      if (!items[i]) return;
      out.push(
        ...scopeProblems(
          items[i],
          {
            appliesTo: s.derivedFrom ? undefined : s.stance.appliesTo,
            derivedFrom: s.derivedFrom,
            condition: s.stance.condition,
            attributedTo: s.stance.attributedTo,
            note: s.stance.note,
          },
          `${page.id} stance ${i}`,
        ),
      );
    });
  }
  const check = (state: string, shown: StanceItemView[], topic: string, where: string) => {
    const raw = listOf(kb.stances, state).filter((s) => s.stance.topic === topic);
    if (shown.length !== raw.length) out.push(`${where}: shows ${shown.length} of ${raw.length}`);
    raw.forEach(
      (s, i) =>
        shown[i] &&
        out.push(
          ...scopeProblems(
            shown[i],
            {
              derivedFrom: s.derivedFrom,
              condition: s.stance.condition,
              attributedTo: s.stance.attributedTo,
              note: s.stance.note,
            },
            where,
          ),
        ),
    );
  };
  for (const row of stances.rows)
    row.cells.forEach((cell, i) =>
      check(row.state.id, cell, stances.topics[i]!.topic, `/stances/ ${row.state.id} ${stances.topics[i]!.topic}`),
    );
  for (const row of home.presence.rows) check(row.state.id, row.taliban, 'taliban-engagement', `/ ${row.state.id}`);
  return out;
}

describe('a scoped claim shows its scope everywhere it appears', () => {
  test('every stance shows its members, group, condition and attribution on every page and table', () => {
    expect(allScopeProblems(views, stancesView(kb, REGION_GROUP), homeView(kb, PRESENCE))).toEqual([]);
  });

  test('a group page showing a stance as if it held for all members is caught', () => {
    const group = entryView(kb, 'central-asian-states', SITE);
    const seeded = {
      ...group,
      stances: group.stances.map((t) => ({ ...t, items: t.items.map((i) => ({ ...i, scope: undefined })) })),
    };
    expect(allScopeProblems([seeded], stancesView(kb, REGION_GROUP), homeView(kb, PRESENCE))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('central-asian-states stance'),
        expect.stringContaining('members it applies to not shown'),
      ]),
    );
  });

  test('a comparison table whose cell drops the caveat its entry page shows is caught (Kyrgyzstan’s refugee cell)', () => {
    const stances = stancesView(kb, REGION_GROUP);
    const seeded = {
      ...stances,
      rows: stances.rows.map((row) => ({
        ...row,
        cells: row.cells.map((cell) => cell.map(({ note: _dropped, ...item }) => item)),
      })),
    };
    const found = allScopeProblems([], seeded, homeView(kb, PRESENCE));
    expect(found).toEqual(
      expect.arrayContaining([
        '/stances/ kyrgyzstan afghan-refugees: its note (caveat) not shown',
        '/stances/ tajikistan taliban-engagement: its note (caveat) not shown',
      ]),
    );
  });

  test('"relies on Russia" is shown on the group page for Kyrgyzstan and Tajikistan only, and not on Turkmenistan', () => {
    const relies = entryView(kb, 'central-asian-states', SITE)
      .stances.find((t) => t.topic === 'reliance-on-russia')!
      .items.find((i) => i.position === 'relies')!;
    expect(relies.scope?.appliesTo?.map((l) => l.id)).toEqual(['kyrgyzstan', 'tajikistan']);
    expect(
      entryView(kb, 'turkmenistan', SITE)
        .stances.flatMap((t) => t.items)
        .some((i) => i.position === 'relies'),
    ).toBe(false);
  });

  test('the stances table and CSV carry the group a stance is shared from and its condition', () => {
    const csv = csvTable(kb, 'stances', REGION_GROUP).split('\r\n').slice(1).filter(Boolean);
    const derived = [...kb.stances.values()].flat().filter((s) => s.derivedFrom && s.holder !== s.derivedFrom);
    for (const s of derived) {
      if (!kb.groupMembers.get('central-asian-states')?.has(s.holder)) continue;
      expect(
        csv.some(
          (row) =>
            row.startsWith(`${s.holder},`) &&
            row.includes(`,${s.stance.topic},${s.stance.position},`) &&
            row.includes(s.derivedFrom!),
        ),
      ).toBe(true);
    }
  });
});

// ── Provenance ──────────────────────────────────────────────────────────────────────────────

/** How many provenance markers a value holds. */
const markerCount = (value: unknown) => [...walk(value)].filter(({ node }) => node.provenance).length;

/** Provenance markers that are not exactly one of the three forms. */
function provenanceProblems(value: unknown, where: string): string[] {
  const out: string[] = [];
  for (const { path, node } of walk(value)) {
    const p = node.provenance as Record<string, unknown> | undefined;
    if (!p) continue;
    if (p.kind === 'article' && (typeof p.certainty !== 'string' || 'basis' in p || 'words' in p))
      out.push(`${where} ${path}: an article marker needs a certainty and no basis`);
    else if (p.kind === 'reading' && (typeof p.words !== 'string' || 'certainty' in p || 'basis' in p))
      out.push(`${where} ${path}: a reading marker gives the article's words and no certainty`);
    else if (p.kind === 'context' && (typeof p.basis !== 'string' || 'certainty' in p || 'attributedTo' in p))
      out.push(`${where} ${path}: a context marker has a basis and no certainty`);
    else if (p.kind !== 'article' && p.kind !== 'context' && p.kind !== 'reading')
      out.push(`${where} ${path}: unknown marker`);
  }
  return out;
}

describe('provenance is one of three things, with one marker each', () => {
  test('every marker on every page is the article (with certainty), our reading (with the words) or context (with basis)', () => {
    const pages = [
      ...views,
      stancesView(kb, REGION_GROUP),
      homeView(kb, PRESENCE),
      timelineView(kb),
      scenariosView(kb, SCENARIOS),
    ];
    expect(pages.reduce((n, p) => n + markerCount(p), 0)).toBeGreaterThan(600);
    expect(pages.flatMap((p, i) => provenanceProblems(p, `view ${i}`))).toEqual([]);
  });

  test('a marker carrying both a certainty and a context basis is caught', () => {
    const seeded = { provenance: { kind: 'context', basis: 'Well established.', certainty: 'stated', cite: [] } };
    expect(provenanceProblems(seeded, 'seeded')).toHaveLength(1);
  });

  test('a context date on a stated event shows only the context marker in its date row', () => {
    const date = entryView(kb, '2021-08-15-taliban-take-kabul', SITE).infobox.find((r) => r.label === 'Date')!
      .values[0]!.date!;
    expect(date.provenance?.kind).toBe('context');
  });
});

// ── Order ───────────────────────────────────────────────────────────────────────────────────

const events = kb.entries.filter((e): e is KbEntry<'events'> => e.collection === 'events');
const byId = new Map(events.map((e) => [e.id, e]));
/** The order each place of the article gives between events (a table made from the article). */
const articleOrder = Object.entries(
  JSON.parse(readFileSync(join(import.meta.dirname, 'article-order.json'), 'utf8')) as Record<
    string,
    [string, string, string][]
  >,
).flatMap(([place, pairs]) => (place.startsWith('$') ? [] : pairs.map((pair) => ({ place, pair }))));

/** Pairs in a list of event ids where an event stands before one the article says it followed. */
function afterViolations(ids: readonly string[]): string[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  return ids.flatMap((id, i) =>
    (byId.get(id)?.data.after ?? [])
      .map((b) => b.id)
      .filter((b) => at.has(b) && at.get(b)! > i)
      .map((b) => `${id} before ${b}`),
  );
}

describe('every list of events keeps the order the article gives', () => {
  const timeline = timelineView(kb).groups.flatMap((g) => g.events.map((e) => e.link.id));

  test('the timeline and every entry\'s events respect every "after" and follow the one rule', () => {
    const ordered = orderEvents(
      events.map((e) => ({ id: e.id, date: e.data.date, after: e.data.after.map((a) => a.id) })),
    ).map((e) => e.id);
    expect(timeline).toEqual(ordered);
    expect(afterViolations(timeline)).toEqual([]);
    for (const view of views) {
      const ids = view.events.map((e) => e.link.id);
      expect(afterViolations(ids), view.id).toEqual([]);
      expect(ids).toEqual(timeline.filter((id) => ids.includes(id)));
    }
  });

  /** Every list of events the views give: the timeline, each entry's events and its open data. */
  function eventLists(index: KbIndex): Map<string, string[]> {
    const pages = index.entries.map((e) => entryCoreView(index, e.id));
    const lists = new Map<string, string[]>([
      ['/timeline/', timelineView(index).groups.flatMap((g) => g.events.map((e) => e.link.id))],
    ]);
    for (const page of pages)
      lists.set(
        `${page.path} events`,
        page.events.map((e) => e.link.id),
      );
    for (const collection of BROWSE_COLLECTIONS)
      for (const e of collectionFile(index, collection, new URL(SITE), (id) => pages.find((p) => p.id === id)!).entries)
        lists.set(`/data/${collection}.json ${e.id} events`, e.derived.events);
    return lists;
  }

  /** Pairs the article orders (`article-order.json`) that a list puts the other way round. */
  function articleOrderViolations(lists: ReadonlyMap<string, readonly string[]>): string[] {
    const out: string[] = [];
    for (const [where, ids] of lists)
      for (const {
        place,
        pair: [earlier, later, words],
      } of articleOrder) {
        const [a, b] = [ids.indexOf(earlier), ids.indexOf(later)];
        if (a >= 0 && b >= 0 && b < a) out.push(`${where}: ${later} before ${earlier} (${place}: "${words}")`);
      }
    return out;
  }

  test('every list of events — the timeline, each entry’s events, open data — keeps every order the article gives', () => {
    const lists = eventLists(kb);
    const compared = [...lists.values()].reduce(
      (n, ids) => n + articleOrder.filter(({ pair: [a, b] }) => ids.includes(a) && ids.includes(b)).length,
      0,
    );
    console.log(
      `checked ${articleOrder.length} orders the article gives in ${lists.size} lists (${compared} pairs in a list)`,
    );
    expect(articleOrder.length).toBeGreaterThan(8);
    expect(compared).toBeGreaterThan(30);
    expect(articleOrderViolations(lists)).toEqual([]);
    for (const [where, ids] of lists) expect(afterViolations(ids), where).toEqual([]);
  });

  test('a coarse date without the order the article gives sorts before what it followed, and is caught', () => {
    // Kazakhstan's alert is dated only to 2021; without its "after", it would open the year.
    const seeded = buildIndex(
      kb.entries.map((e) =>
        e.id === '2021-08-kazakhstan-raises-military-alert'
          ? ({ ...e, data: { ...e.data, after: [] } } as typeof e)
          : e,
      ),
    );
    expect(articleOrderViolations(eventLists(seeded))).toEqual(
      expect.arrayContaining([
        '/timeline/: 2021-08-kazakhstan-raises-military-alert before 2021-08-15-taliban-take-kabul (P7: "Following the Taliban takeover")',
      ]),
    );
  });

  test('a list that puts an event before the one it followed is caught', () => {
    const withAfter = events.find((e) => e.data.after.length > 0)!;
    expect(afterViolations([withAfter.id, withAfter.data.after[0]!.id])).toHaveLength(1);
  });

  test("the article's relative order is data: Kazakhstan's alert comes after the fall of Kabul and the early-August drills", () => {
    const i = (id: string) => timeline.indexOf(id);
    expect(i('2021-08-kazakhstan-raises-military-alert')).toBeGreaterThan(i('2021-08-15-taliban-take-kabul'));
    expect(i('2021-08-kazakhstan-raises-military-alert')).toBeGreaterThan(
      i('2021-08-russia-uzbekistan-exercise-termez'),
    );
  });

  test('the timeline states its ordering rule in a sentence', () => {
    expect(timelineView(kb).rule).toMatch(/earliest day .* followed another event/);
  });
});

describe('a period whose ends are equal is shown once', () => {
  const equalEnds = (value: unknown) =>
    [...walk(value)]
      .filter(
        ({ node }) =>
          node.kind === 'between' && (node.from as { text: string }).text === (node.to as { text: string }).text,
      )
      .map(({ path }) => path);

  test('no view shows a period like "1990s – 1990s"', () => {
    expect(views.flatMap((v) => equalEnds(v).map((p) => `${v.id} ${p}`))).toEqual([]);
  });

  test('a period with equal ends is caught', () => {
    expect(equalEnds({ period: { kind: 'between', from: { text: '1990s' }, to: { text: '1990s' } } })).toEqual([
      'period',
    ]);
  });
});

// ── One status per thing ────────────────────────────────────────────────────────────────────

/** Words that contradict a status when said of the thing itself. */
const CONTRADICTIONS: Record<string, RegExp> = {
  agreed: /\b(?:was built|were built|has been built|completed|in service|already (?:runs|carries)|Uzbek-built)\b/i,
  proposed: /\b(?:established|opened|hosts Russian|stationed)\b/i,
  'under-development': /\b(?:planned|completed|in service|finished)\b/i,
};

/** Sentences anywhere in the knowledge base that name a base or link and contradict its status. */
function statusContradictions(
  list: readonly {
    id: string;
    data: { title: string; summary: string; aliases: string[] };
    body: string;
    collection: string;
  }[],
): string[] {
  const things = list.filter((e) => e.collection === 'bases' || e.collection === 'infrastructure') as unknown as (
    KbEntry<'bases'> | KbEntry<'infrastructure'>
  )[];
  const out: string[] = [];
  for (const thing of things) {
    const words = CONTRADICTIONS[thing.data.status];
    if (!words) continue;
    const names = [thing.data.title, ...thing.data.aliases].map((n) => n.toLowerCase());
    for (const e of list) {
      const text = `${e.data.summary} ${e.body}`.replace(/<Ref id="([^"]+)"\s*\/>/g, (_, id) =>
        id === thing.id ? thing.data.title : id,
      );
      for (const sentence of text.split(/(?<=[.;])\s+/)) {
        const lower = sentence.toLowerCase();
        if (names.some((n) => lower.includes(n)) && words.test(sentence))
          out.push(`${e.id} says of ${thing.id} (${thing.data.status}): ${sentence.trim()}`);
      }
    }
  }
  return out;
}

describe('one status per thing across the site', () => {
  test('no summary or text contradicts the typed status of a base or a link', () => {
    expect(statusContradictions(kb.entries)).toEqual([]);
  });

  test('a page calling an agreed power line built is caught', () => {
    const seeded = [
      ...kb.entries,
      {
        id: 'x',
        collection: 'places',
        body: '',
        data: { title: 'X', aliases: [], summary: 'The Power line to Baghlan was built in 2020.' },
      },
    ];
    expect(statusContradictions(seeded)).toEqual([expect.stringContaining('x says of baghlan-power-line (agreed)')]);
  });

  test('the typed status is shown once, as one infobox row', () => {
    for (const v of views.filter((x) => x.collection === 'bases' || x.collection === 'infrastructure')) {
      const rows = v.infobox.filter((r) => r.label === 'Status');
      expect(rows, v.id).toHaveLength(1);
      expect(rows[0]!.values, v.id).toHaveLength(1);
      const labels = Object.values({ ...STATUS_LABELS.bases, ...STATUS_LABELS.infrastructure });
      expect(labels).toContain(rows[0]!.values[0]!.status);
    }
  });
});
