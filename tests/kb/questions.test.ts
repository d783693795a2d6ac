/**
 * Questions a reader would ask of the article, each answered from the typed data of the real
 * content (loaded without Astro, then indexed), with the article's certainty and citations.
 */
import { entryCoreView } from '../../src/views/entry/entry-view.ts';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { earliestDay, latestDay } from '../../src/model/dates.ts';
import type { KbEntry } from '../../src/model/entries.ts';
import { buildIndex, listOf, orderedEvents } from '../../src/model/index/kb-index.ts';
import type { CollectionName } from '../../src/model/ids.ts';
import { membersOfGroups } from '../../src/model/integrity/groups.ts';
import { MAX_QUOTE_WORDS, wordCount } from '../../src/model/vocab/statements.ts';
import { readSnapshot } from '../../src/build/content-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const { entries, problems } = readSnapshot(ROOT, join(ROOT, 'content'));
const kb = buildIndex(entries);

/** The entry `id`, which must belong to `collection`. */
function get<C extends CollectionName>(collection: C, id: string): KbEntry<C> {
  const entry = kb.byId.get(id);
  if (!entry) throw new Error(`no entry "${id}"`);
  if (entry.collection !== collection) throw new Error(`"${id}" is in ${entry.collection}, not ${collection}`);
  return entry as unknown as KbEntry<C>;
}
const factsOf = (id: string, key: string) => kb.byId.get(id)!.data.facts.filter((f) => f.key === key);
/** The one fact `key` of `id` that cites `place`. */
function fact(id: string, key: string, place: string) {
  const found = factsOf(id, key).filter((f) => (f.cite ?? []).includes(place as never));
  expect(found, `${id} ${key} citing ${place}`).toHaveLength(1);
  return found[0]!;
}
const relationsOf = (id: string, type: string) => listOf(kb.relations, id).filter((r) => r.type === type);
const stancesOf = (id: string, topic: string) => listOf(kb.stances, id).filter((s) => s.stance.topic === topic);
function statement(id: string) {
  const found = entries
    .flatMap((e) =>
      e.collection === 'actors' || e.collection === 'organizations'
        ? e.data.statements.map((s) => ({ speaker: e.id, s }))
        : [],
    )
    .filter((x) => x.s.id === id);
  expect(found, `statement ${id}`).toHaveLength(1);
  return found[0]!;
}
function history(org: string, member: string) {
  const m = get('organizations', org).data.members.find((x) => x.member === member);
  if (!m) throw new Error(`${member} is not on ${org}`);
  return m.history;
}
const membersWithStatus = (org: string, status: string) =>
  get('organizations', org)
    .data.members.filter((m) => m.history.at(-1)!.status === status)
    .map((m) => m.member);
const centralAsianStates = () => [...(membersOfGroups(entries).get('central-asian-states') ?? [])].sort();
const event = (id: string) => get('events', id);
/** The participants that acted in an event (not its target, supporters or host). */
const actors = (participants: readonly { id: string; role: string }[]) =>
  participants.filter((p) => p.role === 'actor').map((p) => p.id);

test('the content loads without problems', () => {
  expect(problems).toEqual([]);
});

describe('P1: the surprise and the wait-and-see policy', () => {
  test('Were the Central Asian governments ready for how fast the Taliban won?', () => {
    const unready = factsOf('central-asian-states', 'vulnerability').filter((f) => f.certainty === 'likely');
    expect(unready.map((f) => f.cite)).toEqual([['P1']]);
    expect(unready[0]!.text).toMatch(/seems to have been ready/);
    const weak = fact('afghan-republic', 'stability-record', 'P1');
    expect(weak.certainty).toBe('stated');
    expect(weak.text).toMatch(/^Weak/);
  });

  test('Which states make up the Central Asian group, and whom did they back before and after 2001?', () => {
    expect(centralAsianStates()).toEqual(['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan']);
    const backing = event('1990s-backing-for-anti-taliban-opposition');
    expect(backing.data.date.value).toBe('1990s');
    expect(actors(backing.data.participants)).toEqual(centralAsianStates());
    const nato = relationsOf('central-asian-states', 'supports').filter((r) => r.other === 'nato');
    expect(nato).toHaveLength(1);
    expect(nato[0]!.direction).toBe('forward');
    expect(nato[0]!.relation.period?.from?.value).toBe('2001');
    // The campaign is over: NATO's troops have left (¶9); the year of their departure is context.
    expect(nato[0]!.relation.period?.to).toMatchObject({ value: '2021', context: expect.stringMatching(/¶9/) });
    expect(nato[0]!.relation.cite).toEqual(['P1', 'P9']);
  });

  test('What are the Central Asian governments doing while they test the Taliban?', () => {
    const [cautious, ...more] = stancesOf('central-asian-states', 'taliban-engagement').filter(
      (s) => s.stance.position === 'cautious',
    );
    expect(more).toEqual([]);
    expect(cautious!.stance).toMatchObject({ cite: ['P1'], certainty: 'stated' });
    expect(cautious!.stance.measures).toHaveLength(2);
    // Derived onto every member, since the group stance names no subset.
    for (const state of centralAsianStates()) {
      expect(
        stancesOf(state, 'taliban-engagement').some(
          (s) => s.derivedFrom === 'central-asian-states' && s.stance.position === 'cautious',
        ),
        state,
      ).toBe(true);
    }
  });

  test('What will Central Asians do if the Taliban have, or have not, dropped terrorism?', () => {
    const benign = get('scenarios', 'benign').data;
    const malign = get('scenarios', 'malign').data;
    expect(benign.triggers.filter((t) => (t.cite ?? []).includes('P1')).map((t) => t.certainty)).toEqual(['possible']);
    expect(malign.triggers.filter((t) => (t.cite ?? []).includes('P1')).map((t) => t.certainty)).toEqual(['possible']);
    const open = benign.responses.filter((r) => r.actor === 'central-asian-states' && (r.cite ?? []).includes('P1'));
    expect(open.map((r) => r.certainty)).toEqual(['likely']);
    expect(open[0]!.options[0]).toMatch(/^Some /);
    const lean = malign.responses.filter((r) => r.actor === 'central-asian-states' && (r.cite ?? []).includes('P1'));
    expect(lean.map((r) => r.certainty)).toEqual(['likely']);
    expect(lean[0]!.options[0]).toMatch(/Russia/);
  });
});

