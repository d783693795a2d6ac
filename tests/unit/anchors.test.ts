import { describe, expect, test } from 'vitest';
import {
  SECTIONS,
  eventAnchor,
  factAnchor,
  kindAnchor,
  membershipAnchor,
  officeAnchor,
  paragraphAnchor,
  relationAnchors,
  rowAnchor,
  stanceAnchor,
  statementAnchor,
  uniqueAnchors,
  yearAnchor,
} from '../../src/model/anchors.ts';

describe('SECTIONS', () => {
  test('every section has a distinct fixed id', () => {
    const ids = Object.values(SECTIONS).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
  test('ids do not depend on titles', () => {
    expect(SECTIONS.backlinks.id).toBe('linked-from');
    expect(SECTIONS.citeThis.id).toBe('cite-this-entry');
  });
});

describe('data-derived anchors', () => {
  test.each([
    [statementAnchor('putin-csto-summit-concern'), 'statement-putin-csto-summit-concern'],
    [eventAnchor('2021-08-23-csto-emergency-summit'), '2021-08-23-csto-emergency-summit'],
    [paragraphAnchor('P5'), 'p5'],
    [paragraphAnchor('caption'), 'caption'],
    [yearAnchor(2021), 'year-2021'],
    [kindAnchor('air-base'), 'kind-air-base'],
    [rowAnchor('tajikistan'), 'row-tajikistan'],
    [factAnchor('afghan-border'), 'f-afghan-border'],
    [officeAnchor('uzbekistan'), 'o-uzbekistan'],
    [membershipAnchor('sco'), 'm-sco'],
    [stanceAnchor('refuses-most'), 's-refuses-most'],
  ])('%s', (anchor, expected) => {
    expect(anchor).toBe(expected);
  });
});

describe('claim anchors', () => {
  test('uniqueAnchors numbers repeats from 2, never reusing an id already given', () => {
    expect(uniqueAnchors(['f-activities', 'f-activities', 'f-role', 'f-activities-2', 'f-activities'])).toEqual([
      'f-activities',
      'f-activities-2',
      'f-role',
      'f-activities-2-2',
      'f-activities-3',
    ]);
  });
  test('relationAnchors name a relation by its other end, and by its type when the page has several with it', () => {
    expect(
      relationAnchors([
        { type: 'hosts', other: 'kant-air-base' },
        { type: 'located-in', other: 'kant-air-base' },
        { type: 'leads', other: 'vladimir-putin' },
        { type: 'aligned-with', other: 'nato' },
        { type: 'aligned-with', other: 'nato' },
      ]),
    ).toEqual(['r-kant-air-base', 'r-kant-air-base-located-in', 'r-vladimir-putin', 'r-nato', 'r-nato-aligned-with']);
  });
});
