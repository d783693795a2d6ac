import { describe, expect, test } from 'vitest';
import { factText } from '../../src/views/parts/fact-text.ts';
import { factSchema } from '../../src/model/schemas/shared.ts';

const fact = (input: Record<string, unknown>) => factSchema.parse({ cite: 'P4', certainty: 'stated', ...input });
const title = (id: string) => ({ dushanbe: 'Dushanbe', afghanistan: 'Afghanistan' })[id] ?? id;

describe('factText', () => {
  test.each([
    [
      { key: 'afghan-border', quantity: { value: 1300, unit: 'km', qualifier: 'exact' } },
      'Border with Afghanistan: 1,300 km',
    ],
    [{ key: 'afghan-border', none: true }, 'None: no border with Afghanistan'],
    [
      {
        key: 'distance',
        quantity: { value: 10, unit: 'km', qualifier: 'exact', direction: 'west' },
        reference: 'dushanbe',
      },
      'Distance: 10 km west of Dushanbe',
    ],
    [
      { key: 'distance', quantity: { value: 20, unit: 'km', qualifier: 'exact' }, reference: 'afghanistan' },
      'Distance: 20 km from Afghanistan',
    ],
    [{ key: 'troops', quantity: { value: 7000, unit: 'troops', qualifier: 'approx' } }, 'Troops: about 7,000 soldiers'],
    [{ key: 'equipment', text: 'Tanks and artillery' }, 'Equipment: Tanks and artillery'],
    [{ key: 'founded', date: '2001' }, 'Founded: 2001'],
  ])('%o', (input, text) => {
    expect(factText(fact(input), title)).toBe(text);
  });
});
