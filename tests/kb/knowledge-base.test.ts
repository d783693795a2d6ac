/** The real content: it loads, passes the integrity check, and every paragraph is used. */
import { entryCoreView } from '../../src/views/entry/entry-view.ts';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SOURCE_ID } from '../../src/model/article-places.ts';
import { buildIndex } from '../../src/model/index/kb-index.ts';
import { checkKnowledgeBase } from '../../src/model/integrity/check.ts';
import { readSnapshot } from '../../src/build/content-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const { entries, problems, folders } = readSnapshot(ROOT, join(ROOT, 'content'));

describe('content', () => {
  test('every file matches its collection schema', () => {
    expect(problems).toEqual([]);
  });

  test('passes the integrity check', () => {
    expect(checkKnowledgeBase(entries, { folders })).toEqual([]);
  });

  const kb = buildIndex(entries);
  const source = entries.find((e) => e.id === SOURCE_ID);
  /** The places an entry's page cites, as its "Cited paragraphs" lists them. */
  const citedBy = (id: string): string[] => entryCoreView(kb, id).cited.map((c) => c.cite.place);

  test('every citable place of the source is cited by at least one entry', () => {
    expect(source?.collection).toBe('sources');
    if (source?.collection !== 'sources') return;
    // The source entry itself cites only the byline (for its author and publisher).
    const uncited = source.data.paragraphs
      .map((p) => p.place)
      .filter((place) => !entries.some((e) => citedBy(e.id).includes(place)));
    expect(uncited).toEqual([]);
  });

  test('every entry cites at least one paragraph of the body text', () => {
    const silent = entries.filter(
      (e) => e.id !== SOURCE_ID && !citedBy(e.id).some((c) => c.startsWith('P') || c === 'caption'),
    );
    expect(silent.map((e) => e.file)).toEqual([]);
  });

  test('the source lists P1 to P14, the caption and the byline once each', () => {
    if (source?.collection !== 'sources') throw new Error('no source entry');
    const places = source.data.paragraphs.map((p) => p.place);
    expect(new Set(places)).toEqual(
      new Set([...Array.from({ length: 14 }, (_, i) => `P${i + 1}`), 'caption', 'byline']),
    );
  });
});
