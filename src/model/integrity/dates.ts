/**
 * Dates and order: every date is well formed and no period ends before it begins, a date read from
 * the article's words cites the place they are in, a membership status is not left before it
 * began, and the relative order the article gives events (`after`) fits their dates and never loops.
 */
import { dateProblem, earliestDay, latestDay } from '../dates.ts';
import type { AnyEntry, EntryMentions } from '../entries.ts';
import { entryClaims } from '../index/claims.ts';
import type { Problem } from './problems.ts';

/** Problems with the dates in an entry's fields. */
export function dateProblems(entry: AnyEntry, found: EntryMentions): Problem[] {
  const problems: Problem[] = [];
  for (const { path, date } of found.dates) {
    const problem = dateProblem(date.value) ?? (date.end ? dateProblem(date.end) : undefined);
    if (problem) problems.push({ file: entry.file, field: path, message: problem });
    else if (date.end && latestDay({ value: date.end }) < earliestDay({ value: date.value })) {
      problems.push({
        file: entry.file,
        field: path,
        message: `the period ends (${date.end}) before it begins (${date.value})`,
      });
    }
  }
  return problems;
}

/**
 * A date read from the article's words (`resolvedFrom`) is shown as our reading of the places those
 * words are in: it needs at least one, and a date inside a context item (whose places are only
 * those it relates to) names its own.
 */
export function readingProblems(entry: AnyEntry): Problem[] {
  const problems: Problem[] = [];
  for (const { object, claim } of entryClaims(entry)) {
    if (claim.provenance.kind !== 'reading') continue;
    const field = `${claim.key.slice(entry.id.length + 1)}.resolvedFrom`;
    const ownCite = (object as { cite?: unknown } | undefined)?.cite !== undefined;
    if (claim.within?.provenance.kind === 'context' && !ownCite)
      problems.push({
        file: entry.file,
        field,
        message: "a date read from the article's words inside a context item must cite the place those words are in",
      });
    else if (claim.provenance.cite.length === 0)
      problems.push({
        file: entry.file,
        field,
        message: "a date read from the article's words must cite the place they are in",
      });
  }
  return problems;
}

/** An organization's membership statuses: none ends (`until`) before it began (`since`). */
export function membershipDateProblems(entry: AnyEntry): Problem[] {
  if (entry.collection !== 'organizations') return [];
  const problems: Problem[] = [];
  entry.data.members.forEach((membership, m) => {
    membership.history.forEach((status, h) => {
      if (
        status.since &&
        status.until &&
        !dateProblem(status.since.value) &&
        !dateProblem(status.until.value) &&
        latestDay(status.until) < earliestDay(status.since)
      ) {
        problems.push({
          file: entry.file,
          field: `members[${m}].history[${h}].until`,
          message: `"${status.until.value}" is before "${status.since.value}" (since)`,
        });
      }
    });
  });
  return problems;
}

/**
 * Relative order the article gives (`after` on events) must be possible given the dates, and
 * must not loop.
 */
export function orderProblems(entries: readonly AnyEntry[], byId: ReadonlyMap<string, AnyEntry>): Problem[] {
  const problems: Problem[] = [];
  const events = entries.filter((e) => e.collection === 'events');
  for (const event of events) {
    event.data.after.forEach(({ id }, i) => {
      const other = byId.get(id);
      if (other?.collection !== 'events') return;
      if (id === event.id)
        problems.push({ file: event.file, field: `after[${i}]`, message: 'an event cannot come after itself' });
      else if (
        !dateProblem(event.data.date.value) &&
        !dateProblem(other.data.date.value) &&
        latestDay(event.data.date) < earliestDay(other.data.date)
      ) {
        problems.push({
          file: event.file,
          field: `after[${i}]`,
          message: `"${id}" (${other.data.date.value}) is dated after this event (${event.data.date.value}), so this event cannot follow it`,
        });
      }
    });
  }
  // A loop of `after` links has no order.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    const event = byId.get(id);
    if (event?.collection !== 'events') return;
    if (state.get(id) === 'visiting') {
      problems.push({
        file: event.file,
        field: 'after',
        message: `the events follow each other in a loop: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`,
      });
      return;
    }
    state.set(id, 'visiting');
    for (const next of event.data.after) visit(next.id, [...trail, id]);
    state.set(id, 'done');
  };
  for (const event of events) visit(event.id, []);
  return problems;
}
