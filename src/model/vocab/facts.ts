/**
 * Typed facts: the comparable attributes of an entry. Each key names one attribute, the shape its
 * value takes, and whether an explicit "none" is a meaningful answer (Kazakhstan has no border with
 * Afghanistan: that is a fact, not a gap).
 */
import type { Unit } from '../quantities.ts';

type FactShape = 'quantity' | 'text' | 'date';

export interface FactKeyInfo {
  /** Label in the infobox. */
  label: string;
  /** The value shape this key takes. */
  shape: FactShape;
  /** Units a quantity of this key may use. */
  units?: readonly Unit[];
  /** Whether `none: true` is an allowed value. */
  allowsNone?: boolean;
  /** Text shown for an explicit none. */
  noneText?: string;
}

export const FACT_KEYS = {
  'afghan-border': {
    label: 'Border with Afghanistan',
    shape: 'quantity',
    units: ['km'],
    allowsNone: true,
    noneText: 'None: no border with Afghanistan',
  },
  'foreign-bases': { label: 'Foreign bases hosted', shape: 'text', allowsNone: true, noneText: 'None' },
  troops: { label: 'Troops', shape: 'quantity', units: ['troops'] },
  lease: { label: 'Lease', shape: 'quantity', units: ['year', 'years'] },
  distance: { label: 'Distance', shape: 'quantity', units: ['km'] },
  equipment: { label: 'Equipment', shape: 'text' },
  reach: { label: 'Reach', shape: 'text' },
  'military-standing': { label: 'Military standing', shape: 'text' },
  'armed-forces': { label: 'Armed forces', shape: 'text' },
  'refugees-hosted': { label: 'Afghan refugees hosted', shape: 'quantity', units: ['people'] },
  founded: { label: 'Founded', shape: 'date' },
  ideology: { label: 'Ideology', shape: 'text' },
  aim: { label: 'Aim', shape: 'text' },
  recruits: { label: 'Recruits from', shape: 'text' },
  'ethnic-share': { label: 'Share of population', shape: 'text' },
  population: { label: 'Population centres', shape: 'text' },
  'combat-record': { label: 'Combat record', shape: 'text' },
  status: { label: 'Status', shape: 'text' },
  cargo: { label: 'Carries', shape: 'text' },
  role: { label: 'Role', shape: 'text' },
  'diplomatic-role': { label: 'Diplomatic role', shape: 'text' },
  'stability-record': { label: 'Political stability', shape: 'text' },
  presence: { label: 'Presence', shape: 'text' },
  name: { label: 'Name', shape: 'text' },
  'economic-ties': { label: 'Economic ties', shape: 'text' },
  'security-ties': { label: 'Security ties', shape: 'text' },
  vulnerability: { label: 'Exposure to Afghan threats', shape: 'text' },
  activities: { label: 'Activities', shape: 'text' },
  'border-regime': { label: 'Border regime', shape: 'text' },
} as const satisfies Record<string, FactKeyInfo>;

export type FactKey = keyof typeof FACT_KEYS;
export const FACT_KEY_NAMES = Object.keys(FACT_KEYS) as [FactKey, ...FactKey[]];

/** The description of one fact key. */
export function factKeyInfo(key: FactKey): FactKeyInfo {
  return FACT_KEYS[key];
}

/**
 * Why a fact's value does not fit its key, or `undefined` when it does. `given` lists which value
 * fields the fact carries (`quantity`, `text`, `date`, `none`) and the quantity's unit if any.
 */
export function factShapeProblem(key: FactKey, given: { fields: string[]; unit?: Unit }): string | undefined {
  const info: FactKeyInfo = FACT_KEYS[key];
  const { fields } = given;
  if (fields.length !== 1) {
    return `a fact has exactly one of quantity, text, date or none (found ${fields.length ? fields.join(', ') : 'none of them'})`;
  }
  const [field] = fields;
  if (field === 'none') return info.allowsNone ? undefined : `"${key}" cannot be none`;
  if (field !== info.shape) return `"${key}" takes a ${info.shape}, not a ${field}`;
  if (info.shape === 'quantity' && given.unit && info.units && !info.units.includes(given.unit)) {
    return `"${key}" is measured in ${info.units.join(' or ')}, not ${given.unit}`;
  }
  return undefined;
}