describe('P2: the militant threat', () => {
  test('What did the IMU do when the Taliban last ruled Afghanistan?', () => {
    const harboured = relationsOf('imu', 'harboured');
    expect(harboured.map((r) => [r.other, r.direction])).toEqual([['taliban', 'inverse']]);
    expect(harboured[0]!.relation.period?.to?.value).toBe('2001');
    expect(harboured[0]!.relation.period?.to?.context).toBeDefined(); // the end year is not in the article
    expect(fact('imu', 'activities', 'P2').text).toMatch(/trained/i);
  });

  test('With which groups did IMU militants align, and how closely?', () => {
    const aligned = relationsOf('imu', 'aligned-with');
    expect(aligned.map((r) => r.other).sort()).toEqual(['al-qaeda', 'iskp']);
    for (const r of aligned)
      expect(r.relation).toMatchObject({ degree: 'often-merged', cite: ['P2'], certainty: 'stated' });
    expect(relationsOf('iskp', 'affiliate-of').map((r) => r.other)).toEqual(['islamic-state']);
  });

  test('Which countries would the caliphate of al-Qaeda and ISKP reach into?', () => {
    for (const group of ['al-qaeda', 'iskp']) {
      expect(fact(group, 'ideology', 'P2').text).toBe('Pan-Islamist Salafism.');
      expect(fact(group, 'aim', 'P2').text).toMatch(/Afghanistan, Central Asia and portions of China and Pakistan/);
    }
    expect(fact('pakistan', 'vulnerability', 'P2').certainty).toBe('stated');
    expect(fact('china', 'vulnerability', 'P2').certainty).toBe('stated');
  });

  test('Which peoples have fighters of these movements come from?', () => {
    const peoples = [
      'Afghans',
      'Arabs',
      'Chechens',
      'Kazakhs',
      'Kyrgyz',
      'Pashtuns',
      'Syrians',
      'Tajiks',
      'Turks',
      'Uighurs',
    ];
    for (const group of ['al-qaeda', 'iskp', 'imu']) {
      const text = fact(group, 'recruits', 'P2').text!;
      for (const people of peoples) expect(text, `${group}: ${people}`).toContain(people);
      expect(text).toMatch(/Iraq and Syria/);
    }
  });

  test('Will every Taliban commander keep away from the jihadists?', () => {
    const pledge = statement('taliban-pledge-no-support-for-terror');
    expect(pledge.speaker).toBe('taliban');
    expect(pledge.s).toMatchObject({ act: 'pledged', cite: ['P2'], certainty: 'stated' });
    expect(
      factsOf('taliban', 'activities')
        .map((f) => [f.certainty, f.cite])
        .sort(),
    ).toEqual([
      ['likely', ['P2']],
      ['uncertain', ['P2']],
    ]);
    expect(relationsOf('taliban', 'rival-of').map((r) => r.other)).toEqual(['iskp']);
    expect(fact('taliban', 'role', 'P2').certainty).toBe('likely');
  });
});

describe('P3: the CSTO', () => {
  test('Which states are full members of the CSTO?', () => {
    expect(membersWithStatus('csto', 'member').sort()).toEqual([
      'armenia',
      'belarus',
      'kazakhstan',
      'kyrgyzstan',
      'russia',
      'tajikistan',
    ]);
  });

  test("What is Afghanistan's status in the CSTO?", () => {
    expect(history('csto', 'afghanistan')).toEqual([
      expect.objectContaining({ status: 'observer', certainty: 'uncertain', cite: ['P3'] }),
    ]);
  });

  test('Which Central Asian states border Afghanistan?', () => {
    const borders = relationsOf('afghanistan', 'borders').filter((r) => centralAsianStates().includes(r.other));
    expect(borders.map((r) => r.other).sort()).toEqual(['tajikistan', 'turkmenistan', 'uzbekistan']);
    for (const r of borders) expect(r.relation.cite).toContain('P3');
    for (const state of ['kazakhstan', 'kyrgyzstan']) {
      expect(factsOf(state, 'afghan-border')).toEqual([expect.objectContaining({ none: true, certainty: 'stated' })]);
    }
    // Of the three, only Tajikistan is in the alliance.
    const inCsto = borders
      .map((r) => r.other)
      .filter((id) =>
        listOf(kb.memberships, id).some((m) => m.organization === 'csto' && m.history.at(-1)!.status === 'member'),
      );
    expect(inCsto).toEqual(['tajikistan']);
  });

  test('Has the CSTO ever fought, and which recent crises did it stay out of?', () => {
    expect(fact('csto', 'combat-record', 'P3')).toMatchObject({
      text: 'Has never carried out an actual combat operation.',
      certainty: 'stated',
    });
    expect(event('2020-belarus-crisis').data.date.value).toBe('2020');
    // Turkey gave Azerbaijan decisive help (¶13): it backed a party to the war, it did not fight in it.
    expect(event('2020-nagorno-karabakh-war').data.participants).toEqual([
      { id: 'armenia', role: 'actor' },
      { id: 'azerbaijan', role: 'actor' },
      { id: 'turkey', role: 'supporter', of: 'azerbaijan' },
    ]);
    expect(relationsOf('turkey', 'supports').map((r) => r.other)).toEqual(['azerbaijan']);
    const clash = event('2021-04-kyrgyz-tajik-border-clash').data;
    expect(clash.date.value).toBe('2021-04');
    // "this April": a date the article gives only in relative words, marked as our reading of them.
    expect(clash.date.resolvedFrom).toBe('this April');
    expect(actors(clash.participants)).toEqual(['kyrgyzstan', 'tajikistan']);
    expect(fact('russia', 'diplomatic-role', 'P3').certainty).toBe('likely');
    expect(get('actors', 'russia').data.outlooks).toEqual([
      expect.objectContaining({ cite: ['P3'], certainty: 'likely' }),
    ]);
  });

  test('What did Putin say at the CSTO emergency summit of 23 August 2021?', () => {
    const { speaker, s } = statement('putin-csto-summit-concern');
    expect(speaker).toBe('vladimir-putin');
    expect(s).toMatchObject({
      act: 'said',
      event: '2021-08-23-csto-emergency-summit',
      onBehalfOf: 'russia',
      cite: ['P3'],
      certainty: 'stated',
    });
    // Said at the summit: its date is the summit's, one claim ("Aug. 23", our reading of ¶3).
    expect(s.date).toBeUndefined();
    expect(s.quote).toBe('deep concern over the developments in Afghanistan');
    expect(wordCount(s.quote!)).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    expect(event('2021-08-23-csto-emergency-summit').data.date).toMatchObject({
      value: '2021-08-23',
      resolvedFrom: 'Aug. 23',
    });
  });

  test('Who confirmed that the CSTO was reviewing its members’ security policies?', () => {
    const { speaker, s } = statement('zas-confirms-csto-review');
    expect(speaker).toBe('stanislav-zas');
    expect(s).toMatchObject({ act: 'confirmed', onBehalfOf: 'csto', cite: ['P3'] });
    const zas = kb.byId.get('stanislav-zas')!;
    expect(zas.collection === 'actors' ? zas.data.offices.map((o) => [o.of, o.role]) : []).toEqual([
      ['csto', 'Secretary-General'],
    ]);
  });
});

