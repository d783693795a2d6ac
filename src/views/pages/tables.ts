/**
 * The functions behind list pages and the analyst views: the index in, plain tables out. Pages
 * render these results and never compute their own.
 */
import type { Fact } from '../../model/schemas/shared.ts';
import type { ScenarioData } from '../../model/schemas/collections.ts';
import type { DateValue } from '../../model/dates.ts';
import { formatDate, mustParseDate } from '../../model/dates.ts';
import type { AnyEntry, KbEntry } from '../../model/entries.ts';
import {
  listOf,
  orderedEvents,
  type KbIndex,
  type MembershipView,
  type RelationView,
  type StanceView,
} from '../../model/index/kb-index.ts';
import type { StanceTopic } from '../../model/vocab/stances.ts';

/** Entries grouped by kind, groups in the given kind order, entries by title; empty kinds dropped. */
export function groupByKind<E extends AnyEntry>(
  entries: readonly E[],
  kinds: readonly string[],
): { kind: string; entries: E[] }[] {
  return kinds
    .map((kind) => ({
      kind,
      entries: entries
        .filter((e) => e.data.kind === kind)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
    }))
    .filter((group) => group.entries.length > 0);
}

const titleOf = (index: KbIndex, id: string) => index.byId.get(id)?.data.title ?? id;
const byTitle = (index: KbIndex) => (a: string, b: string) => titleOf(index, a).localeCompare(titleOf(index, b), 'en');

/** Members of a group of states (e.g. `central-asian-states`), by title. */
export function groupMembers(index: KbIndex, group: string): string[] {
  return [...(index.groupMembers.get(group) ?? [])].sort(byTitle(index));
}

/** Every state: the members of `firstGroup` first, then the others; each part by title. */
export function orderedStates(index: KbIndex, firstGroup: string): string[] {
  const first = groupMembers(index, firstGroup);
  const rest = index.entries
    .filter((e) => e.collection === 'actors' && e.data.kind === 'state' && !first.includes(e.id))
    .map((e) => e.id)
    .sort(byTitle(index));
  return [...first, ...rest];
}

export interface MembershipRow {
  state: string;
  /** One cell per organization, in column order; `undefined` means no membership of any kind. */
  cells: (MembershipView | undefined)[];
}

/** States × organizations: each state's history with each organization that records members. */
export function membershipMatrix(
  index: KbIndex,
  states: readonly string[],
): { organizations: string[]; rows: MembershipRow[] } {
  const organizations = index.entries
    .filter((e): e is KbEntry<'organizations'> => e.collection === 'organizations' && e.data.members.length > 0)
    .map((e) => e.id)
    .sort(byTitle(index));
  const rows = states.map((state) => {
    const memberships = listOf(index.memberships, state);
    return { state, cells: organizations.map((org) => memberships.find((m) => m.organization === org)) };
  });
  return { organizations, rows };
}

export interface StanceRow {
  state: string;
  /** One cell per topic, in column order; an empty list means the article states no stance. */
  cells: StanceView[][];
}

/** States × stance topics, each cell with the state's own and derived stances. */
export function stanceMatrix(index: KbIndex, states: readonly string[], topics: readonly StanceTopic[]): StanceRow[] {
  return states.map((state) => {
    const stances = listOf(index.stances, state);
    return { state, cells: topics.map((topic) => stances.filter((s) => s.stance.topic === topic)) };
  });
}

export interface PresenceRow {
  state: string;
  /** The state's typed border fact with Afghanistan (a length or an explicit none). */
  border: Fact | undefined;
  /** The state's typed fact about foreign bases (an explicit none where the article says so). */
  foreignBases: Fact | undefined;
  /** The state's history with the alliance column (e.g. the CSTO); `undefined` is no membership. */
  alliance: MembershipView | undefined;
  /** Bases the state hosts that the power operates, with the hosting relation. */
  bases: { base: string; hosted: RelationView }[];
  /** The state's stances on engaging the Taliban, own and derived. */
  taliban: StanceView[];
}

