/**
 * Reading claims out of a built page's HTML, to check them against the answer data: the ids a page
 * gives more than once, the markup of the element with an id, and the provenance markers and entry
 * links inside it, in order.
 */
import { decodeEntities } from '../../src/model/html.ts';

/** The ids that a page's HTML gives to more than one element. */
export function repeatedIds(html: string): string[] {
  const seen = new Map<string, number>();
  for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) seen.set(id!, (seen.get(id!) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

/** The markup of the element with `id`, from its start tag to its matching end tag; undefined when there is none. */
export function elementWithId(html: string, id: string): string | undefined {
  const start = new RegExp(`<([a-z0-9]+)\\b[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html);
  if (!start) return undefined;
  const tag = start[1]!;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = start.index + start[0].length;
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (!depth) return html.slice(start.index, m.index + m[0].length);
  }
  return undefined;
}

/** One provenance marker as the page shows it. */
export interface MarkerOnPage {
  /** The badge's class (`badge--stated`, `badge--context`) and text. */
  badge: string;
  label: string;
  /** The entry it reports the position of ("according to"), by path. */
  attributedTo?: string;
  /** The basis of a context marker. */
  basis?: string;
  /** The paths its citations link. */
  cites: string[];
}

/** The provenance markers inside some markup, in order: each badge, and what follows it up to the next one. */
export function markersIn(markup: string): MarkerOnPage[] {
  const parts = markup.split(/<span class="badge (badge--[a-z-]+)">([^<]*)<\/span>/);
  const markers: MarkerOnPage[] = [];
  for (let i = 1; i + 2 < parts.length + 1; i += 3) {
    const after = parts[i + 2] ?? '';
    const cites = /^[\s\S]*?<span class="cites">([\s\S]*?)<\/span>/.exec(after)?.[1] ?? '';
    const marker: MarkerOnPage = {
      badge: parts[i]!,
      label: decodeEntities(parts[i + 1]!),
      cites: [...cites.matchAll(/href="([^"]+)"/g)].map((c) => c[1]!),
    };
    const according = /^ according to <a href="([^"]+)">/.exec(after);
    if (according) marker.attributedTo = according[1]!;
    if (parts[i] === 'badge--context')
      marker.basis = decodeEntities(/^ ([^<]*?)(?: \(relates to |$)/.exec(after.split('<')[0]!)?.[1] ?? '');
    markers.push(marker);
  }
  return markers;
}

/** The entry pages an element links (not the source page its citations link). */
export function entryLinksIn(markup: string): string[] {
  return [...markup.matchAll(/<a href="(\/(?!sources\/)[a-z]+\/[^"#]+\/)"/g)].map((m) => m[1]!);
}