describe('P4: Tajikistan', () => {
  test("How long is Tajikistan's border with Afghanistan?", () => {
    expect(factsOf('tajikistan', 'afghan-border')).toEqual([
      expect.objectContaining({
        quantity: { value: 1300, unit: 'km', qualifier: 'exact' },
        cite: ['P4'],
        certainty: 'stated',
      }),
    ]);
    const border = relationsOf('tajikistan', 'borders').filter((r) => r.other === 'afghanistan');
    expect(border.map((r) => r.relation.length)).toEqual([{ value: 1300, unit: 'km', qualifier: 'exact' }]);
  });

  test('How many Russian soldiers serve in Tajikistan, and how long does the 201st base lease run?', () => {
    expect(fact('201st-military-base', 'troops', 'P4').quantity).toEqual({
      value: 7000,
      unit: 'troops',
      qualifier: 'approx',
    });
    expect(fact('201st-military-base', 'lease', 'P4').quantity).toEqual({
      value: 2042,
      unit: 'year',
      qualifier: 'at-least',
    });
    expect(relationsOf('201st-military-base', 'hosts').map((r) => r.other)).toEqual(['tajikistan']);
    expect(relationsOf('201st-military-base', 'operates').map((r) => r.other)).toEqual(['russia']);
    expect(fact('tajikistan', 'security-ties', 'P4').text).toMatch(
      /No foreign country hosts as many Russian military personnel/,
    );
  });

  test('Where is Ayni Air Base, and what might the joint air defence system change there?', () => {
    expect(fact('ayni-air-base', 'distance', 'P4')).toMatchObject({
      quantity: { value: 10, unit: 'km', qualifier: 'exact', direction: 'west' },
      reference: 'dushanbe',
    });
    expect(fact('ayni-air-base', 'role', 'P4').certainty).toBe('possible');
    const air = event('2021-04-russia-tajikistan-joint-air-defense').data;
    expect(air.date.value).toBe('2021-04');
    expect(actors(air.participants)).toEqual(['russia', 'tajikistan']);
  });

  test('How big was the Tajik–Russian exercise of April 2021?', () => {
    const drill = event('2021-04-tajik-russian-exercise');
    expect(drill.data.date.value).toBe('2021-04');
    expect(fact(drill.id, 'troops', 'P4').quantity).toEqual({ value: 50000, unit: 'troops', qualifier: 'more-than' });
  });

  test('When did Russian troops leave the Afghan–Tajik border, and what did the CSTO promise in August 2021?', () => {
    expect(event('2005-russian-border-troops-withdraw').data.date.value).toBe('2005');
    expect(statement('tajikistan-calls-for-csto-border-support').s).toMatchObject({
      act: 'called-for',
      about: ['csto'],
      cite: ['P4'],
    });
    const pledge = statement('csto-pledges-tajik-border-support');
    expect(pledge.speaker).toBe('csto');
    expect(pledge.s).toMatchObject({
      act: 'pledged',
      event: '2021-08-23-csto-emergency-summit',
      about: ['tajikistan'],
      cite: ['P4'],
    });
    expect(pledge.s.summary).toMatch(/without sending extra forces/);
  });

  test('Did Tajikistan talk to the Taliban, and what did Rahmon demand after Kabul fell?', () => {
    const own = stancesOf('tajikistan', 'taliban-engagement').filter((s) => !s.derivedFrom);
    expect(own.map((s) => [s.stance.position, s.stance.certainty])).toEqual([['none', 'stated']]);
    const { speaker, s } = statement('rahmon-demands-tajik-inclusion');
    expect(speaker).toBe('emomali-rahmon');
    expect(s).toMatchObject({
      act: 'demanded',
      onBehalfOf: 'tajikistan',
      about: ['afghanistan', 'ethnic-tajiks', 'taliban'],
      cite: ['P4'],
    });
    expect(stancesOf('tajikistan', 'ethnic-kin').map((x) => x.stance.position)).toEqual(['champions']);
    expect(fact('ethnic-tajiks', 'ethnic-share', 'P4').text).toBe("Afghanistan's second-largest ethnic group.");
    expect(fact('pashtuns', 'role', 'P4').text).toBe('Dominate the Taliban movement.');
  });
});

