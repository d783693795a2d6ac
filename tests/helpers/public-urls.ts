/**
 * The public URLs of a built site: every HTML page and every fragment anchor on it, as sorted
 * lines like `/actors/tajikistan/` and `/actors/tajikistan/#key-facts`. Redirect pages are listed
 * as pages (their own anchors are not). Ids the site uses internally (SVG titles, script data,
 * table captions) are not anchors anyone shares and are left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const INTERNAL_ID = /^(?:main|kb-.*|map-(?:title|desc)|.*-caption|did-you-mean)$/;

/** Every HTML file under `dir`, as site paths (`/actors/tajikistan/`). */
export function htmlPages(dir: string): { path: string; file: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const rel = relative(dir, file).split(sep).join('/');
      return {
        path: rel === 'index.html' ? '/' : `/${rel.replace(/(?:^|\/)index\.html$/, '/').replace(/\.html$/, '/')}`,
        file,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Whether an HTML document is a redirect page (an immediate meta refresh). */
export function redirectTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="0; ?url=([^"]+)"/.exec(html)?.[1];
}

/** The anchor ids of an HTML document that are public. */
function anchorIds(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !INTERNAL_ID.test(id));
}

/** Every public URL of the built site in `dir`, 404 page excluded. */
export function publicUrls(dir: string): string[] {
  const lines: string[] = [];
  for (const { path, file } of htmlPages(dir)) {
    if (path === '/404/') continue;
    lines.push(path);
    const html = readFileSync(file, 'utf8');
    if (redirectTarget(html)) continue;
    for (const id of new Set(anchorIds(html))) lines.push(`${path}#${id}`);
  }
  return lines.sort();
}

/**
 * Why a public URL no longer works on a built site (`pages`: each page's path and HTML), or
 * undefined when it does: its page must exist — an old page must be a redirect page — and an anchor
 * must be on the page, or on the page the redirect leads to.
 */
export function brokenUrl(url: string, pages: ReadonlyMap<string, string>): string | undefined {
  const [path, anchor] = url.split('#') as [string, string | undefined];
  let html = pages.get(path);
  if (html === undefined) return `${url}: page gone without a redirect page`;
  const target = redirectTarget(html);
  if (target) {
    html = pages.get(target);
    if (html === undefined) return `${url}: redirects to ${target}, which is no page`;
  }
  if (anchor && !anchorIds(html).includes(anchor)) return `${url}: anchor gone`;
  return undefined;
}
