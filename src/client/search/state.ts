/** The state of one search interface between searches: its filters, its last outcome, what is painted. */
import type { FilterName, Filters, SearchOutcome } from '../../search/run.ts';

export interface SearchState {
  filters: Filters;
  /** The last search's ranked results and filter counts; `undefined` once the input is emptied. */
  outcome: SearchOutcome | undefined;
  /** How many results are painted. */
  shown: number;
  /** Counts searches, so a search that finishes late never paints over a later one. */
  sequence: number;
}

/** A state with no filter and nothing searched. */
export function initialState(): SearchState {
  return { filters: {}, outcome: undefined, shown: 0, sequence: 0 };
}

/** How many filter values are chosen. */
export function activeFilters(filters: Filters): number {
  return Object.values(filters).reduce((n, v) => n + v.length, 0);
}

/** `filters` with `value` of `name` chosen or not; a name with no value chosen is left out. */
export function toggleFilter(filters: Filters, name: FilterName, value: string, chosen: boolean): Filters {
  const set = new Set(filters[name] ?? []);
  if (chosen) set.add(value);
  else set.delete(value);
  const next = { ...filters, [name]: [...set] };
  if (!set.size) delete next[name];
  return next;
}