describe('P5: Uzbekistan', () => {
  test('When did Uzbekistan leave the CSTO?', () => {
    expect(history('csto', 'uzbekistan')).toEqual([
      expect.objectContaining({ status: 'former', since: { value: '2012' }, cite: ['P5'], certainty: 'stated' }),
    ]);
    expect(actors(event('2012-uzbekistan-leaves-csto').data.participants)).toEqual(['csto', 'uzbekistan']);
  });

  test('How many troops drilled at Termez, and when?', () => {
    const drill = event('2021-08-russia-uzbekistan-exercise-termez');
    expect(drill.data.date).toMatchObject({ value: '2021-08', qualifier: 'early' });
    expect(drill.data.location).toBe('termez');
    expect(actors(drill.data.participants)).toEqual(['russia', 'uzbekistan']);
    expect(fact(drill.id, 'troops', 'P5').quantity).toEqual({ value: 1500, unit: 'troops', qualifier: 'exact' });
  });

  test('What military programme did Russia and Uzbekistan announce, where, and for which years?', () => {
    const programme = event('2021-04-russia-uzbekistan-strategic-partnership-program').data;
    expect(programme.date).toMatchObject({ value: '2021-04', end: '2025' });
    const visit = event('2021-04-shoigu-visit-to-tashkent').data;
    expect(visit.location).toBe('tashkent');
    expect(actors(visit.participants)).toContain('sergei-shoigu');
    expect(statement('russia-uzbekistan-announce-strategic-partnership').s).toMatchObject({
      act: 'announced',
      event: '2021-04-russia-uzbekistan-strategic-partnership-program',
    });
  });

  test('What did Mirziyoyev and Putin agree on 15 August 2021?', () => {
    const { speaker, s } = statement('mirziyoyev-putin-agree-security-cooperation');
    expect(speaker).toBe('shavkat-mirziyoyev');
    expect(s).toMatchObject({ act: 'agreed', event: '2021-08-15-mirziyoyev-putin-call', cite: ['P5'] });
    // Made jointly: Putin is the other side of the agreement, and it is listed on his page too.
    expect(s.jointWith).toEqual(['vladimir-putin']);
    expect(listOf(kb.statements, 'vladimir-putin').map((x) => x.statement.id)).toContain(s.id);
    expect(s.date).toBeUndefined();
    expect(event('2021-08-15-mirziyoyev-putin-call').data.date.value).toBe('2021-08-15');
    expect(wordCount(s.quote!)).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    expect(actors(event('2021-08-15-mirziyoyev-putin-call').data.participants)).toEqual([
      'russia',
      'shavkat-mirziyoyev',
      'uzbekistan',
      'vladimir-putin',
    ]);
    expect(get('actors', 'shavkat-mirziyoyev').data.offices).toEqual([
      expect.objectContaining({ role: 'President', of: 'uzbekistan', since: { value: '2016' } }),
    ]);
  });

  test("How long is Uzbekistan's border with Afghanistan, and which province lies across it?", () => {
    expect(fact('uzbekistan', 'afghan-border', 'P5').quantity).toEqual({ value: 137, unit: 'km', qualifier: 'exact' });
    expect(fact('uzbekistan', 'afghan-border', 'P5').note).toMatch(/Balkh Province/);
    expect(
      relationsOf('balkh-province', 'located-in')
        .filter((r) => r.direction === 'forward')
        .map((r) => r.other),
    ).toEqual(['afghanistan']);
  });

  test('Which Afghan infrastructure did Uzbekistan agree to build or extend?', () => {
    const rail = get('infrastructure', 'hairatan-mazar-i-sharif-railway').data;
    expect(rail.status).toBe('extension-agreed');
    expect(rail.route?.via).toEqual(['hairatan', 'mazar-i-sharif']);
    const power = get('infrastructure', 'baghlan-power-line').data;
    expect(power.status).toBe('agreed');
    expect(power.route?.via).toEqual(['uzbekistan', 'baghlan-province']);
    expect(
      relationsOf('uzbekistan', 'agreement-with')
        .map((r) => r.other)
        .sort(),
    ).toEqual(['afghan-republic', 'russia']);
  });

  test('How has Uzbekistan dealt with the Taliban and with ethnic Uzbeks in Afghanistan?', () => {
    const own = stancesOf('uzbekistan', 'taliban-engagement').filter((s) => !s.derivedFrom);
    expect(own.map((s) => [s.stance.position, s.stance.certainty])).toEqual([['extensive', 'stated']]);
    expect(stancesOf('uzbekistan', 'ethnic-kin').map((s) => s.stance.position)).toEqual(['declines']);
    const reopened = event('2021-08-friendship-bridge-reopened').data.date;
    expect(reopened).toMatchObject({ value: '2021-08', qualifier: 'late', resolvedFrom: 'In the past few weeks' });
    expect(fact('friendship-bridge', 'role', 'P5').text).toMatch(/principal crossing/);
  });
});

