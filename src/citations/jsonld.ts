/**
 * schema.org descriptions of entries for JSON-LD. The caller serialises with `<` escaped.
 */
import type { AnyEntry } from '../model/entries.ts';
import { datetimeAttribute } from '../model/dates.ts';

/** The schema.org type that fits an entry best. */
function schemaType(entry: AnyEntry): string {
  switch (entry.collection) {
    case 'actors':
      switch (entry.data.kind) {
        case 'state':
          return 'Country';
        case 'person':
          return 'Person';
        case 'government':
          return 'GovernmentOrganization';
        default:
          return 'Organization';
      }
    case 'organizations':
      return 'GovernmentOrganization';
    case 'bases':
    case 'places':
    case 'infrastructure':
      return 'Place';
    case 'events':
      return 'Event';
    case 'scenarios':
      return 'CreativeWork';
    case 'sources':
      return 'Article';
  }
}

/** A JSON-LD object for an entry page at `url`. */
export function entryJsonLd(entry: AnyEntry, url: string): Record<string, unknown> {
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType(entry),
    '@id': url,
    name: entry.data.title,
    description: entry.data.summary,
    url,
  };
  if (entry.data.aliases.length > 0) base.alternateName = entry.data.aliases;
  if (entry.collection === 'events') {
    base.startDate = datetimeAttribute(entry.data.date.value);
    if (entry.data.date.end) base.endDate = datetimeAttribute(entry.data.date.end);
  }
  if ((entry.collection === 'places' || entry.collection === 'bases') && entry.data.coordinates) {
    base.geo = {
      '@type': 'GeoCoordinates',
      latitude: entry.data.coordinates.lat,
      longitude: entry.data.coordinates.lon,
    };
  }
  if (entry.collection === 'sources') {
    base.headline = entry.data.title;
    base.author = { '@type': 'Person', name: entry.data.author };
    base.publisher = { '@type': 'Organization', name: entry.data.publisher };
    base.datePublished = String(entry.data.year);
    base.sameAs = entry.data.url;
  }
  return base;
}

/** Serialises JSON-LD so it can sit inside a `<script>` element: every `<` becomes `\u003c`. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The home page: the site (with its search) and the open data it publishes. */
export function homeJsonLd(
  site: URL | string,
  name: string,
  description: string,
  files: readonly { name: string; url: string; format: string }[],
): Record<string, unknown> {
  const home = new URL('/', site).href;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${home}#website`,
        name,
        description,
        url: home,
        potentialAction: {
          '@type': 'SearchAction',
          target: `${new URL('/search/', site).href}?q={search_term_string}`,
          'query-input': 'required name=search_term_string',
        },
      },
      {
        '@type': 'Dataset',
        '@id': `${new URL('/data/', site).href}#dataset`,
        name: `${name}: open data`,
        description: `Every entry of the knowledge base with its typed, cited facts, as JSON (with JSON Schemas) and CSV tables.`,
        url: new URL('/data/index.json', site).href,
        license: 'https://creativecommons.org/licenses/by/4.0/',
        isPartOf: { '@id': `${home}#website` },
        distribution: files.map((f) => ({
          '@type': 'DataDownload',
          name: f.name,
          contentUrl: f.url,
          encodingFormat: f.format,
        })),
      },
    ],
  };
}

/** A page listing entries (a collection or an analyst view): a CollectionPage whose main entity is an ItemList. */
export function collectionPageJsonLd(
  url: string,
  name: string,
  description: string,
  items: readonly { title: string; path: string }[],
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    name,
    description,
    url,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: items.length,
      itemListElement: items.map((item, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: new URL(item.path, url).href,
        name: item.title,
      })),
    },
  };
}

/** Any other page of the site (about, search). */
export function webPageJsonLd(
  url: string,
  type: 'AboutPage' | 'SearchResultsPage' | 'WebPage',
  name: string,
  description: string,
): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': type, '@id': url, name, description, url };
}
