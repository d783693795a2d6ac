import { describe, expect, test } from 'vitest';
import {
  SECTIONS,
  eventAnchor,
  kindAnchor,
  paragraphAnchor,
  rowAnchor,
  statementAnchor,
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
  ])('%s', (anchor, expected) => {
    expect(anchor).toBe(expected);
  });
});
