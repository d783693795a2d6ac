import citationJs from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { readSnapshot } from '../../src/build/content-files.ts';
import { CITATION_FORMATS, citationText, citationView, cslItem } from '../../src/citations/formats.ts';
import { citationInput as input } from '../helpers/entries.ts';
import { citationMeta } from '../../src/citations/meta-tags.ts';
import { vendoredStyle } from '../../src/citations/csl-styles.ts';

describe('cslItem', () => {
  test('describes the entry as a web page of the knowledge base, dated and versioned', () => {
    const item = cslItem(input);
    expect(item).toMatchObject({
      id: 'tajikistan',
      'citation-key': 'tajikistan',
      type: 'webpage',
      title: 'Tajikistan',
      'container-title': input.siteName,
      publisher: 'KB contributors',
      URL: input.url,
    });
    expect(item.issued).toEqual({ 'date-parts': [[2026, 12, 1]] });
    expect(item.version).toContain('0.1.0+abcdef0123');
    expect(item.version).toContain('1a2b3c4d');
  });

  test('refuses a date that is not a day, naming the entry', () => {
    expect(() => cslItem({ ...input, date: '2026' })).toThrow(/"tajikistan"/);
  });

  test('is valid CSL-JSON: Citation.js reads it back unchanged', () => {
    const item = cslItem(input);
    const read = new citationJs.Cite(JSON.stringify([item])).format('data', { format: 'object' }) as unknown as Record<
      string,
      unknown
    >[];
    expect(read[0]).toMatchObject({ ...item, issued: item.issued });
  });
});

