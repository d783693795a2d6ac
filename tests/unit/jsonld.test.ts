import { describe, expect, test } from 'vitest';
import { entryJsonLd, serializeJsonLd } from '../../src/citations/jsonld.ts';
import { entry, source, state } from '../helpers/entries.ts';

describe('entryJsonLd types', () => {
  test.each([
    [state('tajikistan'), 'Country'],
    [entry('actors', 'putin', { title: 'P', kind: 'person', summary: 'x', cite: 'P1' }), 'Person'],
    [entry('actors', 'iskp', { title: 'I', kind: 'armed-group', summary: 'x', cite: 'P1' }), 'Organization'],
    [
      entry('organizations', 'csto', { title: 'C', kind: 'alliance', summary: 'x', cite: 'P1' }),
      'GovernmentOrganization',
    ],
    [entry('places', 'dushanbe', { title: 'D', kind: 'capital', summary: 'x', cite: 'P1' }), 'Place'],
    [entry('events', 'e', { title: 'E', kind: 'summit', summary: 'x', cite: 'P1', date: '2021-08-23' }), 'Event'],
    [source(), 'Article'],
  ])('%#', (e, type) => {
    expect(entryJsonLd(e, 'https://example.org/x/')['@type']).toBe(type);
  });
});

describe('entryJsonLd', () => {
  test('describes an event with its dates and a place with its coordinates', () => {
    const event = entry('events', 'e', {
      title: 'E',
      kind: 'agreement',
      summary: 'x',
      cite: 'P1',
      date: { value: '2021-04', end: '2025' },
    });
    expect(entryJsonLd(event, 'https://x/events/e/')).toMatchObject({
      '@type': 'Event',
      startDate: '2021-04',
      endDate: '2025',
      url: 'https://x/events/e/',
    });
    const place = entry('places', 'd', {
      title: 'D',
      kind: 'capital',
      summary: 'x',
      cite: 'P1',
      aliases: ['Dushanbe city'],
      coordinates: { lat: 38.56, lon: 68.77, context: 'centre' },
    });
    expect(entryJsonLd(place, 'u')).toMatchObject({
      geo: { latitude: 38.56, longitude: 68.77 },
      alternateName: ['Dushanbe city'],
    });
  });
});

describe('serializeJsonLd', () => {
  test('escapes every < so data cannot close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>', b: '"><img src=x onerror=alert(1)>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
