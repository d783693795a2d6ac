/**
 * "Cite this entry": one CSL-JSON record per entry, and every format people paste into a paper or
 * a reference manager generated from it by Citation.js — APA 7, Chicago (notes-bibliography),
 * MLA 9, BibTeX, RIS and the CSL-JSON itself. Each record names the build's version and the
 * entry's own content version.
 */
import citationJs from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { vendoredStyle } from './csl-styles.ts';

const { Cite, plugins } = citationJs;

/** A CSL-JSON item (the fields this site writes). */
export interface CslItem {
  id: string;
  /** The BibTeX key. */
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title': string;
  publisher: string;
  URL: string;
  genre: string;
  version: string;
  issued: { 'date-parts': [[number, number, number]] };
  note: string;
  language: string;
}

export interface CitationInput {
  id: string;
  title: string;
  /** Absolute URL of the entry page. */
  url: string;
  siteName: string;
  publisher: string;
  /** The build's version ("0.1.0+3f2a9c1b7d"). */
  build: string;
  /** The entry file's short hash. */
  entryVersion: string;
  /** The date of the version, YYYY-MM-DD. */
  date: string;
}

/** The CSL-JSON record of an entry. */
export function cslItem(input: CitationInput): CslItem {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.date);
  if (!day) throw new Error(`cslItem: date of "${input.id}" must be YYYY-MM-DD, got "${input.date}"`);
  return {
    id: input.id,
    'citation-key': input.id,
    type: 'webpage',
    title: input.title,
    'container-title': input.siteName,
    publisher: input.publisher,
    URL: input.url,
    genre: `Knowledge base entry, version ${input.build} (entry ${input.entryVersion})`,
    version: `version ${input.build}, entry ${input.entryVersion}`,
    issued: { 'date-parts': [[Number(day[1]), Number(day[2]), Number(day[3])]] },
    note: `Version ${input.build}, entry ${input.entryVersion}.`,
    language: 'en',
  };
}

/** The formats, in the order a page shows them (the first is open). */
export const CITATION_FORMATS = [
  { id: 'apa', label: 'APA 7', style: 'apa' },
  { id: 'chicago', label: 'Chicago (notes and bibliography)', style: 'chicago-note-bibliography' },
  { id: 'mla', label: 'MLA 9', style: 'modern-language-association' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl-json', label: 'CSL-JSON' },
] as const;

type CitationFormatId = (typeof CITATION_FORMATS)[number]['id'];

export interface CitationFormatView {
  id: CitationFormatId;
  label: string;
  /** Plain text to copy. */
  text: string;
  /** For the styled formats, the reference with its italics as HTML (escaped by Citation.js). */
  html?: string;
  /** Whether the text is code (BibTeX, RIS, JSON) and shown preformatted. */
  code: boolean;
}

export interface CitationView {
  csl: CslItem;
  build: string;
  entryVersion: string;
  formats: CitationFormatView[];
}

let stylesReady = false;
function registerStyles() {
  if (stylesReady) return;
  const styles = plugins.config.get('@csl').styles;
  for (const f of CITATION_FORMATS)
    if ('style' in f && !styles.has(f.style)) styles.add(f.style, vendoredStyle(f.style));
  stylesReady = true;
}

/** The reference inside Citation.js's bibliography markup, trimmed, as citeproc wrote it. */
function entryMarkup(html: string, id: string): string {
  const m = /<div data-csl-entry-id="[^"]*" class="csl-entry">([\s\S]*?)<\/div>\s*<\/div>\s*$/.exec(html);
  if (!m) throw new Error(`citation of "${id}": unexpected bibliography markup`);
  return m[1]!.trim();
}

/**
 * The reference as HTML to show. Citeproc passes a few formatting tags through from the data
 * (`<b>`, `<sup>`…); only its own italics stay markup, any other `<` is shown as text.
 */
function shownHtml(markup: string): string {
  return markup.replace(/<(?!\/?i>)/g, '&lt;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The plain text of citeproc's HTML for a reference: its tags dropped and its character references
 * decoded. Citeproc's own text output is exactly this (a whole-knowledge-base test checks it), so
 * each style is formatted once, as HTML, rather than twice.
 */
export function citationText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (ENTITIES[name!] ?? whole),
    );
}

/** Every citation format of an entry, generated from its CSL-JSON record. */
export function citationView(input: CitationInput): CitationView {
  registerStyles();
  const csl = cslItem(input);
  const cite = new Cite(csl);
  const formats = CITATION_FORMATS.map((f): CitationFormatView => {
    if ('style' in f) {
      const markup = entryMarkup(
        String(cite.format('bibliography', { template: f.style, lang: 'en-US', format: 'html' })),
        input.id,
      );
      return { id: f.id, label: f.label, text: citationText(markup), html: shownHtml(markup), code: false };
    }
    const text =
      f.id === 'bibtex' ? cite.format('bibtex') : f.id === 'ris' ? cite.format('ris') : JSON.stringify(csl, null, 2);
    return { id: f.id, label: f.label, text: String(text).trim(), code: true };
  });
  return { csl, build: input.build, entryVersion: input.entryVersion, formats };
}
