import { describe, expect, test } from 'vitest';
import {
  FILTER_FIELDS,
  PAGEFIND_OPTIONS,
  filterCounts,
  pagefindPages,
  runSearch,
  type PagefindApi,
} from '../../src/search/run.ts';
import { prepareIndex, type SearchEntry } from '../../src/search/rank.ts';
import { readMetaList } from '../../src/search/data.ts';
import { META_LIST_SEPARATOR } from '../../src/views/parts/search-meta.ts';
import { synonymFileSchema } from '../../src/model/schemas/synonyms.ts';

const entry = (id: string, title: string, type: string, kind: string, links: string[] = []): SearchEntry => ({
  page: id,
  url: `/${id}/`,
  id,
  title,
  aliases: [],
  keywords: [],
  links,
  type,
  kind,
  summary: '',
});
const ENTRIES = [
  entry('csto', 'CSTO', 'Organization', 'Alliance'),
  entry('rubezh', 'CSTO Rubezh exercise', 'Event', 'Exercise', ['csto']),
  entry('russia', 'Russia', 'Actor', 'State'),
];
const index = prepareIndex(ENTRIES, []);

/** A Pagefind stand-in that finds pages whose titles hold every word searched, and records searches. */
function fakePagefind(searched: string[]): PagefindApi {
  return {
    async search(term) {
      searched.push(term);
      const terms = term.split(' ');
      return {
        results: ENTRIES.filter((e) => terms.every((t) => e.title.toLowerCase().includes(t))).map((e) => ({
          id: e.page,
        })),
      };
    },
  };
}

describe('pagefindPages', () => {
  test('searches the terms without stop words, and each term alone when the whole finds little', async () => {
    const searched: string[] = [];
    expect(await pagefindPages(fakePagefind(searched), 'who leads the csto')).toEqual(['csto', 'rubezh']);
    expect(searched).toEqual(['leads csto', 'leads', 'csto']);
  });
});

describe('runSearch', () => {
  test('ranks, then keeps only results passing the filters, counting each filter value', async () => {
    const all = await runSearch(fakePagefind([]), index, 'csto');
    expect(all.results.map((r) => r.entry.id)).toEqual(['csto', 'rubezh']);
    const events = await runSearch(fakePagefind([]), index, 'csto', { type: ['Event'] });
    expect(events.results.map((r) => r.entry.id)).toEqual(['rubezh']);
    expect(events.counts.type).toEqual([
      ['Event', 1],
      ['Organization', 1],
    ]);
    expect(events.counts.kind).toEqual([['Exercise', 1]]);
  });
});

describe('filterCounts', () => {
  test('keeps a chosen value that no result has, with a count of 0', () => {
    expect(filterCounts([], { [Object.keys(FILTER_FIELDS)[0]!]: ['Base'] }).type).toEqual([['Base', 0]]);
  });
});

describe('PAGEFIND_OPTIONS', () => {
  test("search runs in Pagefind's worker and ranks by weighted matches, not density", () => {
    expect(PAGEFIND_OPTIONS).toMatchObject({ noWorker: false, ranking: { termFrequency: 0, pageLength: 0 } });
  });
});

describe('synonymFileSchema', () => {
  test('accepts groups of one-word synonyms', () => {
    expect(synonymFileSchema.safeParse({ groups: [['a', 'b-c']] }).success).toBe(true);
    expect(readMetaList(`a${META_LIST_SEPARATOR}b`)).toEqual(['a', 'b']);
  });
});