describe('caption: the Harb-Maidon exercise', () => {
  test('Which date does only the caption give?', () => {
    const drill = event('2021-08-10-trilateral-exercise-harb-maidon').data;
    expect(drill.date.value).toBe('2021-08-10');
    expect(drill.cite).toContain('caption');
    // The date cites the caption alone, so every page marks it "stated, caption".
    expect(drill.date.cite).toEqual(['caption']);
    // The caption is cited only by the Harb-Maidon entries and by the states whose troops drilled there.
    expect(
      kb.entries
        .filter(
          (e) => e.collection !== 'actors' && entryCoreView(kb, e.id).cited.some((c) => c.cite.place === 'caption'),
        )
        .map((e) => e.id)
        .sort(),
    ).toEqual(['2021-08-10-trilateral-exercise-harb-maidon', 'harb-maidon-training-ground']);
  });

  test('How far from the Afghan border is the Harb-Maidon training ground?', () => {
    expect(fact('harb-maidon-training-ground', 'distance', 'caption')).toMatchObject({
      quantity: { value: 20, unit: 'km', qualifier: 'exact' },
      reference: 'afghanistan',
      certainty: 'stated',
    });
  });

  test('Which countries drilled together at Harb-Maidon?', () => {
    const drill = event('2021-08-10-trilateral-exercise-harb-maidon').data;
    expect(actors(drill.participants)).toEqual(['russia', 'tajikistan', 'uzbekistan']);
    expect(drill.location).toBe('harb-maidon-training-ground');
    expect(relationsOf('harb-maidon-training-ground', 'located-in').map((r) => r.other)).toEqual(['tajikistan']);
  });
});

describe('P6: Turkmenistan', () => {
  test("How long is Turkmenistan's border with Afghanistan?", () => {
    expect(fact('turkmenistan', 'afghan-border', 'P6').quantity).toEqual({
      value: 744,
      unit: 'km',
      qualifier: 'exact',
    });
    expect(fact('turkmenistan', 'population', 'P6').text).toMatch(/far from the Afghan border/);
  });

  test('Is Turkmenistan in the CSTO or in any security orbit?', () => {
    expect(listOf(kb.memberships, 'turkmenistan').map((m) => m.organization)).not.toContain('csto');
    expect(fact('turkmenistan', 'security-ties', 'P6').text).toMatch(/^Not a CSTO member/);
    expect(
      stancesOf('turkmenistan', 'reliance-on-russia')
        .filter((s) => !s.derivedFrom)
        .map((s) => s.stance.position),
    ).toEqual(['keeps-distance']);
  });

  test('How does Turkmenistan get along with the Taliban on its border?', () => {
    expect(fact('taliban', 'security-ties', 'P6').certainty).toBe('likely');
    expect(fact('taliban', 'presence', 'P6').certainty).toBe('stated');
    const announced = statement('turkmenistan-announces-continued-ties');
    expect(announced.s).toMatchObject({ act: 'announced', cite: ['P6'] });
    const own = stancesOf('turkmenistan', 'taliban-engagement').filter((s) => !s.derivedFrom);
    expect(own.map((s) => [s.stance.position, s.stance.certainty, s.stance.attributedTo])).toEqual([
      ['pragmatic', 'stated', 'turkmenistan'],
    ]);
  });

  test('Which way does the TAPI pipeline run, and what will it carry?', () => {
    const tapi = get('infrastructure', 'tapi-pipeline').data;
    expect(tapi.route?.via).toEqual(['turkmenistan', 'afghanistan', 'pakistan', 'india']);
    expect(fact('tapi-pipeline', 'cargo', 'P6').text).toMatch(/natural gas/);
    expect(relationsOf('india', 'connects').map((r) => r.other)).toEqual(['tapi-pipeline']);
  });
});

describe('P7: Kazakhstan', () => {
  test('Does Kazakhstan host foreign bases or border Afghanistan?', () => {
    expect(fact('kazakhstan', 'foreign-bases', 'P7')).toMatchObject({ none: true, certainty: 'stated' });
    expect(fact('kazakhstan', 'afghan-border', 'P7').none).toBe(true);
    expect(relationsOf('kazakhstan', 'supports').map((r) => r.other)).toEqual(['nato']);
  });

  test("How strong is Kazakhstan's military, and what does it give the CSTO?", () => {
    expect(fact('kazakhstan', 'military-standing', 'P7').text).toMatch(/strongest armed forces/);
    expect(fact('kazakhstan', 'security-ties', 'P7').text).toMatch(/second-largest contributor/);
    expect(history('csto', 'kazakhstan')[0]!.cite).toEqual(['P3', 'P7']);
  });

  test('What ties did Kazakhstan have with the previous Afghan government?', () => {
    const agreement = relationsOf('kazakhstan', 'agreement-with').filter((r) => r.other === 'afghan-republic');
    expect(agreement).toHaveLength(1);
    expect(agreement[0]!.relation.note).toMatch(/good, if not close.*defence cooperation agreement/);
    expect(fact('kazakhstan', 'activities', 'P7').text).toMatch(/students and women/);
  });

  test('How far has Kazakhstan engaged the Taliban, and does it look to Russia?', () => {
    const own = stancesOf('kazakhstan', 'taliban-engagement').filter((s) => !s.derivedFrom);
    expect(own.map((s) => [s.stance.position, s.stance.certainty])).toEqual([['limited', 'stated']]);
    expect(stancesOf('kazakhstan', 'reliance-on-russia').map((s) => [s.stance.position, s.stance.certainty])).toEqual([
      ['awaits-lead', 'likely'],
    ]);
    expect(actors(event('2021-08-kazakhstan-raises-military-alert').data.participants)).toEqual(['kazakhstan']);
  });

  test('Where did UNAMA staff move in August 2021, and at whose request?', () => {
    const move = event('2021-08-unama-staff-relocate-to-nur-sultan').data;
    expect(move.location).toBe('nur-sultan');
    expect(move.date.value).toBe('2021-08');
    expect(relationsOf('unama', 'hosts').map((r) => [r.other, r.direction])).toEqual([['kazakhstan', 'inverse']]);
    expect(statement('un-requests-kazakhstan-host-unama').speaker).toBe('united-nations');
  });

  test('When and where did Tokayev meet Putin, and what did he say?', () => {
    const meeting = event('2021-08-21-tokayev-putin-meeting').data;
    expect(meeting.date.value).toBe('2021-08-21');
    expect(meeting.location).toBe('moscow');
    for (const id of ['tokayev-security-cooperation-urgent', 'tokayev-joint-policy']) {
      const { speaker, s } = statement(id);
      expect(speaker).toBe('kassym-jomart-tokayev');
      expect(s).toMatchObject({ event: '2021-08-21-tokayev-putin-meeting', onBehalfOf: 'kazakhstan', cite: ['P7'] });
      expect(wordCount(s.quote!)).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    }
  });
});

