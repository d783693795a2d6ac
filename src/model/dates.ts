/**
 * Dates at the precision the article gives them: a decade (`1990s`), a year (`2012`), a month
 * (`2021-04`) or a day (`2021-08-23`), optionally qualified (`early`, `mid`, `late`, `circa`) and
 * optionally ending later (`end`, for periods such as a 2021–25 programme).
 *
 * Events are ordered by one rule, in `event-order.ts`.
 */

export const DATE_QUALIFIERS = ['early', 'mid', 'late', 'circa'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export type DatePrecision = 'decade' | 'year' | 'month' | 'day';

/** A date as written in content, after normalisation. */
export interface DateValue {
  /** `YYYYs` (decade), `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string;
  /** How the article narrows the date ("early September"). */
  qualifier?: DateQualifier;
  /** The last date of a period, in the same notation as `value`. */
  end?: string;
  /** A reader-facing remark about the date. */
  note?: string;
  /**
   * The article's own words for a date it does not give in full ("this April", "last year", "Aug.
   * 23", "in the past few weeks"): the value is our reading of them, and is marked so.
   */
  resolvedFrom?: string;
  /** Set when the date, or its precision, is context from outside the article: the basis. */
  context?: string;
}

/** A parsed date string. Months and days are 1-based. */
export interface ParsedDate {
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
}

const DATE_SHAPE = /^(\d{3}0)s$|^(\d{4})$|^(\d{4})-(\d{2})$|^(\d{4})-(\d{2})-(\d{2})$/;

// English month names in UTC, whatever the machine's locale and time zone.
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number) => MONTH_NAME.format(Date.UTC(2000, month - 1, 1));

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a date string, or explains why it is not one. Impossible dates (`2021-02-30`, month `13`)
 * are errors, never rolled over.
 */
function parseDate(text: string): ParsedDate | { error: string } {
  const m = DATE_SHAPE.exec(text);
  if (!m) return { error: `"${text}" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a decade like 1990s` };
  if (m[1]) return { precision: 'decade', year: Number(m[1]) };
  if (m[2]) return { precision: 'year', year: Number(m[2]) };
  const year = Number(m[3] ?? m[5]);
  const month = Number(m[4] ?? m[6]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${month}` };
  if (m[7] === undefined) return { precision: 'month', year, month };
  const day = Number(m[7]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `"${text}" does not exist: ${monthName(month)} ${year} has ${daysInMonth(year, month)} days` };
  }
  return { precision: 'day', year, month, day };
}

/** Parses a date string that is known to be valid (content has been validated); throws otherwise. */
export function mustParseDate(text: string): ParsedDate {
  const parsed = parseDate(text);
  if ('error' in parsed) throw new RangeError(parsed.error);
  return parsed;
}

/** The problem with a date string, or `undefined` when it is a real date. */
export function dateProblem(text: string): string | undefined {
  const parsed = parseDate(text);
  return 'error' in parsed ? parsed.error : undefined;
}

/** The first and last day a parsed date can mean, as `[year, month, day]` triples folded to numbers. */
function bounds(date: ParsedDate, qualifier?: DateQualifier): [number, number] {
  const key = (y: number, mo: number, d: number) => y * 10_000 + mo * 100 + d;
  // Thirds of the unit the qualifier narrows: early, mid and late.
  const third = (q: DateQualifier | undefined, size: number): [number, number] => {
    if (q === 'early') return [0, Math.floor(size / 3) - 1];
    if (q === 'mid') return [Math.floor(size / 3), Math.floor((2 * size) / 3) - 1];
    if (q === 'late') return [Math.floor((2 * size) / 3), size - 1];
    return [0, size - 1];
  };
  switch (date.precision) {
    case 'decade': {
      const [a, b] = third(qualifier, 10);
      return [key(date.year + a, 1, 1), key(date.year + b, 12, 31)];
    }
    case 'year': {
      const [a, b] = third(qualifier, 12);
      return [key(date.year, a + 1, 1), key(date.year, b + 1, daysInMonth(date.year, b + 1))];
    }
    case 'month': {
      const month = date.month!;
      const size = daysInMonth(date.year, month);
      // Early = days 1–10, mid = 11–20, late = 21 to the end of the month.
      const ranges: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, size] };
      const [a, b] = qualifier && qualifier !== 'circa' ? ranges[qualifier]! : [1, size];
      return [key(date.year, month, a), key(date.year, month, b)];
    }
    case 'day':
      return [key(date.year, date.month!, date.day!), key(date.year, date.month!, date.day!)];
  }
}

/** The earliest day a date can mean, as a sortable number `YYYYMMDD`. */
export function earliestDay(date: DateValue): number {
  return bounds(mustParseDate(date.value), date.qualifier)[0];
}

/** The latest day a date (or, with `end`, its period) can mean, as a sortable number `YYYYMMDD`. */
export function latestDay(date: DateValue): number {
  if (date.end) return bounds(mustParseDate(date.end))[1];
  return bounds(mustParseDate(date.value), date.qualifier)[1];
}

/** The precision of a date value. */
export function precisionOf(date: DateValue): DatePrecision {
  return mustParseDate(date.value).precision;
}

function formatPoint(text: string, qualifier?: DateQualifier): string {
  const date = mustParseDate(text);
  let core: string;
  switch (date.precision) {
    case 'decade':
      core = `${date.year}s`;
      break;
    case 'year':
      core = String(date.year);
      break;
    case 'month':
      core = `${monthName(date.month!)} ${date.year}`;
      break;
    case 'day':
      core = `${date.day} ${monthName(date.month!)} ${date.year}`;
      break;
  }
  if (!qualifier) return core;
  if (qualifier === 'circa') return `c. ${core}`;
  return `${qualifier} ${date.precision === 'decade' ? 'in the ' + core : core}`;
}

/**
 * A date as a reader sees it, at its true precision: `23 August 2021`, `August 2021`,
 * `early September 2021`, `2012`, `1990s`, and periods such as `2021–2025`.
 */
export function formatDate(date: DateValue): string {
  const start = formatPoint(date.value, date.qualifier);
  if (!date.end) return start;
  const end = formatPoint(date.end);
  const bothYears = /^\d{4}$/.test(date.value) && /^\d{4}$/.test(date.end) && !date.qualifier;
  return bothYears ? `${start}–${end}` : `${start} – ${end}`;
}

/**
 * The machine-readable form for `<time datetime>`: the date at its own precision (`2021`, `2021-08`,
 * `2021-08-23`). HTML has no decade form, so a decade gives its first year.
 */
export function datetimeAttribute(text: string): string {
  const date = mustParseDate(text);
  return date.precision === 'decade' ? String(date.year) : text;
}
