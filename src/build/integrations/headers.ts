/**
 * Build hook: writes `<outDir>/_headers` for static hosts that read it (Netlify, Cloudflare Pages).
 * Its Content-Security-Policy is the one Astro put in every page's `<meta>` (with the hashes it
 * computed during this build) plus `frame-ancestors 'none'`, which only a header can carry. It runs
 * after Pagefind so the search bundle's hashed files get long caching too.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decodeEntities } from '../../model/html.ts';
import { cdnHeaders, formatHeaders } from '../cdn-headers.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy of a built page's `<meta>` element, with HTML character references decoded. */
export function metaPolicy(html: string): string | undefined {
  const value = META_POLICY.exec(html)?.[1];
  return value === undefined ? undefined : decodeEntities(value);
}

export function cdnHeadersFile(): AstroIntegration {
  return {
    name: 'kb:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) =>
            join(d.parentPath, d.name)
              .slice(outDir.length)
              .replace(/^[\\/]/, '')
              .split(sep)
              .join('/'),
          )
          .filter((file) => file !== '_headers')
          .sort();
        const byPolicy = Map.groupBy(
          files.filter((f) => f.endsWith('.html')),
          (f) => metaPolicy(readFileSync(join(outDir, f), 'utf8')) ?? '(none)',
        );
        if (byPolicy.size !== 1 || byPolicy.has('(none)')) {
          const kinds = [...byPolicy]
            .map(([policy, pages]) => `  ${pages.length} page(s), e.g. ${pages[0]}: ${policy}`)
            .join('\n');
          throw new Error(
            `_headers needs one Content-Security-Policy shared by every page; the pages carry ${byPolicy.size}:\n${kinds}`,
          );
        }
        const [policy] = byPolicy.keys();
        const rules = cdnHeaders({ policy: policy!, files });
        writeFileSync(join(outDir, '_headers'), formatHeaders(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
