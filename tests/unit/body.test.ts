import { describe, expect, test } from 'vitest';
import { BODY_COMPONENTS, bodyCites, bodyComponents, bodyRefs } from '../../src/model/body.ts';

const body = `Tajikistan borders <Ref id="afghanistan" /> <Cite p="P4" />.

It hosts the <Ref id='201st-military-base'>main Russian base</Ref> <Cite p="P4 caption" />.
<Widget foo="1" /> and <Ref id="" />`;

describe('bodyRefs', () => {
  test('finds every linked id with its line', () => {
    expect(bodyRefs(body)).toEqual([
      { value: 'afghanistan', line: 1 },
      { value: '201st-military-base', line: 3 },
      { value: '', line: 4 },
    ]);
  });
});

describe('bodyCites', () => {
  test('splits multi-place citations', () => {
    expect(bodyCites(body)).toEqual([
      { value: 'P4', line: 1 },
      { value: 'P4', line: 3 },
      { value: 'caption', line: 3 },
    ]);
  });
});

describe('bodyComponents', () => {
  test('lists every capitalised component, known or not', () => {
    expect(bodyComponents(body).map((c) => c.value)).toEqual(['Ref', 'Cite', 'Ref', 'Cite', 'Widget', 'Ref']);
    expect(BODY_COMPONENTS).toEqual(['Ref', 'Cite']);
  });
});