/** For each state: border with Afghanistan, alliance status, the power's bases on its soil, Taliban stance. */
export function presenceTable(
  index: KbIndex,
  states: readonly string[],
  alliance: string,
  power: string,
): PresenceRow[] {
  return states.map((state) => {
    const entry = index.byId.get(state);
    const border = entry?.data.facts.find((f) => f.key === 'afghan-border');
    const bases = listOf(index.relations, state)
      .filter((r) => r.type === 'hosts' && r.direction === 'forward' && index.byId.get(r.other)?.collection === 'bases')
      .filter((r) =>
        listOf(index.relations, r.other).some(
          (o) => o.type === 'operates' && o.direction === 'inverse' && o.other === power,
        ),
      )
      .map((hosted) => ({ base: hosted.other, hosted }))
      .sort((a, b) => byTitle(index)(a.base, b.base));
    return {
      state,
      border,
      foreignBases: entry?.data.facts.find((f) => f.key === 'foreign-bases'),
      alliance: listOf(index.memberships, state).find((m) => m.organization === alliance),
      bases,
      taliban: listOf(index.stances, state).filter((s) => s.stance.topic === 'taliban-engagement'),
    };
  });
}

export interface TimelineGroup {
  /** The heading: a year ("2021") or a decade ("1990s"). */
  label: string;
  /** The first year the group covers, for its anchor. */
  year: number;
  events: KbEntry<'events'>[];
}

function groupLabel(date: DateValue): { label: string; year: number } {
  const parsed = mustParseDate(date.value);
  return { label: parsed.precision === 'decade' ? `${parsed.year}s` : String(parsed.year), year: parsed.year };
}

/** Every event in timeline order, grouped by year (decade-dated events under their decade). */
export function timelineGroups(index: KbIndex): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const event of orderedEvents(index)) {
    const { label, year } = groupLabel(event.data.date);
    const last = groups.at(-1);
    if (last?.label === label) last.events.push(event);
    else groups.push({ label, year, events: [event] });
  }
  return groups;
}

type Response = ScenarioData['responses'][number];
type Role = ScenarioData['roles'][number];

export interface ScenarioComparison {
  scenarios: KbEntry<'scenarios'>[];
  /** Per actor, its responses in each scenario (an empty list where the article is silent). */
  responses: { actor: string; cells: Response[][] }[];
  /** Per organization or outside power, its roles in each scenario. */
  roles: { actor: string; cells: Role[][] }[];
}

/** The scenarios side by side: one row per actor, one column per scenario. */
export function scenarioComparison(index: KbIndex, scenarioIds: readonly string[]): ScenarioComparison {
  const scenarios = scenarioIds.map((id) => {
    const entry = index.byId.get(id);
    if (entry?.collection !== 'scenarios') throw new Error(`"${id}" is not a scenario`);
    return entry;
  });
  const rows = <T extends { actor: string }>(pick: (s: KbEntry<'scenarios'>) => T[]) => {
    const actors = [...new Set(scenarios.flatMap((s) => pick(s).map((x) => x.actor)))].sort(byTitle(index));
    return actors.map((actor) => ({ actor, cells: scenarios.map((s) => pick(s).filter((x) => x.actor === actor)) }));
  };
  return { scenarios, responses: rows((s) => s.data.responses), roles: rows((s) => s.data.roles) };
}

/**
 * The one fact a social image shows under an entry's title: an event's date, an organization's
 * membership count, or the entry's first typed fact; otherwise its kind. Never cut short.
 */
export function keyFact(index: KbIndex, id: string, describe: (fact: Fact) => string): string {
  const entry = index.byId.get(id);
  if (!entry) throw new Error(`keyFact: unknown entry "${id}"`);
  if (entry.collection === 'events') return formatDate(entry.data.date);
  if (entry.collection === 'organizations' && entry.data.members.length > 0) {
    const current = entry.data.members.map((m) => m.history.at(-1)!.status);
    const count = (status: string) => current.filter((s) => s === status).length;
    const parts = [
      ['member', 'members'],
      ['observer', 'observers'],
    ]
      .map(([status, plural]) => [count(status!), status, plural] as const)
      .filter(([n]) => n > 0)
      .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
    return `${parts.join(', ')} as of the article`;
  }
  const fact = entry.data.facts[0];
  if (fact) return describe(fact);
  if (entry.collection === 'sources') return `${entry.data.author}, ${entry.data.publisher}, ${entry.data.year}`;
  return `${entry.data.title}: ${entry.data.kind.replace(/-/g, ' ')}`;
}