describe('P8: Kyrgyzstan', () => {
  test("What are the terms of Russia's lease on Kant Air Base, and how far can its planes reach?", () => {
    expect(fact('kant-air-base', 'lease', 'P8')).toMatchObject({
      quantity: { value: 25, unit: 'years', qualifier: 'exact' },
      note: 'The lease is renewable.',
    });
    expect(fact('kant-air-base', 'reach', 'P8').text).toMatch(/whole of Afghanistan/);
    expect(relationsOf('kant-air-base', 'operates').map((r) => r.other)).toEqual(['russia']);
  });

  test('Does Kyrgyzstan border Afghanistan, and how sturdy is the state?', () => {
    expect(fact('kyrgyzstan', 'afghan-border', 'P8').none).toBe(true);
    expect(fact('kyrgyzstan', 'armed-forces', 'P8').text).toMatch(/Small and underfunded/);
    expect(fact('kyrgyzstan', 'stability-record', 'P8').text).toMatch(/coups and revolutions/);
  });

  test('Is there a second Russian base in southern Kyrgyzstan?', () => {
    const base = get('bases', 'southern-kyrgyzstan-base').data;
    expect(base.status).toBe('proposed');
    expect(fact('southern-kyrgyzstan-base', 'status', 'P8').text).toMatch(/for years/);
  });

  test('When did the CSTO hold its Rubezh exercises in 2021?', () => {
    const rubezh = event('2021-09-csto-rubezh-exercise').data;
    expect(rubezh.date).toMatchObject({ value: '2021-09', qualifier: 'early' });
    expect(actors(rubezh.participants)).toEqual(['csto']);
  });

  test('Which Afghans may still come to Kyrgyzstan, and whose lead does it follow?', () => {
    expect(stancesOf('kyrgyzstan', 'afghan-refugees').map((s) => s.stance.position)).toEqual(['admits-students']);
    const own = stancesOf('kyrgyzstan', 'reliance-on-russia').filter((s) => !s.derivedFrom);
    expect(own.map((s) => [s.stance.position, s.stance.certainty])).toEqual([['follows-lead', 'likely']]);
  });
});

describe('P9: the benign outlook', () => {
  test('Which 1990s policy do Central Asians seem ready to leave behind?', () => {
    const cordon = event('1990s-cordon-sanitaire-policy').data;
    expect(cordon.date.value).toBe('1990s');
    expect(actors(cordon.participants)).toEqual(['central-asian-states']);
    const open = stancesOf('central-asian-states', 'taliban-engagement').filter(
      (s) => s.stance.position === 'open-conditional',
    );
    expect(open.map((s) => [s.stance.certainty, s.stance.cite])).toEqual([['likely', ['P1', 'P9']]]);
    expect(open[0]!.stance.condition).toMatch(/^Provided/);
  });

  test('On what condition might Central Asian leaders welcome the Taliban regime?', () => {
    const benign = get('scenarios', 'benign').data;
    expect(benign.triggers.filter((t) => (t.cite ?? []).includes('P9')).map((t) => t.certainty)).toEqual(['possible']);
    const welcome = benign.responses.filter((r) => r.actor === 'central-asian-states' && r.certainty === 'possible');
    expect(welcome.map((r) => r.cite)).toEqual([['P9']]);
    expect(welcome[0]!.options[0]).toMatch(/power lines/);
  });

  test('What does the departure of NATO troops mean for aid to the region?', () => {
    expect(
      factsOf('afghanistan', 'economic-ties').filter(
        (f) => (f.cite ?? []).includes('P9') && /Western aid/.test(f.text!),
      ),
    ).toHaveLength(1);
    expect(
      factsOf('afghanistan', 'economic-ties').filter(
        (f) => (f.cite ?? []).includes('P9') && /transport corridors/.test(f.text!),
      ),
    ).toHaveLength(1);
    expect(
      factsOf('central-asian-states', 'economic-ties').filter(
        (f) => (f.cite ?? []).includes('P9') && /Western aid/.test(f.text!),
      ),
    ).toHaveLength(1);
    expect(fact('nato', 'presence', 'P9').text).toBe('Its troops have left Afghanistan.');
  });

  test('Which ports would the landlocked Central Asian states like to reach?', () => {
    const ports = factsOf('central-asian-states', 'economic-ties').filter((f) => /Indian Ocean/.test(f.text!));
    expect(ports.map((f) => [f.cite, f.certainty])).toEqual([[['P9'], 'stated']]);
  });
});

describe('P10: refugees', () => {
  test('Which states turn most Afghan refugees away, and whom do they let through?', () => {
    const refuse = stancesOf('central-asian-states', 'afghan-refugees');
    expect(refuse).toHaveLength(1);
    expect(refuse[0]!.stance.appliesTo).toEqual(['tajikistan', 'turkmenistan', 'uzbekistan']);
    expect(refuse[0]!.stance.exceptions).toHaveLength(2);
    expect(refuse[0]!.stance.reasons).toEqual(
      expect.arrayContaining(['Limited resources', 'Reluctance to antagonise the new Taliban government']),
    );
    for (const state of ['kazakhstan', 'kyrgyzstan']) {
      expect(
        stancesOf(state, 'afghan-refugees').some((s) => s.stance.position === 'refuses-most'),
        state,
      ).toBe(false);
    }
  });

  test('How many Afghan refugees did Tajikistan take in during the 1990s?', () => {
    expect(fact('tajikistan', 'refugees-hosted', 'P10')).toMatchObject({
      quantity: { value: 1_000_000, unit: 'people', qualifier: 'more-than' },
    });
    expect(event('1990s-afghan-refugees-in-tajikistan').data.date.value).toBe('1990s');
  });

  test('What did Putin warn Central Asians about refugees?', () => {
    const { speaker, s } = statement('putin-warns-against-refugees');
    expect(speaker).toBe('vladimir-putin');
    expect(s).toMatchObject({ act: 'warned', onBehalfOf: 'russia', cite: ['P10'] });
    expect(wordCount(s.quote!)).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    expect(stancesOf('russia', 'afghan-refugees').map((x) => x.stance.position)).toEqual(['opposes-admission']);
    const sign = get('scenarios', 'malign').data.signs.filter((x) => (x.cite ?? []).includes('P10'));
    expect(sign.map((x) => [x.attributedTo, x.certainty])).toEqual([['vladimir-putin', 'possible']]);
  });
});

