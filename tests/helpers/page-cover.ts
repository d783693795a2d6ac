/**
 * The pages a browser audit needs to see so that every piece of markup the site produces is seen at
 * least once, in every page template it appears in. Static gates (links, html-validate, the Nu
 * checker, the policy of each page) still read every page; audits that need a browser (axe, CSP
 * violations at load) read this cover, whose size grows with the variety of the markup, not with the
 * number of entries.
 *
 * A page's template is its route: one per top-level page, one per collection for entry pages, one
 * for all redirect pages. Its features are the element names, `element.class` pairs, the names of
 * `data-*` and `aria-*` attributes and `role` values, and the ids of its sections (`h2`). Within each
 * template, pages are chosen greedily (most features not yet seen first; ties by path) until every
 * feature of that template is covered.
 */
import { readFileSync } from 'node:fs';
import { htmlPages, redirectTarget } from './public-urls.ts';

export interface CoverPage {
  path: string;
  file: string;
  /** The page's template (its route pattern, or `redirect`). */
  template: string;
}

/** The route pattern a page is built from: `/actors/*\/` for an entry, `/actors/` for a list. */
export function pageTemplate(path: string, html: string): string {
  if (redirectTarget(html)) return 'redirect';
  const segments = path.split('/').filter(Boolean);
  return segments.length <= 1 ? path : `/${segments[0]}/*/`;
}

/** What a page's markup is made of, as comparable strings. */
export function markupFeatures(html: string): Set<string> {
  const features = new Set<string>();
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  for (const [, tag, attrs] of body.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/g)) {
    features.add(tag!);
    for (const name of /\sclass="([^"]*)"/.exec(attrs!)?.[1]?.split(/\s+/) ?? [])
      if (name) features.add(`${tag}.${name}`);
    for (const [, attr, value] of attrs!.matchAll(/\s(data-[\w-]+|aria-[\w-]+|role)(?:="([^"]*)")?/g))
      features.add(attr === 'role' ? `${tag}[role=${value}]` : `${tag}[${attr}]`);
  }
  for (const [, id] of body.matchAll(/<h2[^>]*\sid="([^"]+)"/g)) features.add(`#${id}`);
  return features;
}

/** The pages of the built site in `dir` that together show every feature of every template. */
export function pageCover(dir: string): CoverPage[] {
  const templates = new Map<string, { page: CoverPage; features: Set<string> }[]>();
  for (const { path, file } of htmlPages(dir)) {
    const html = readFileSync(file, 'utf8');
    const template = pageTemplate(path, html);
    const list = templates.get(template) ?? templates.set(template, []).get(template)!;
    list.push({ page: { path, file, template }, features: markupFeatures(html) });
  }
  const chosen: CoverPage[] = [];
  for (const list of templates.values()) {
    const unseen = new Set(list.flatMap((p) => [...p.features]));
    while (unseen.size) {
      let best = list[0]!;
      let bestCount = -1;
      for (const candidate of list) {
        let count = 0;
        for (const feature of candidate.features) if (unseen.has(feature)) count++;
        if (count > bestCount) [best, bestCount] = [candidate, count];
      }
      chosen.push(best.page);
      for (const feature of best.features) unseen.delete(feature);
    }
  }
  return chosen.sort((a, b) => a.path.localeCompare(b.path));
}
