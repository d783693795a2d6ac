/**
 * Quantities: a number with a unit and the article's own hedge ("about 7,000", "more than 50,000",
 * "at least until 2042", "10 km west of Dushanbe").
 */

export const QUANTITY_QUALIFIERS = ['exact', 'approx', 'at-least', 'more-than'] as const;
type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

/** Units and how each reads after a number (singular, plural). */
export const UNITS = {
  km: ['km', 'km'],
  troops: ['soldier', 'soldiers'],
  people: ['person', 'people'],
  years: ['year', 'years'],
  year: ['year', 'years'],
} as const satisfies Record<string, readonly [string, string]>;

export type Unit = keyof typeof UNITS;
export const UNIT_NAMES = Object.keys(UNITS) as Unit[];

export const DIRECTIONS = [
  'north',
  'south',
  'east',
  'west',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
] as const;
type Direction = (typeof DIRECTIONS)[number];

export interface Quantity {
  value: number;
  unit: Unit;
  qualifier: QuantityQualifier;
  /** A place the quantity is measured from ("10 km west of Dushanbe"). */
  direction?: Direction;
}

const QUALIFIER_WORDS: Record<QuantityQualifier, string> = {
  exact: '',
  approx: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
};

// English grouping, every fraction digit kept; a fixed locale, so builds never depend on the machine's.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** Groups thousands with commas, the way the article writes numbers: 1300 → "1,300"; a true minus sign. */
export function formatNumber(value: number): string {
  return `${value < 0 ? '−' : ''}${NUMBER.format(Math.abs(value))}`;
}

/**
 * A quantity as text. `year` is a calendar year ("at least until 2042"); other units follow the
 * number ("about 7,000 soldiers", "1,300 km"). The reference place's name, when there is one, is
 * appended by the caller because it becomes a link.
 */
export function formatQuantity(q: Quantity): string {
  if (q.unit === 'year') {
    const lead =
      q.qualifier === 'at-least'
        ? 'at least until '
        : q.qualifier === 'approx'
          ? 'until about '
          : q.qualifier === 'more-than'
            ? 'beyond '
            : 'until ';
    return `${lead}${q.value}`;
  }
  const [one, many] = UNITS[q.unit];
  const unit = q.value === 1 ? one : many;
  const number = formatNumber(q.value);
  const direction = q.direction ? ` ${q.direction} of` : '';
  return `${QUALIFIER_WORDS[q.qualifier]}${number} ${unit}${direction}`;
}