describe('P11: the malign outlook', () => {
  test("What are Russia's options in the malign scenario?", () => {
    const russia = get('scenarios', 'malign').data.responses.filter((r) => r.actor === 'russia');
    expect(russia).toHaveLength(1);
    expect(russia[0]).toMatchObject({ alternatives: true, certainty: 'possible', cite: ['P11'] });
    expect(russia[0]!.options).toHaveLength(4);
    expect(russia[0]!.options.some((o) => /northern Afghanistan/.test(o))).toBe(true);
    expect(russia[0]!.options.some((o) => /ISKP/.test(o))).toBe(true);
  });

  test('Which states have few options besides Russian military protection?', () => {
    const relies = stancesOf('central-asian-states', 'reliance-on-russia').filter(
      (s) => s.stance.position === 'relies',
    );
    expect(relies.map((s) => [s.stance.appliesTo, s.stance.certainty])).toEqual([
      [['kyrgyzstan', 'tajikistan'], 'stated'],
    ]);
    expect(stancesOf('tajikistan', 'reliance-on-russia').map((s) => s.derivedFrom)).toEqual(['central-asian-states']);
  });

  test('Which states outside the CSTO seem likely to draw closer to Moscow?', () => {
    const malign = get('scenarios', 'malign').data;
    const closer = malign.responses
      .filter((r) => r.certainty === 'likely' && (r.cite ?? []).includes('P11'))
      .map((r) => r.actor);
    expect(closer).toEqual(['turkmenistan', 'uzbekistan']);
    expect(malign.roles.filter((r) => r.actor === 'csto').map((r) => r.certainty)).toEqual(['possible']);
  });

  test('What did Shoigu call for after the Taliban victory?', () => {
    const { speaker, s } = statement('shoigu-strengthen-csto-interaction');
    expect(speaker).toBe('sergei-shoigu');
    expect(s).toMatchObject({ act: 'called-for', about: ['csto'], onBehalfOf: 'russia', cite: ['P11'] });
    expect(wordCount(s.quote!)).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
  });
});

describe('P12: the United States', () => {
  test('Will the United States and NATO offer an alternative security provider?', () => {
    expect(get('actors', 'united-states').data.outlooks.map((o) => [o.certainty, o.cite])).toEqual([
      ['likely', ['P12']],
    ]);
    expect(get('organizations', 'nato').data.outlooks.map((o) => [o.certainty, o.cite])).toEqual([['likely', ['P12']]]);
  });

  test('When did Uzbekistan and Kyrgyzstan expel US forces?', () => {
    expect(event('2005-uzbekistan-expels-us-forces').data.date.value).toBe('2005');
    expect(event('2014-kyrgyzstan-expels-us-forces').data.date.value).toBe('2014');
    for (const state of ['uzbekistan', 'kyrgyzstan']) {
      expect(
        stancesOf(state, 'us-bases')
          .map((s) => s.stance.position)
          .sort(),
        state,
      ).toEqual(['expelled', 'not-advocated']);
    }
  });

  test('Who has warned against new US bases in Central Asia, and has any Central Asian state asked for them?', () => {
    expect(statement('russia-warns-against-us-bases').s.act).toBe('warned');
    expect(statement('taliban-warn-against-us-bases').speaker).toBe('taliban');
    for (const state of centralAsianStates()) {
      expect(
        stancesOf(state, 'us-bases').some(
          (s) => s.stance.position === 'not-advocated' && s.derivedFrom === 'central-asian-states',
        ),
        state,
      ).toBe(true);
    }
  });

  test('What does Moscow claim about foreign bases in CSTO states?', () => {
    expect(statement('russia-claims-veto-on-foreign-bases').s).toMatchObject({ act: 'claimed', cite: ['P12'] });
    expect(
      factsOf('csto', 'role')
        .filter((f) => f.attributedTo === 'russia')
        .map((f) => f.cite),
    ).toEqual([['P12']]);
  });
});

describe('P13: Turkey and China', () => {
  test('Does China want a major military role in Central Asia?', () => {
    expect(fact('china', 'role', 'P13').certainty).toBe('likely');
    expect(get('actors', 'china').data.outlooks.map((o) => o.certainty)).toEqual(['likely']);
  });

  test("Where has Turkey's role grown, and how much security presence does it have in Central Asia?", () => {
    expect(relationsOf('turkey', 'supports').map((r) => r.other)).toEqual(['azerbaijan']);
    expect(fact('turkey', 'presence', 'P13').text).toMatch(/minimal security presence/);
    expect(fact('turkey', 'economic-ties', 'P13').text).toMatch(/humanitarian and economic/);
  });

  test('What draws the Taliban to China?', () => {
    expect(fact('taliban', 'economic-ties', 'P13').certainty).toBe('likely');
    expect(relationsOf('belt-and-road-initiative', 'operates').map((r) => [r.other, r.direction])).toEqual([
      ['china', 'inverse'],
    ]);
    expect(fact('belt-and-road-initiative', 'role', 'P13').certainty).toBe('possible');
  });
});

