/**
 * Metadata reference managers read (Zotero, Mendeley, Google Scholar): Highwire-style
 * `citation_*` meta tags, derived from the page's JSON-LD so the two always agree. Entry pages and
 * the home page name the knowledge base (title, publisher, date of the version, URL); the source
 * page names the article itself (its author, publisher, date and address).
 */

export interface MetaTag {
  name: string;
  content: string;
}

export interface VersionFacts {
  build: string;
  /** YYYY-MM-DD */
  date: string;
  publisher: string;
}

type Node = Record<string, unknown>;

/** Pages whose JSON-LD describes a list or the site's own pages, not a citable work. */
const NOT_CITABLE = new Set(['CollectionPage', 'AboutPage', 'SearchResultsPage', 'WebPage']);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const nameOf = (v: unknown): string | undefined => (v && typeof v === 'object' ? str((v as Node).name) : undefined);
/** Highwire dates are written YYYY/MM/DD (or just the year). */
const highwireDate = (iso: string) => iso.replace(/-/g, '/');

/**
 * The JSON-LD with the build's version added to the site and its entries (fields already there
 * are kept), and the `citation_*` tags read from it. Pages that are not citable get none.
 */
export function citationMeta(
  jsonLd: Node | undefined,
  version: VersionFacts,
): { jsonLd: Node | undefined; tags: MetaTag[] } {
  if (!jsonLd) return { jsonLd, tags: [] };
  const versioned = (node: Node): Node => ({
    version: version.build,
    dateModified: version.date,
    publisher: { '@type': 'Organization', name: version.publisher },
    ...node,
  });
  const graph = jsonLd['@graph'];
  if (Array.isArray(graph)) {
    const nodes = (graph as Node[]).map((n) => (n['@type'] === 'WebSite' ? versioned(n) : n));
    const site = nodes.find((n) => n['@type'] === 'WebSite');
    return { jsonLd: { ...jsonLd, '@graph': nodes }, tags: site ? workTags(site) : [] };
  }
  const type = str(jsonLd['@type']);
  if (!type || NOT_CITABLE.has(type)) return { jsonLd, tags: [] };
  if (type === 'Article') return { jsonLd, tags: articleTags(jsonLd) };
  const node = versioned(jsonLd);
  return { jsonLd: node, tags: workTags(node) };
}

function tags(pairs: [string, string | undefined][]): MetaTag[] {
  return pairs.filter((p): p is [string, string] => p[1] !== undefined).map(([name, content]) => ({ name, content }));
}

/** A page of the knowledge base (the home page, an entry): published by the knowledge base, dated by its version. */
function workTags(node: Node): MetaTag[] {
  const date = str(node.dateModified);
  return tags([
    ['citation_title', str(node.name)],
    ['citation_publisher', nameOf(node.publisher)],
    ['citation_date', date && highwireDate(date)],
    ['citation_public_url', str(node.url)],
    ['citation_abstract_html_url', str(node.url)],
    ['citation_language', 'en'],
  ]);
}

/** The source article: its own author, publisher, date and address at the publisher. */
function articleTags(node: Node): MetaTag[] {
  const date = str(node.datePublished);
  return tags([
    ['citation_title', str(node.headline) ?? str(node.name)],
    ['citation_author', nameOf(node.author)],
    ['citation_publisher', nameOf(node.publisher)],
    ['citation_publication_date', date && highwireDate(date)],
    ['citation_public_url', str(node.sameAs)],
    ['citation_language', 'en'],
  ]);
}
