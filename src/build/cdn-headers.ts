/**
 * HTTP response headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages):
 * the page's Content-Security-Policy plus what only a header can say, and caching by file kind.
 * Rules never overlap on a header name, because the two hosts combine overlapping rules differently.
 */

export interface HeaderRule {
  /** A URL path; a trailing `*` matches any rest, including nothing. */
  path: string;
  headers: [name: string, value: string][];
}

/** Files whose names carry a content hash: a new build gives them new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, open data, social images, Pagefind's entry files): a few minutes. */
export const SHORT = 'public, max-age=300, must-revalidate';

/** The directives a `<meta>` policy cannot carry, added to the page's policy in the header. */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/** The header policy for a page policy: the same directives, then those only a header can carry. */
export function headerPolicy(metaPolicy: string): string {
  return `${metaPolicy.trim().replace(/;\s*$/, '')}; ${HEADER_ONLY_DIRECTIVES}`;
}

/** Folders of Pagefind whose files are named by content hash. */
const HASHED_FOLDERS = ['_astro', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter'];

/** Whether a built file (path relative to the output folder, `/`-separated) is named by content hash. */
export function isHashed(file: string): boolean {
  return (
    HASHED_FOLDERS.some((folder) => file.startsWith(`${folder}/`)) || /^pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(file)
  );
}

/**
 * The rules for a built site: security headers for every path, long caching for hashed files and
 * short caching for everything else. `files` are the built files, relative and `/`-separated.
 */
export function cdnHeaders({ policy, files }: { policy: string; files: readonly string[] }): HeaderRule[] {
  const rules: HeaderRule[] = [
    {
      path: '/*',
      headers: [
        ['Content-Security-Policy', headerPolicy(policy)],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        [
          'Permissions-Policy',
          'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
        ],
      ],
    },
  ];
  const cache = (path: string, value: string) => rules.push({ path, headers: [['Cache-Control', value]] });
  for (const folder of HASHED_FOLDERS)
    if (files.some((f) => f.startsWith(`${folder}/`))) cache(`/${folder}/*`, IMMUTABLE);
  const short = new Set<string>(['/']);
  for (const file of [...files].sort()) {
    if (isHashed(file)) {
      if (!HASHED_FOLDERS.some((folder) => file.startsWith(`${folder}/`))) cache(`/${file}`, IMMUTABLE);
      continue;
    }
    const [top, ...rest] = file.split('/');
    // Pagefind's folder mixes hashed and unhashed files: its unhashed files are named one by one,
    // but a folder of its own inside it (the answer files) takes one rule.
    if (top === 'pagefind') short.add(rest.length > 1 ? `/pagefind/${rest[0]}/*` : `/${file}`);
    else short.add(rest.length ? `/${top}/*` : `/${top}`);
  }
  for (const path of short) cache(path, SHORT);
  return rules;
}

/** The `_headers` file text for a list of rules. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return (
    rules
      .map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
      .join('\n') + '\n'
  );
}
