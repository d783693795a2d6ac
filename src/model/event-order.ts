/**
 * The one rule that places events in order, stated once for readers ({@link EVENT_ORDER_RULE}) and
 * applied by every list of events: the timeline, an entry's events, open data.
 *
 * Each event stands at the earliest day it can have happened: the first day its date allows
 * ("late August" begins on the 21st, a month on its 1st, a decade on its first year's 1 January),
 * moved later when the article says it followed another event (`after`). On the same day an event
 * comes after those it followed, then a coarser date before a finer one, then by id.
 */
import { earliestDay, precisionOf, type DatePrecision, type DateValue } from './dates.ts';

/** The ordering rule in one sentence, shown on the timeline. */
export const EVENT_ORDER_RULE =
  'Each event is placed at the earliest day it can have happened — the first day of its decade, year, month or part of a month (“late August” starts on the 21st) — or later, when the article says it followed another event; on the same day, an event follows those it came after, and a coarser date comes before a finer one.';

/** What ordering needs to know of an event. */
export interface Orderable {
  id: string;
  date: DateValue;
  /** Ids of the events the article says this one followed. */
  after: readonly string[];
}

const PRECISION_RANK: Record<DatePrecision, number> = { decade: 0, year: 1, month: 2, day: 3 };

/**
 * Sort keys for every event: the earliest day it can have happened given its `after` events, and
 * its depth in the chain of `after` links. Unknown ids in `after` are ignored (the integrity check
 * reports them). Assumes no loops (the integrity check reports those too).
 */
function placement(events: readonly Orderable[]): Map<string, { day: number; depth: number }> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const placed = new Map<string, { day: number; depth: number }>();
  const place = (event: Orderable, seen: Set<string>): { day: number; depth: number } => {
    const known = placed.get(event.id);
    if (known) return known;
    let day = earliestDay(event.date);
    let depth = 0;
    for (const id of event.after) {
      const before = byId.get(id);
      if (!before || seen.has(id)) continue;
      const at = place(before, new Set([...seen, event.id]));
      day = Math.max(day, at.day);
      depth = Math.max(depth, at.depth + 1);
    }
    const result = { day, depth };
    placed.set(event.id, result);
    return result;
  };
  for (const event of events) place(event, new Set());
  return placed;
}

/** Events in the order of {@link EVENT_ORDER_RULE}. */
export function orderEvents<E extends Orderable>(events: readonly E[]): E[] {
  const at = placement(events);
  return [...events].sort((a, b) => {
    const pa = at.get(a.id)!;
    const pb = at.get(b.id)!;
    return (
      pa.day - pb.day ||
      pa.depth - pb.depth ||
      PRECISION_RANK[precisionOf(a.date)] - PRECISION_RANK[precisionOf(b.date)] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
}
