/**
 * Every typed claim that cites a place of the article is about something that place names: at least
 * one of the claim's entries — the entry it is written on and every id it names, found by the one
 * walk of `src/model/entries.ts` — is among the entries the place names. What each place names is a
 * table made from the article (`paragraph-entries.json`: ids, not text). A context item's citation
 * (the paragraph it relates to) is checked the same way. A scenario sign marked `synthesis` is ours by
 * definition — each place it cites gives one of the conditions we drew together — so it needs one
 * place, not every place, that names one of its entries. An event's own citations, shown as the
 * event's on the timeline, must each name the event itself, and an order between events ("came
 * after") must be given by places that name both events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mentionsOf, type AnyEntry } from '../../src/model/entries.ts';
import { readSnapshot } from '../../src/build/content-files.ts';
import { ROOT } from '../helpers/site.ts';

const table = JSON.parse(readFileSync(join(import.meta.dirname, 'paragraph-entries.json'), 'utf8')) as Record<
  string,
  string[] | string
>;
const names = new Map(
  Object.entries(table)
    .filter(([key]) => !key.startsWith('$'))
    .map(([place, ids]) => [place, new Set(ids as string[])]),
);
const { entries } = readSnapshot(ROOT, join(ROOT, 'content'));

/** One typed claim: where it sits, the entries it is about, and each citation with its field. */
interface CitingClaim {
  /** Field path of the claim (`relations[2]`); empty for an event itself. */
  path: string;
  /** The entry it is written on, then the other ids it names, sorted. */
  entries: string[];
  cites: { field: string; place: string }[];
  /** A sign we drew together from several of the article's conditions. */
  synthesis: boolean;
}

/** `members[0].history[1].cite[0]` → `members[0].history[1].cite`. */
const withoutIndex = (path: string) => path.replace(/\[\d+\]$/, '');
/**
 * The object a field sits on: `members[0].member` → `members[0]`; a top-level field → ''. An
 * event's participant (`participants[1].id`, and whom a supporter backed) belongs to the event.
 */
function ownerOf(path: string): string {
  const field = withoutIndex(path.replace(/^(participants\[\d+\])\.(?:id|of)$/, '$1'));
  const dot = field.lastIndexOf('.');
  return dot < 0 ? '' : field.slice(0, dot);
}
/** The object at a field path (`signs[4]`) of an entry's data. */
function valueAt(data: unknown, path: string): Record<string, unknown> | undefined {
  let value = data;
  for (const step of path.match(/[^.[\]]+/g) ?? []) value = (value as Record<string, unknown> | undefined)?.[step];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}
/** Whether `path` is `claim` itself or lies inside it. */
const within = (path: string, claim: string) =>
  path === claim || path.startsWith(`${claim}.`) || path.startsWith(`${claim}[`);

/**
 * The claims of an entry that cite a place: every item carrying its own citation (facts, relations,
 * membership statuses, offices, statements, stances, outlooks, routes, scenario items, context items
 * with a paragraph), and an event itself (its date, participants, place and order, cited by the
 * entry's `cite`). A date's own `cite` belongs to the item the date is in.
 */
function citingClaims(entry: AnyEntry): CitingClaim[] {
  const found = mentionsOf(entry);
  const claims = new Map<string, CitingClaim>();
  const claimAt = (path: string) => {
    let claim = claims.get(path);
    if (!claim)
      claims.set(
        path,
        (claim = { path, entries: [], cites: [], synthesis: valueAt(entry.data, path)?.synthesis === true }),
      );
    return claim;
  };
  for (const { path, place } of found.cites) {
    if (path.startsWith('body ')) continue;
    const owner = ownerOf(path);
    if (owner === '' && entry.collection !== 'events') continue; // the summary's and body's sources
    claimAt(owner).cites.push({ field: withoutIndex(path), place });
  }
  for (const { path, date } of found.dates) {
    const places = (date as { cite?: string[] }).cite ?? [];
    if (!places.length) continue;
    const holder = [...claims.keys()].filter((c) => c === '' || within(path, c)).sort((a, b) => b.length - a.length)[0];
    if (holder === undefined) continue;
    for (const place of places) claimAt(holder).cites.push({ field: `${path}.cite`, place });
  }
  const ids = [...found.ids.filter((ref) => !ref.path.startsWith('body ')), ...found.relationEnds];
  for (const claim of claims.values()) {
    const about = ids
      .filter((ref) => {
        const owner = ownerOf(ref.path);
        if (claim.path === '') return owner === '';
        return within(ref.path, claim.path) || (owner !== '' && within(claim.path, owner));
      })
      .map((ref) => ref.id);
    claim.entries = [entry.id, ...[...new Set(about)].filter((id) => id !== entry.id).sort()];
  }
  return [...claims.values()];
}

