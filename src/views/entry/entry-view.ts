/**
 * Everything an entry page shows, built once from the index: header, infobox (`infobox.ts`), the
 * sections the index derives (`sections.ts`), backlinks, the paragraphs the page cites and a
 * ready-made citation. Every claim carries its scope and its one provenance marker; every list is
 * already ordered and labelled. Components render this and compute nothing.
 */
import { entryCitationInput } from '../../citations/entry-citation.ts';
import { citationView, type CitationView } from '../../citations/formats.ts';
import { entryJsonLd } from '../../citations/jsonld.ts';
import { PUBLISHER, SITE_NAME } from '../../config/site.ts';
import type { CitePlace } from '../../model/article-places.ts';
import { bodyCites } from '../../model/body.ts';
import type { AnyEntry } from '../../model/entries.ts';
import { entryPath } from '../../model/ids.ts';
import { listOf, type KbIndex } from '../../model/index/kb-index.ts';
import type { SiteVersion } from '../../model/version.ts';
import { COLLECTION_LABELS, kindLabel } from '../../model/vocab/kinds.ts';
import { localGraphView } from '../../network/local-graph.ts';
import { MAP_HEIGHT, MAP_WIDTH, mapProjection, projectPoint } from '../map/projection.ts';
import { Viewer } from '../parts/viewer.ts';
import { infobox } from './infobox.ts';
import {
  eventItems,
  membershipSection,
  outlookItems,
  relationSections,
  scenarioParts,
  scenarioSections,
  stanceSections,
  statementItems,
} from './sections.ts';
import type { CitationFormatter, EntryCoreView, EntryView, LocatorView } from './types.ts';

function locator(entry: AnyEntry): LocatorView | undefined {
  if (entry.collection !== 'bases' && entry.collection !== 'places') return undefined;
  const c = entry.data.coordinates;
  if (!c || (entry.collection === 'places' && entry.data.kind === 'region')) return undefined;
  const at = projectPoint(mapProjection(), c.lon, c.lat);
  return { title: entry.data.title, ...(at ? { at } : {}), width: MAP_WIDTH, height: MAP_HEIGHT, basis: c.context };
}

/**
 * The view of one entry page. `site` is the public origin (for JSON-LD). With a `version`, the view
 * carries the entry's citation in every format, made by `formatCitation`. `core` is the entry's
 * shared view when the caller has built it already.
 */
export function entryView(
  index: KbIndex,
  id: string,
  site: URL | string = 'https://example.org',
  version?: SiteVersion,
  formatCitation: CitationFormatter = citationView,
  core: EntryCoreView = entryCoreView(index, id),
): EntryView {
  const entry = index.byId.get(id)!;
  const view: EntryView = { ...core, jsonLd: entryJsonLd(entry, new URL(core.path, site).href) };
  if (version) view.citation = entryCitation(entry, view, site, version, formatCitation);
  return view;
}

/**
 * The part of an entry's view that does not depend on the site's address or version: everything
 * the page shows, and the places it cites.
 */
export function entryCoreView(index: KbIndex, id: string): EntryCoreView {
  const entry = index.byId.get(id);
  if (!entry) throw new Error(`entryView: unknown entry "${id}"`);
  const v = new Viewer(index);
  const path = entryPath(entry.collection, entry.id);

  // The entry's own citations and its body's cover the summary and the text.
  v.cites(entry.data.cite);
  v.cites(bodyCites(entry.body).map((c) => c.value as CitePlace));

  const view: EntryCoreView = {
    id,
    collection: entry.collection,
    path,
    title: entry.data.title,
    summary: entry.data.summary,
    type: COLLECTION_LABELS[entry.collection].singular,
    kind: kindLabel(entry.collection, entry.data.kind),
    aliases: entry.data.aliases,
    laterNames:
      entry.collection === 'places'
        ? entry.data.laterNames.map((n) => ({ name: n.name, from: v.datedClaim(n.from) }))
        : [],
    titleWeight: entry.collection === 'events' || entry.collection === 'scenarios' ? 3 : 10,
    searchKey: index.entries.indexOf(entry),
    infobox: infobox(v, entry),
    stances: [],
    relations: [],
    statements: [],
    events: [],
    inScenarios: [],
    outlooks: [],
    backlinks: [],
    cited: [],
    basedOn: `${index.source.data.author}, “${index.source.data.title},” ${index.source.data.publisher}, ${index.source.data.year}`,
  };
  if (entry.data.context !== undefined) view.context = entry.data.context;
  if (entry.collection === 'scenarios') view.scenario = scenarioSections(v, entry);
  const where = locator(entry);
  if (where) view.locator = where;
  const memberships = membershipSection(v, index, entry);
  if (memberships) view.memberships = memberships;
  view.stances = stanceSections(v, index, id);
  view.relations = relationSections(v, index, id);
  const local = localGraphView(index, id);
  if (local) view.localGraph = local;
  view.statements = statementItems(v, index, id);
  view.events = eventItems(v, index, id);
  view.inScenarios = scenarioParts(v, index, id);
  view.outlooks = outlookItems(v, index, id);
  view.backlinks = v.links(listOf(index.backlinks, id));

  const summaries = new Map(index.source.data.paragraphs.map((p) => [p.place, p.summary]));
  view.cited = v.cites(v.cited()).map((cite) => ({ cite, summary: summaries.get(cite.place) ?? '' }));

  return view;
}

/** An entry's citation: its CSL-JSON record with the build's and its file's versions, in every format. */
function entryCitation(
  entry: AnyEntry,
  view: EntryView,
  site: URL | string,
  version: SiteVersion,
  formatCitation: CitationFormatter,
): CitationView {
  const input = entryCitationInput(entry, site, version);
  view.jsonLd = {
    ...view.jsonLd,
    version: `${version.build} (entry ${input.entryVersion})`,
    dateModified: version.date,
    publisher: { '@type': 'Organization', name: PUBLISHER },
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: new URL('/', site).href },
  };
  return formatCitation(input);
}
