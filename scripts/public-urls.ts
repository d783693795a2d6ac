/**
 * Writes the committed list of public URLs (tests/fixtures/public-urls.txt) from a build, adding
 * new URLs. A URL that no longer works is refused: its page must still exist, or be a redirect page
 * (an alias, or a line in src/config/redirects.ts), and its anchor must be on the page it leads to. Shared
 * links must keep working.
 * Usage: npm run build && npm run urls [-- <dist-dir>]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brokenUrl, htmlPages, publicUrls } from '../tests/helpers/public-urls.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const listFile = resolve('tests/fixtures/public-urls.txt');
const current = publicUrls(dist);
const known = new Set(current);
const previous = existsSync(listFile) ? readFileSync(listFile, 'utf8').split('\n').filter(Boolean) : [];
const pages = new Map(htmlPages(dist).map(({ path, file }) => [path, readFileSync(file, 'utf8')]));
const missing = previous.flatMap((url) => brokenUrl(url, pages) ?? []);
if (missing.length) {
  console.error(
    `${missing.length} public URL(s) would stop working. Add a line to src/config/redirects.ts (or an alias) first:\n${missing.map((u) => `  ${u}`).join('\n')}`,
  );
  process.exit(1);
}
const kept = previous.filter((url) => !known.has(url));
writeFileSync(listFile, [...new Set([...current, ...kept])].sort().join('\n') + '\n');
console.log(
  `${current.length} public URLs written to ${listFile} (${current.length - previous.filter((u) => known.has(u)).length} new).`,
);
