/** A search-data entry for unit tests: a state actor at `/x/<id>/` with nothing else, unless `more` says so. */
import type { SearchEntry } from '../../src/search/query.ts';

export const searchEntry = (id: string, title: string, more: Partial<SearchEntry> = {}): SearchEntry => ({
  url: `/x/${id}/`,
  id,
  title,
  aliases: [],
  keywords: [],
  type: 'Actor',
  kind: 'State',
  summary: '',
  props: [],
  ties: [],
  ...more,
});
