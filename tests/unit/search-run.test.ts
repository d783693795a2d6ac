import { describe, expect, test } from 'vitest';
import { searchEntry } from '../helpers/search-entry.ts';
import type { EntryAnswers } from '../../src/search/answer-types.ts';
import { prepareIndex, type SearchEntry } from '../../src/search/query.ts';
import {
  FILTER_FIELDS,
  PAGEFIND_OPTIONS,
  filterCounts,
  pageIdsInOrder,
  pagefindPages,
  runSearch,
  type PagefindApi,
} from '../../src/search/run.ts';
import { synonymFileSchema } from '../../src/model/schemas/synonyms.ts';

const entry = (id: string, title: string, type: string, kind: string, more: Partial<SearchEntry> = {}) =>
  searchEntry(id, title, { url: `/${id}/`, type, kind, ...more });
const ENTRIES = [
  entry('csto', 'CSTO', 'Organization', 'Alliance', { props: [0], ties: [[0, 2]] }),
  entry('rubezh', 'CSTO Rubezh exercise', 'Event', 'Exercise'),
  entry('russia', 'Russia', 'Actor', 'State'),
];
const index = prepareIndex(ENTRIES, [], [{ key: 'members', words: ['member'] }], ['p-csto', 'p-rubezh', 'p-russia']);

/** A Pagefind stand-in that finds pages whose titles hold every word searched, and records searches. */
function fakePagefind(searched: string[]): PagefindApi {
  return {
    async search(term, options) {
      if (term === null) {
        searched.push(`null ${JSON.stringify(options)}`);
        return { results: ['p-rubezh', 'p-csto', 'p-russia'].map((id) => ({ id })) };
      }
      searched.push(term);
      const terms = term.split(' ');
      return {
        results: ENTRIES.filter((e) => terms.every((t) => e.title.toLowerCase().includes(t))).map((e) => ({
          id: `p-${e.id}`,
        })),
      };
    },
  };
}

describe('pagefindPages', () => {
  test('searches the terms without stop words, and each term alone when the whole finds little', async () => {
    const searched: string[] = [];
    expect(await pagefindPages(fakePagefind(searched), 'who leads the csto')).toEqual({
      pages: ['p-csto', 'p-rubezh'],
      whole: 0,
    });
    expect(searched).toEqual(['leads csto', 'leads', 'csto']);
    expect(await pagefindPages(fakePagefind([]), 'csto exercise')).toEqual({ pages: ['p-rubezh', 'p-csto'], whole: 1 });
  });
});

describe('pageIdsInOrder', () => {
  test('asks Pagefind for every page sorted by its position in the search data', async () => {
    const searched: string[] = [];
    expect(await pageIdsInOrder(fakePagefind(searched), 3)).toEqual(['p-rubezh', 'p-csto', 'p-russia']);
    expect(searched).toEqual(['null {"sort":{"n":"asc"}}']);
  });
  test('refuses a search data file of another build', async () => {
    await expect(pageIdsInOrder(fakePagefind([]), 4)).rejects.toThrow(
      'search: Pagefind lists 3 entry pages, the search data 4; rebuild the site',
    );
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

  const file: EntryAnswers = { groups: [{ p: 0, l: 'Members', c: [{ a: 'm-russia', c: 'm|csto|russia', t: [2] }] }] };
  test('answers a query about an entry from its answer file, loaded only when the query asks for what it holds', async () => {
    const asked: string[][] = [];
    const files = async (ids: readonly string[]) => {
      asked.push([...ids]);
      return new Map([['csto', file]]);
    };
    const found = await runSearch(fakePagefind([]), index, 'csto members', {}, false, files);
    expect(found.answer).toMatchObject({ subjects: [{ id: 'csto' }], groups: [{ label: 'Members' }] });
    expect((await runSearch(fakePagefind([]), index, 'csto', {}, false, files)).answer).toBeUndefined();
    expect(asked).toEqual([['csto']]);
  });

  test('leaves the answer out when its files cannot be loaded', async () => {
    const failing = async () => Promise.reject(new Error('offline'));
    const found = await runSearch(fakePagefind([]), index, 'csto members', {}, false, failing);
    expect(found.answer).toBeUndefined();
    expect(found.results[0]?.entry.id).toBe('csto');
  });
});

describe('filterCounts', () => {
  test('keeps a chosen value that no result has, with a count of 0', () => {
    expect(filterCounts([], { [Object.keys(FILTER_FIELDS)[0]!]: ['Base'] }).type).toEqual([['Base', 0]]);
  });
});

describe('PAGEFIND_OPTIONS', () => {
  test('ranks by weighted matches, not density', () => {
    expect(PAGEFIND_OPTIONS).toMatchObject({ ranking: { termFrequency: 0, pageLength: 0 } });
  });
});

describe('synonymFileSchema', () => {
  test('accepts groups of one-word synonyms', () => {
    expect(synonymFileSchema.safeParse({ groups: [['a', 'b-c']] }).success).toBe(true);
  });
});
