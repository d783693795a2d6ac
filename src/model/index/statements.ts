/**
 * What entries say and where they take part: statements on every entry they concern, outlooks by
 * their holder, each actor's parts in scenarios, and the events each entry took part in or hosted.
 */
import { orderEvents } from '../event-order.ts';
import type { AnyEntry, KbEntry } from '../entries.ts';
import type { ProvenanceInput } from '../provenance.ts';
import type { Outlook, Statement } from '../schemas/shared.ts';
import { push } from './lists.ts';

export interface StatementView {
  /** The entry whose file holds the statement. */
  speaker: string;
  statement: Statement;
}

export interface ScenarioPartView {
  scenario: string;
  part: 'response' | 'role';
  options: string[];
  alternatives: boolean;
  /** The response or role itself, for its provenance. */
  item: ProvenanceInput;
}

export interface OutlookView {
  holder: string;
  outlook: Outlook;
}

/**
 * Each statement, on its speaker and those it was made jointly with, what it is about, the event it
 * was made at and whom it speaks for.
 */
export function indexStatements(entries: readonly AnyEntry[]): Map<string, StatementView[]> {
  const statements = new Map<string, StatementView[]>();
  for (const entry of entries) {
    if (entry.collection !== 'actors' && entry.collection !== 'organizations') continue;
    for (const statement of entry.data.statements) {
      const view = { speaker: entry.id, statement };
      const concerned = new Set([
        entry.id,
        ...(statement.jointWith ?? []),
        ...statement.about,
        ...(statement.event ? [statement.event] : []),
        ...(statement.onBehalfOf ? [statement.onBehalfOf] : []),
      ]);
      for (const id of concerned) push(statements, id, view);
    }
  }
  return statements;
}

/** Every outlook, with the actor or organization holding it. */
export function indexOutlooks(entries: readonly AnyEntry[]): OutlookView[] {
  return entries.flatMap((entry) =>
    entry.collection === 'actors' || entry.collection === 'organizations'
      ? entry.data.outlooks.map((outlook) => ({ holder: entry.id, outlook }))
      : [],
  );
}

/** Each actor's responses and roles in the scenarios. */
export function indexScenarioParts(entries: readonly AnyEntry[]): Map<string, ScenarioPartView[]> {
  const parts = new Map<string, ScenarioPartView[]>();
  for (const entry of entries) {
    if (entry.collection !== 'scenarios') continue;
    for (const r of entry.data.responses) {
      push(parts, r.actor, {
        scenario: entry.id,
        part: 'response',
        options: r.options,
        alternatives: r.alternatives,
        item: r,
      });
    }
    for (const r of entry.data.roles) {
      push(parts, r.actor, { scenario: entry.id, part: 'role', options: [r.text], alternatives: false, item: r });
    }
  }
  return parts;
}

/** Events in the knowledge base, in timeline order (see `event-order.ts`). */
export function orderedEvents(index: { entries: readonly AnyEntry[] }): KbEntry<'events'>[] {
  const events = index.entries.filter((e): e is KbEntry<'events'> => e.collection === 'events');
  const ordered = orderEvents(
    events.map((e) => ({ id: e.id, date: e.data.date, after: e.data.after.map((a) => a.id), entry: e })),
  );
  return ordered.map((o) => o.entry);
}

/** The events each entry has a part in or is the place of, in the one order of the timeline. */
export function indexEvents(entries: readonly AnyEntry[]): Map<string, string[]> {
  const events = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.collection !== 'events') continue;
    const touched = [
      ...entry.data.participants.map((p) => p.id),
      ...(entry.data.location ? [entry.data.location] : []),
    ];
    for (const id of touched) {
      if (!events.has(id)) events.set(id, new Set());
      events.get(id)!.add(entry.id);
    }
  }
  const rank = new Map(orderedEvents({ entries }).map((e, i) => [e.id, i]));
  return new Map([...events].map(([id, set]) => [id, [...set].sort((a, b) => rank.get(a)! - rank.get(b)!)]));
}
