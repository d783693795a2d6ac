/**
 * Quality gates over a built site, shared by the tests and usable on any folder of HTML:
 * internal links and anchors resolve, external links are safe, the HTML is valid (html-validate,
 * and the W3C Nu checker, which needs Java), and each page's Content-Security-Policy is strict
 * and allows everything the page holds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { htmlPages } from './public-urls.ts';

export interface GateProblem {
  page: string;
  message: string;
}

/** Groups problems page by page for a readable failure. */
export function byPage(problems: readonly GateProblem[]): string {
  const pages = Map.groupBy(problems, (p) => p.page);
  return [...pages].map(([page, list]) => `${page}\n${list.map((p) => `  ${p.message}`).join('\n')}`).join('\n');
}

const allIds = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** The file a site path is served from, or `undefined` when none exists. */
function fileFor(dir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const direct = join(dir, decoded);
  if (decoded.endsWith('/')) {
    if (existsSync(join(direct, 'index.html'))) return join(direct, 'index.html');
    // Pages such as 404.html are served at their own name.
    const named = join(dir, `${decoded.slice(0, -1)}.html`);
    return existsSync(named) ? named : undefined;
  }
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  return undefined;
}

/**
 * Every internal `href`/`src` of every page resolves to a file, every `#anchor` to an id on its
 * target page; every link to another origin carries `rel="noopener noreferrer"`. `origin` is the
 * site's own public origin (absolute links to it count as internal).
 */
export function checkLinks(dir: string, origin: string): GateProblem[] {
  const problems: GateProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, file.endsWith('.html') ? allIds(readFileSync(file, 'utf8')) : new Set());
    return ids.get(file)!;
  };
  for (const { path, file } of htmlPages(dir)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<(a|link|script|img|image|source)\b([^>]*)>/g)) {
      const tag = m[1]!;
      const attrs = m[2]!;
      const raw = /\s(?:href|src)="([^"]*)"/.exec(attrs)?.[1];
      if (raw === undefined || raw.startsWith('data:') || raw.startsWith('mailto:')) continue;
      const url = new URL(raw.replace(/&amp;/g, '&'), `${origin}${path}`);
      if (url.origin !== origin) {
        const rel = (/\srel="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/);
        if (tag === 'a' && !(rel.includes('noopener') && rel.includes('noreferrer'))) {
          problems.push({ page: path, message: `external link ${raw} lacks rel="noopener noreferrer"` });
        }
        if (tag !== 'a') problems.push({ page: path, message: `<${tag}> loads ${raw} from another origin` });
        continue;
      }
      const target = fileFor(dir, url.pathname);
      if (!target) {
        problems.push({ page: path, message: `dead link ${raw}` });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !anchor.startsWith(':~:') && !idsOf(target).has(anchor))
        problems.push({ page: path, message: `missing anchor ${raw}` });
    }
  }
  return problems;
}

/** Every page validates with html-validate (the project's .htmlvalidate.json). */
export async function validateHtml(dir: string, configRoot: string): Promise<GateProblem[]> {
  const config = JSON.parse(readFileSync(join(configRoot, '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(config);
  const problems: GateProblem[] = [];
  for (const { path, file } of htmlPages(dir)) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push({ page: path, message: `${message.ruleId}: ${message.message}` });
    }
  }
  return problems;
}

/** The Nu HTML checker's jar, shipped in the `vnu-jar` package. */
const NU_JAR = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/**
 * The W3C Nu HTML checker over every page of each folder, folder by folder: every error, and every
 * warning about a `<dt>` name repeated in one `<dl>` (one term with several descriptions is one
 * `<dt>`). All folders go through one run, as each run starts a Java VM. Throws when the checker
 * cannot run (it needs a Java runtime): a check that did not run never passes.
 */
export function nuProblems(dirs: readonly string[]): Map<string, GateProblem[]> {
  const run = spawnSync('java', ['-jar', NU_JAR, '--format', 'json', '--skip-non-html', ...dirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new Error(
      `The Nu HTML checker could not run (${run.error.message}): it needs a Java runtime, e.g. Debian's default-jre-headless (bash .ci/run installs it).`,
    );
  const report = JSON.parse(run.stderr || run.stdout) as {
    messages: { type: string; subType?: string; url?: string; message: string; lastLine?: number }[];
  };
  const found = new Map(dirs.map((dir) => [dir, [] as GateProblem[]]));
  for (const m of report.messages) {
    if (m.type !== 'error' && !(m.subType === 'warning' && /“dt”/.test(m.message))) continue;
    const file = m.url ? fileURLToPath(m.url) : undefined;
    const dir = dirs.find((d) => file?.startsWith(`${d}/`)) ?? dirs[0]!;
    found.get(dir)!.push({
      page: file ? `/${relative(dir, file).replace(/index\.html$/, '')}` : dir,
      message: `${m.type === 'error' ? 'error' : 'warning'}: ${m.message}`,
    });
  }
  return found;
}

/**
 * Every page has a strict Content-Security-Policy (`default-src 'self'`, nothing unsafe) and holds
 * nothing that policy would block: an inline script or style runs only when the policy lists its
 * hash (JSON data never runs), no `style` or `on…` attribute, nothing loaded from another origin.
 */
export function policyProblems(dir: string): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const { path: page, file } of htmlPages(dir)) {
    const html = readFileSync(file, 'utf8');
    const problem = (message: string) => problems.push({ page, message });
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    if (!policy.includes("default-src 'self'") || /'unsafe-inline'|'unsafe-eval'/.test(policy)) problem('weak policy');
    for (const [, tag, attrs, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
      if (/\ssrc=/.test(attrs!) || /type="application\/(?:ld\+)?json"/.test(attrs!)) continue;
      const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
      if (!policy.includes(hash)) problem(`inline <${tag}> whose hash the policy lacks`);
    }
    for (const [, attr] of html.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)=/g)) problem(`${attr} attribute`);
    // Links to other pages may go anywhere; what the page loads must come from the site.
    for (const [tag] of html.matchAll(/<(?:script|img|link|source|iframe|embed|object|video|audio)\b[^>]*>/g)) {
      if (/^<link\b/.test(tag) && !/rel="(?:stylesheet|preload|modulepreload|icon|manifest)"/.test(tag)) continue;
      const url = /\s(?:src|href|srcset|data)="((?:https?:)?\/\/[^"]+)"/.exec(tag)?.[1];
      if (url) problem(`loads ${url}`);
    }
  }
  return problems;
}