/** Every citation of a claim to a place that names none of the claim's entries, as a message. */
function violations(list: readonly AnyEntry[]): string[] {
  const namesOne = (claim: CitingClaim, place: string) => claim.entries.some((id) => names.get(place)?.has(id));
  return list.flatMap((entry) =>
    citingClaims(entry).flatMap((claim) =>
      claim.cites
        .filter(({ place }) => !namesOne(claim, place))
        .filter(() => !claim.synthesis || !claim.cites.some(({ place }) => namesOne(claim, place)))
        .map(
          ({ field, place }) =>
            `${entry.file} ${field}: cites ${place}, which names none of [${claim.entries.join(', ')}]`,
        ),
    ),
  );
}

const entryOf = (id: string) => entries.find((e) => e.id === id)!;
/** A copy of an entry with other data, as a seeded violation. */
const seeded = (id: string, data: Record<string, unknown>) => {
  const entry = entryOf(id);
  return { ...entry, data: { ...entry.data, ...data } } as AnyEntry;
};

describe('every claim cites a place that names it', () => {
  const claims = entries.flatMap((entry) => citingClaims(entry));
  const checks = claims.reduce((n, claim) => n + claim.cites.length, 0);

  test('each typed claim that cites a place has one of its entries among those the place names', () => {
    expect(violations(entries)).toEqual([]);
  });

  test('the check covers the whole knowledge base, not a handful of claims', () => {
    console.log(`checked ${claims.length} claims in ${entries.length} entries, ${checks} citations`);
    expect(claims.length).toBeGreaterThan(300);
    expect(checks).toBeGreaterThan(claims.length);
    const kinds = new Set(claims.map((c) => c.path.replace(/\[\d+\].*$/, '')));
    for (const kind of ['', 'facts', 'relations', 'members', 'offices', 'statements', 'stances', 'outlooks'])
      expect(kinds).toContain(kind);
    for (const kind of ['route', 'triggers', 'signs', 'responses', 'roles']) expect(kinds).toContain(kind);
  });

  test('a relation citing a paragraph that names neither of its ends is caught', () => {
    const base = entryOf('kant-air-base');
    const relations = [
      ...(base.data.relations as unknown[]),
      { type: 'hosts', from: 'kazakhstan', cite: ['P10'], certainty: 'stated' },
    ];
    expect(violations([seeded('kant-air-base', { relations })])).toEqual([
      `content/bases/kant-air-base.mdx relations[${relations.length - 1}].cite: cites P10, which names none of [kant-air-base, kazakhstan]`,
    ]);
  });

  test('a claim passes through any entry it names, and a membership through its member', () => {
    const claimsOf = (id: string) => citingClaims(entryOf(id));
    const refugees = claimsOf('central-asian-states').find((c) => c.cites.some((x) => x.place === 'P10'))!;
    expect(refugees.entries).toEqual(['central-asian-states', 'tajikistan', 'turkmenistan', 'uzbekistan']);
    const uzbekistan = claimsOf('csto').find((c) => c.path === 'members[7].history[0]')!;
    expect(uzbekistan.entries).toEqual(['csto', 'uzbekistan']);
  });

  test('a synthesis sign needs one place that names its scenario, and is caught when none does', () => {
    const sign = (cite: string[]) => [{ text: 'A sign drawn together.', synthesis: true, cite, certainty: 'possible' }];
    expect(violations([seeded('malign', { signs: sign(['P2', 'P11']) })])).toEqual([]);
    expect(violations([seeded('malign', { signs: sign(['P2', 'P13']) })])).toEqual([
      'content/scenarios/malign.mdx signs[0].cite: cites P2, which names none of [malign]',
      'content/scenarios/malign.mdx signs[0].cite: cites P13, which names none of [malign]',
    ]);
  });

  test('an event citing a paragraph that names neither it nor its participants is caught', () => {
    const visit = seeded('2021-04-shoigu-visit-to-tashkent', { cite: ['P5', 'P13'] });
    expect(violations([visit])).toEqual([
      'content/events/2021-04-shoigu-visit-to-tashkent.mdx cite: cites P13, which names none of [2021-04-shoigu-visit-to-tashkent, russia, sergei-shoigu, tashkent, uzbekistan]',
    ]);
  });

  test("a context item's paragraph and a date's own citation are checked too", () => {
    const dushanbe = entryOf('dushanbe');
    const relations = [{ ...(dushanbe.data.relations[0] as object), cite: ['P13'] }];
    expect(violations([seeded('dushanbe', { relations })])).toEqual([
      'content/places/dushanbe.mdx relations[0].cite: cites P13, which names none of [dushanbe, tajikistan]',
    ]);
    const [pledge] = (entryOf('csto').data as { statements: object[] }).statements;
    const statements = [{ ...pledge, date: { value: '2021-08-23', cite: ['P13'] } }];
    expect(violations([seeded('csto', { statements })])).toEqual([
      'content/organizations/csto.mdx statements[0].date.cite: cites P13, which names none of [csto, 2021-08-23-csto-emergency-summit, tajikistan]',
    ]);
  });
});