describe('P14: the SCO', () => {
  test('Which states are SCO members and which are observers?', () => {
    expect(membersWithStatus('sco', 'member').sort()).toEqual([
      'china',
      'india',
      'kazakhstan',
      'kyrgyzstan',
      'pakistan',
      'russia',
      'tajikistan',
      'uzbekistan',
    ]);
    const observers = get('organizations', 'sco')
      .data.members.filter((m) => m.history.some((h) => h.status === 'observer'))
      .map((m) => m.member);
    expect(observers.sort()).toEqual(['afghanistan', 'belarus', 'iran', 'mongolia']);
  });

  test("What is Afghanistan's history with the SCO?", () => {
    expect(history('sco', 'afghanistan').map((h) => [h.status, h.since?.value])).toEqual([
      ['observer', '2012'],
      ['applicant', '2015'],
    ]);
    expect(relationsOf('sco-rats', 'agreement-with').map((r) => r.other)).toEqual(['afghanistan']);
  });

  test('Who leads the SCO, and what could it do next?', () => {
    expect(
      relationsOf('sco', 'leads')
        .map((r) => [r.other, r.direction])
        .sort(),
    ).toEqual([
      ['china', 'inverse'],
      ['russia', 'inverse'],
    ]);
    expect(get('organizations', 'sco').data.outlooks.map((o) => o.certainty)).toEqual(['possible']);
    for (const id of ['benign', 'malign']) {
      expect(
        get('scenarios', id)
          .data.roles.filter((r) => r.actor === 'sco')
          .map((r) => [r.certainty, r.cite]),
        id,
      ).toEqual([['possible', ['P14']]]);
    }
  });

  test("In what order did the SCO's Afghan milestones happen?", () => {
    const milestones = [
      '2005-sco-afghanistan-contact-group-founded',
      '2009-sco-afghanistan-action-plan',
      '2009-sco-contact-group-suspended',
      '2012-afghanistan-sco-observer',
      '2015-afghanistan-rats-protocol-and-sco-application',
      '2021-07-sco-contact-group-meeting-dushanbe',
    ];
    expect(
      orderedEvents(kb)
        .map((e) => e.id)
        .filter((id) => milestones.includes(id)),
    ).toEqual(milestones);
    expect(event('2021-07-sco-contact-group-meeting-dushanbe').data.location).toBe('dushanbe');
    expect(statement('sco-contact-group-ministers-commit-to-coordinate').s).toMatchObject({
      act: 'pledged',
      event: '2021-07-sco-contact-group-meeting-dushanbe',
    });
  });

  test('What has the SCO actually done about Afghanistan so far?', () => {
    const done = factsOf('sco', 'activities').map((f) => f.text!);
    expect(done.some((t) => /declarations/.test(t))).toBe(true);
    expect(done.some((t) => /2009/.test(t))).toBe(true);
  });
});

describe('across paragraphs: August 2021', () => {
  test('In what order did the dated events of August 2021 happen?', () => {
    const august = orderedEvents(kb)
      .filter((e) => /^2021-08-\d\d$/.test(e.data.date.value))
      .map((e) => e.id);
    expect(august).toEqual([
      '2021-08-10-trilateral-exercise-harb-maidon',
      '2021-08-15-mirziyoyev-putin-call',
      '2021-08-15-taliban-take-kabul',
      '2021-08-21-tokayev-putin-meeting',
      '2021-08-23-csto-emergency-summit',
      // Dated as context: the article says only that NATO troops have left.
      '2021-08-nato-troops-depart',
    ]);
    expect(event('2021-08-nato-troops-depart').data.date.context).toMatch(/30 August 2021/);
  });

  test('Which events does the article say came after another?', () => {
    const after = Object.fromEntries(
      entries.flatMap((e) =>
        e.collection === 'events' && e.data.after.length ? [[e.id, e.data.after.map((a) => a.id)]] : [],
      ),
    );
    expect(after).toEqual({
      '2001-nato-campaign-in-afghanistan': ['2001-09-september-11-attacks'],
      '2001-us-bases-in-central-asia': ['2001-09-september-11-attacks'],
      '2014-kyrgyzstan-expels-us-forces': ['2005-uzbekistan-expels-us-forces'],
      '2015-afghanistan-rats-protocol-and-sco-application': ['2012-afghanistan-sco-observer'],
      '2021-08-10-trilateral-exercise-harb-maidon': ['2021-08-russia-uzbekistan-exercise-termez'],
      '2021-08-kazakhstan-raises-military-alert': ['2021-08-15-taliban-take-kabul'],
    });
    // Only the caption dates the Harb-Maidon drill, so the order comes from ¶5 alone; that NATO's
    // campaign followed the attacks is context.
    expect(event('2021-08-10-trilateral-exercise-harb-maidon').data.after).toEqual([
      { id: '2021-08-russia-uzbekistan-exercise-termez', cite: ['P5'] },
    ]);
    expect(event('2001-nato-campaign-in-afghanistan').data.after[0]!.context).toMatch(/well established/);
    // The article dates Kazakhstan's alert only by the takeover it followed.
    expect(event('2021-08-kazakhstan-raises-military-alert').data.date).toMatchObject({ value: '2021' });
  });

  test('Did the Termez drill come before the Harb-Maidon drill, and which August events fall late in the month?', () => {
    const termez = event('2021-08-russia-uzbekistan-exercise-termez').data.date;
    const harb = event('2021-08-10-trilateral-exercise-harb-maidon').data.date;
    expect(latestDay(termez)).toBeLessThanOrEqual(earliestDay(harb));
    for (const id of ['2021-08-friendship-bridge-reopened', '2021-08-nato-troops-depart']) {
      expect(earliestDay(event(id).data.date), id).toBeGreaterThanOrEqual(20210821);
    }
  });
});
