/** Tiny, readable knowledge-base fixtures built through the real schemas. */
import type { CitationInput } from '../../src/citations/formats.ts';
import type { AnyEntry } from '../../src/model/entries.ts';
import type { CollectionName } from '../../src/model/ids.ts';
import { SCHEMAS, type InputOf } from '../../src/model/schemas/collections.ts';

/** One entry of `collection`, its frontmatter validated by the collection schema. */
export function entry<C extends CollectionName>(collection: C, id: string, data: InputOf<C>, body = ''): AnyEntry {
  return {
    id,
    collection,
    data: SCHEMAS[collection].parse(data),
    body,
    file: `content/${collection}/${id}.mdx`,
  } as AnyEntry;
}

/** A minimal source entry with the given citable places. */
export function source(places: string[] = ['P1', 'P2', 'P3', 'P4', 'P5', 'caption', 'byline']): AnyEntry {
  return entry('sources', 'central-asias-taliban-surprise', {
    title: 'Source',
    kind: 'article',
    summary: 'The source.',
    cite: 'byline',
    author: 'A. Author',
    authorRole: 'Analyst',
    publisher: 'Publisher',
    year: 2021,
    url: 'https://example.org/article',
    paragraphs: places.map((place) => ({
      place,
      summary: `What ${place.startsWith('P') ? `paragraph ${place.slice(1)}` : place} says.`,
      opening: 'First words here',
    })),
  });
}

/** A state entry with sensible defaults. */
export function state(id: string, extra: Partial<InputOf<'actors'>> = {}): AnyEntry {
  return entry('actors', id, {
    title: id[0]!.toUpperCase() + id.slice(1),
    kind: 'state',
    summary: `${id}.`,
    cite: 'P1',
    ...extra,
  });
}

/** What an entry's citation is made from, for an entry of a test site. */
export const citationInput: CitationInput = {
  id: 'tajikistan',
  title: 'Tajikistan',
  url: 'https://kb.example.org/actors/tajikistan/',
  siteName: 'Central Asia after the Taliban takeover',
  publisher: 'KB contributors',
  build: '0.1.0+abcdef0123',
  entryVersion: '1a2b3c4d',
  date: '2026-12-01',
};