/**
 * An event's own citations are shown as the event's on the timeline and beside its order ("came
 * after"), so each place an event cites must name the event itself, not only one of its participants.
 */
function eventsCitingOthers(list: readonly AnyEntry[]): string[] {
  return list
    .filter((entry) => entry.collection === 'events')
    .flatMap((entry) =>
      entry.data.cite
        .filter((place) => !names.get(place)?.has(entry.id))
        .map((place) => `${entry.file} cite: cites ${place}, which does not name the event`),
    );
}

describe('every place an event cites names the event', () => {
  test('each event cites only places that name it', () => {
    expect(eventsCitingOthers(entries)).toEqual([]);
  });

  test("an event citing a place that names its participants but not the event is caught (UNAMA's move and ¶10)", () => {
    const move = seeded('2021-08-unama-staff-relocate-to-nur-sultan', { cite: ['P7', 'P10'] });
    expect(violations([move])).toEqual([]);
    expect(eventsCitingOthers([move])).toEqual([
      'content/events/2021-08-unama-staff-relocate-to-nur-sultan.mdx cite: cites P10, which does not name the event',
    ]);
  });
});

/**
 * An order between events ("came after") is shown with the places that give it — its own `cite`,
 * or else the event's — so each of them must name both events; an order the article does not give
 * is context.
 */
function ordersCitingOthers(list: readonly AnyEntry[]): string[] {
  return list.flatMap((entry) =>
    entry.collection !== 'events'
      ? []
      : entry.data.after.flatMap((after, i) =>
          after.context !== undefined
            ? []
            : (after.cite ?? entry.data.cite)
                .filter((place) => !names.get(place)?.has(entry.id) || !names.get(place)?.has(after.id))
                .map(
                  (place) =>
                    `${entry.file} after[${i}]: cites ${place}, which does not name both ${entry.id} and ${after.id}`,
                ),
        ),
  );
}

describe('every place an order between events cites names both events', () => {
  test('each "came after" is given by the places it cites, or is context', () => {
    const orders = entries.flatMap((e) => (e.collection === 'events' ? e.data.after : []));
    expect(orders.length).toBeGreaterThan(5);
    expect(ordersCitingOthers(entries)).toEqual([]);
  });

  test('an order shown with the places of the event, which do not give it, is caught (NATO’s campaign and the attacks)', () => {
    const campaign = seeded('2001-nato-campaign-in-afghanistan', { after: [{ id: '2001-09-september-11-attacks' }] });
    expect(ordersCitingOthers([campaign])).toEqual([
      'content/events/2001-nato-campaign-in-afghanistan.mdx after[0]: cites P1, which does not name both 2001-nato-campaign-in-afghanistan and 2001-09-september-11-attacks',
      'content/events/2001-nato-campaign-in-afghanistan.mdx after[0]: cites P7, which does not name both 2001-nato-campaign-in-afghanistan and 2001-09-september-11-attacks',
      'content/events/2001-nato-campaign-in-afghanistan.mdx after[0]: cites P9, which does not name both 2001-nato-campaign-in-afghanistan and 2001-09-september-11-attacks',
    ]);
  });
});

describe('the table of what each place names', () => {
  test('lists every citable place of the source', () => {
    const source = entries.find((e) => e.collection === 'sources')!;
    const places = source.collection === 'sources' ? source.data.paragraphs.map((p) => p.place) : [];
    expect([...names.keys()].sort()).toEqual([...places].sort());
  });

  test('names only entries that exist, each once and sorted', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const [place, listed] of names) {
      expect(
        [...listed].filter((id) => !ids.has(id)),
        place,
      ).toEqual([]);
      expect(table[place], place).toEqual([...listed].sort());
    }
  });
});
