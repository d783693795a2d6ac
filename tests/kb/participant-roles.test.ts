/**
 * An event's participants are shown by their part in it, wherever they are shown: a target, a
 * supporter or a host is never said to have taken part. Every rendering of every participant — the
 * event's infobox, the timeline, the entity's list of events, both ends of the local graphs, the
 * network's table and open data — is checked against the participant's role. Shown to fail on
 * seeded violations.
 */
import { describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import type { KbEntry } from '../../src/model/entries.ts';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../src/model/vocab/relations.ts';
import { collectionFile } from '../../src/views/data/open-data.ts';
import { entryCoreView } from '../../src/views/entry/entry-view.ts';
import type { EntryCoreView } from '../../src/views/entry/types.ts';
import { networkPageView, type NetworkRowView } from '../../src/views/pages/network.ts';
import { timelineView, type TimelineView } from '../../src/views/pages/timeline.ts';
import { ROOT } from '../helpers/site.ts';

const kb = readSnapshot(ROOT).index!;
const events = kb.entries.filter((e): e is KbEntry<'events'> => e.collection === 'events');
/** Each participant's role, by event and participant. */
const roles = new Map(events.flatMap((e) => e.data.participants.map((p) => [`${e.id} ${p.id}`, p.role] as const)));
const roleOf = (event: string, participant: string) => roles.get(`${event} ${participant}`);
const pages = kb.entries.map((e) => entryCoreView(kb, e.id));

interface Seen {
  where: string;
  event: string;
  participant: string;
  /** The words shown for the participant's part. */
  shown: string;
  /** The words its role gives there. */
  words: (role: ParticipantRole) => string;
}

/** Every place a participant is shown with words for its part. */
function renderings(
  entryPages: readonly EntryCoreView[],
  timeline: TimelineView,
  networkRows: readonly NetworkRowView[],
): Seen[] {
  const out: Seen[] = [];
  for (const page of entryPages) {
    if (page.collection === 'events')
      // The "Where" row names the event's place, which may also be a participant.
      for (const row of page.infobox.filter((r) => r.label !== 'Where'))
        for (const value of row.values)
          for (const link of value.links?.items ?? [])
            if (roleOf(page.id, link.id))
              out.push({
                where: `${page.path} infobox`,
                event: page.id,
                participant: link.id,
                shown: row.label,
                words: (r) => PARTICIPANT_ROLES[r].row,
              });
    for (const item of page.events)
      if (roleOf(item.link.id, page.id))
        out.push({
          where: `${page.path} events`,
          event: item.link.id,
          participant: page.id,
          shown: item.part ?? '',
          words: (r) => PARTICIPANT_ROLES[r].part,
        });
    for (const n of page.localGraph?.neighbours ?? []) {
      const [event, participant, side] = roleOf(n.id, page.id)
        ? [n.id, page.id, 'label' as const]
        : roleOf(page.id, n.id)
          ? [page.id, n.id, 'inverse' as const]
          : [];
      if (event && participant)
        out.push({
          where: `${page.path} local graph`,
          event,
          participant,
          shown: n.label,
          words: (r) => PARTICIPANT_ROLES[r][side!],
        });
    }
  }
  for (const group of timeline.groups)
    for (const e of group.events)
      for (const party of e.parties)
        for (const link of party.links)
          out.push({
            where: `/timeline/ ${e.anchor}`,
            event: e.link.id,
            participant: link.id,
            shown: party.words.toLowerCase(),
            words: (r) => PARTICIPANT_ROLES[r].timeline.toLowerCase(),
          });
  for (const row of networkRows) {
    const [participant, , event] = row.edge.split('--');
    if (row.edge.includes('--participated-in--'))
      out.push({
        where: `/network/ ${row.edge}`,
        event: event!,
        participant: participant!,
        shown: row.label,
        words: (r) => PARTICIPANT_ROLES[r].label,
      });
  }
  for (const file of [
    collectionFile(kb, 'events', new URL('https://example.org'), (id) => pages.find((p) => p.id === id)!),
  ])
    for (const e of file.entries)
      for (const r of e.derived.relations)
        if (r.derivedFrom === 'participants')
          out.push({
            where: `/data/events.json ${e.id}`,
            event: e.id,
            participant: r.other,
            shown: `${r.role} ${r.label}`,
            words: (role) => `${role} ${PARTICIPANT_ROLES[role].inverse}`,
          });
  return out;
}

/** Renderings whose words are not those of the participant's role. */
function wrongParts(seen: readonly Seen[]): string[] {
  return seen.flatMap((s) => {
    const role = roleOf(s.event, s.participant);
    if (!role) return [`${s.where}: ${s.participant} is shown as a participant of ${s.event}, which does not list it`];
    return s.shown === s.words(role)
      ? []
      : [`${s.where}: ${s.participant} (${role} of ${s.event}) is shown as "${s.shown}"`];
  });
}

describe('a participant is shown by its part in the event', () => {
  const network = networkPageView(kb, { iterations: 1 }).rows;
  const timeline = timelineView(kb);
  const seen = renderings(pages, timeline, network);

  test('every rendering of every participant uses the words of its role', () => {
    const participants = new Set(seen.map((s) => `${s.event} ${s.participant}`));
    console.log(`checked ${seen.length} renderings of ${participants.size} participants of ${events.length} events`);
    expect(participants.size).toBe(roles.size);
    expect(seen.length).toBeGreaterThan(5 * roles.size);
    expect(seen.filter((s) => roleOf(s.event, s.participant) !== 'actor').length).toBeGreaterThan(40);
    expect(wrongParts(seen)).toEqual([]);
  });

  test('the United States is the target of the September 2001 attacks, and Turkey a supporter of Azerbaijan', () => {
    expect(kb.byId.get('2001-09-september-11-attacks')!.data).toMatchObject({
      participants: [{ id: 'united-states', role: 'target' }],
    });
    expect(roleOf('2020-nagorno-karabakh-war', 'turkey')).toBe('supporter');
    const war = pages.find((p) => p.id === '2020-nagorno-karabakh-war')!;
    expect(war.infobox.find((r) => r.label === 'Supported by')!.values[0]).toMatchObject({
      links: { items: [{ id: 'turkey' }] },
      note: 'backed Azerbaijan',
    });
    // The attacks' page has its local graph again, and with it its #network anchor.
    expect(pages.find((p) => p.id === '2001-09-september-11-attacks')!.localGraph).toBeDefined();
  });

  test('a target listed among the participants on the event’s page is caught', () => {
    const attacks = pages.find((p) => p.id === '2001-09-september-11-attacks')!;
    const seeded = {
      ...attacks,
      infobox: attacks.infobox.map((r) => (r.label === 'Target' ? { ...r, label: 'Participants' } : r)),
    };
    expect(wrongParts(renderings([seeded], { ...timeline, groups: [] }, []))).toEqual([
      '/events/2001-09-september-11-attacks/ infobox: united-states (target of 2001-09-september-11-attacks) is shown as "Participants"',
    ]);
  });

  test('a supporter said to have taken part, in the network’s table or on the timeline, is caught', () => {
    const rows = network.map((r) =>
      r.edge === 'turkey--participated-in--2020-nagorno-karabakh-war' ? { ...r, label: 'took part in' } : r,
    );
    const withTurkey = {
      ...timeline,
      groups: timeline.groups.map((g) => ({
        ...g,
        events: g.events.map((e) =>
          e.link.id === '2020-nagorno-karabakh-war'
            ? { ...e, parties: [{ ...e.parties[0]!, links: e.parties.flatMap((p) => p.links) }] }
            : e,
        ),
      })),
    };
    expect(wrongParts(renderings([], withTurkey, rows))).toEqual([
      '/timeline/ 2020-nagorno-karabakh-war: turkey (supporter of 2020-nagorno-karabakh-war) is shown as "with"',
      '/network/ turkey--participated-in--2020-nagorno-karabakh-war: turkey (supporter of 2020-nagorno-karabakh-war) is shown as "took part in"',
    ]);
  });
});