describe('citationView', () => {
  const view = citationView(input);

  test('gives the six formats in order, APA first', () => {
    expect(view.formats.map((f) => f.id)).toEqual(['apa', 'chicago', 'mla', 'bibtex', 'ris', 'csl-json']);
    expect(CITATION_FORMATS.map((f) => f.label)).toEqual([
      'APA 7',
      'Chicago (notes and bibliography)',
      'MLA 9',
      'BibTeX',
      'RIS',
      'CSL-JSON',
    ]);
  });

  test('every format names the build version, the entry version and the address', () => {
    for (const f of view.formats) {
      expect(f.text, f.id).toContain('0.1.0+abcdef0123');
      expect(f.text, f.id).toContain('1a2b3c4d');
      expect(f.text, f.id).toContain(input.url);
    }
  });

  test('each style follows its own rules', () => {
    const text = Object.fromEntries(view.formats.map((f) => [f.id, f.text]));
    expect(text.apa).toMatch(/^KB contributors\. \(2026, December 1\)\. Tajikistan \[/);
    expect(text.chicago).toContain('“Tajikistan.”');
    expect(text.chicago).toContain('December 1, 2026');
    expect(text.mla).toMatch(/^“Tajikistan\.” Central Asia after the Taliban Takeover, /);
    expect(text.mla).toContain('1 Dec. 2026');
    expect(text.bibtex).toMatch(/^@misc\{tajikistan,/);
    expect(text.ris).toMatch(/^TY {2}- ELEC$/m);
    expect(text.ris).toMatch(/^UR {2}- https:\/\/kb\.example\.org\/actors\/tajikistan\/$/m);
    expect(JSON.parse(text['csl-json']!)).toEqual(view.csl);
  });

  test('styled formats keep their italics as HTML and escape markup in the title', () => {
    const html = citationView({ ...input, title: '<b>Bold</b> & co' }).formats.find((f) => f.id === 'apa')!.html!;
    expect(html).toContain('<i>');
    expect(html).not.toMatch(/<(?!\/?i>)/);
    expect(html).toContain('&lt;b>Bold&lt;/b>');
    const script = citationView({ ...input, title: '<script>alert(1)</script>' }).formats[0]!.html!;
    expect(script).not.toMatch(/<(?!\/?i>)/);
  });

  test("each style's text, read from its HTML, is exactly Citation.js's text output, for every entry of the knowledge base", () => {
    const titles = [
      ...readSnapshot(join(import.meta.dirname, '../..')).entries.map((e) => e.data.title),
      '<script>alert(1)</script> & "quoted" <i>state</i>',
      'A & B < C > D ’ é',
    ];
    const mismatches: string[] = [];
    for (const title of titles) {
      const item = { ...input, title };
      const cite = new citationJs.Cite(cslItem(item));
      for (const f of citationView(item).formats) {
        if (!('style' in CITATION_FORMATS.find((c) => c.id === f.id)!)) continue;
        const style = CITATION_FORMATS.find((c) => c.id === f.id) as { style: string };
        const text = String(cite.format('bibliography', { template: style.style, lang: 'en-US', format: 'text' }));
        if (text.trim() !== f.text) mismatches.push(`${title} (${f.id}): ${f.text} ≠ ${text.trim()}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(titles.length).toBeGreaterThan(100);
  });
});

describe('citationText', () => {
  test('drops tags and decodes character references, leaving other text as it is', () => {
    expect(citationText('<i>Site</i> &#38; <span style="x">co</span> &#60;b> &#x2019; &amp;c &unknown;')).toBe(
      'Site & co <b> ’ &c &unknown;',
    );
  });
});

describe('vendoredStyle', () => {
  test('reads Chicago notes-bibliography and MLA from the vendored files, licence included, and names a style it lacks', () => {
    expect(vendoredStyle('chicago-note-bibliography')).toMatch(/<style [^>]*class="note"/);
    expect(vendoredStyle('modern-language-association')).toMatch(
      /<title>Modern Language Association 9th edition<\/title>/,
    );
    for (const id of ['chicago-note-bibliography', 'modern-language-association'])
      expect(vendoredStyle(id)).toContain('<rights license="http://creativecommons.org/licenses/by-sa/3.0/">');
    expect(() => vendoredStyle('no-such-style')).toThrow(/"no-such-style"/);
  });
});

describe('citationMeta', () => {
  const version = { build: '0.1.0+abcdef0123', date: '2026-12-01', publisher: 'KB contributors' };

  test('an entry gets the version in its JSON-LD and citation tags read from it', () => {
    const { jsonLd, tags } = citationMeta(
      { '@type': 'Country', name: 'Tajikistan', url: 'https://kb.example.org/actors/tajikistan/' },
      version,
    );
    expect(jsonLd).toMatchObject({
      version: '0.1.0+abcdef0123',
      dateModified: '2026-12-01',
      publisher: { name: 'KB contributors' },
    });
    expect(Object.fromEntries(tags.map((t) => [t.name, t.content]))).toEqual({
      citation_title: 'Tajikistan',
      citation_publisher: 'KB contributors',
      citation_date: '2026/12/01',
      citation_public_url: 'https://kb.example.org/actors/tajikistan/',
      citation_abstract_html_url: 'https://kb.example.org/actors/tajikistan/',
      citation_language: 'en',
    });
  });

  test('keeps a version the entry already carries', () => {
    const { jsonLd } = citationMeta(
      { '@type': 'Place', name: 'Termez', url: 'u', version: '0.1.0+abcdef0123 (entry 1a2b3c4d)' },
      version,
    );
    expect(jsonLd?.version).toBe('0.1.0+abcdef0123 (entry 1a2b3c4d)');
  });

  test('the source article is cited as the article, with its own author, publisher and date', () => {
    const { tags } = citationMeta(
      {
        '@type': 'Article',
        name: 'T',
        headline: 'T',
        author: { name: 'A' },
        publisher: { name: 'P' },
        datePublished: '2021',
        sameAs: 'https://pub.example/t',
      },
      version,
    );
    expect(Object.fromEntries(tags.map((t) => [t.name, t.content]))).toMatchObject({
      citation_title: 'T',
      citation_author: 'A',
      citation_publisher: 'P',
      citation_publication_date: '2021',
      citation_public_url: 'https://pub.example/t',
    });
  });

  test('the home page cites the site from its WebSite node', () => {
    const { jsonLd, tags } = citationMeta(
      {
        '@graph': [
          { '@type': 'WebSite', name: 'KB', url: 'https://kb.example.org/' },
          { '@type': 'Dataset', name: 'D' },
        ],
      },
      version,
    );
    expect((jsonLd!['@graph'] as Record<string, unknown>[])[0]).toMatchObject({ version: '0.1.0+abcdef0123' });
    expect(tags.find((t) => t.name === 'citation_title')?.content).toBe('KB');
  });

  test('list and about pages get no citation tags', () => {
    expect(citationMeta({ '@type': 'CollectionPage', name: 'Actors' }, version).tags).toEqual([]);
    expect(citationMeta(undefined, version).tags).toEqual([]);
  });
});
