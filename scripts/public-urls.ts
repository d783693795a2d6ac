/**
 * Writes the committed list of public URLs (tests/fixtures/public-urls.txt) from a build, adding
 * new URLs. A URL that has gone missing is refused unless it redirects (an alias, or an entry in
 * src/redirects.ts): shared links must keep working.
 * Usage: npm run build && npm run urls [-- <dist-dir>]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { publicUrls } from '../tests/helpers/public-urls.ts';
import { RENAMED } from '../src/redirects.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const listFile = resolve('tests/fixtures/public-urls.txt');
const current = publicUrls(dist);
const known = new Set(current);
const previous = existsSync(listFile) ? readFileSync(listFile, 'utf8').split('\n').filter(Boolean) : [];
const missing = previous.filter((url) => !known.has(url) && !(url.split('#')[0]! in RENAMED));
if (missing.length) {
  console.error(
    `${missing.length} public URL(s) would disappear. Add redirects in src/redirects.ts (or an alias) first:\n${missing.map((u) => `  ${u}`).join('\n')}`,
  );
  process.exit(1);
}
const kept = previous.filter((url) => !known.has(url));
writeFileSync(listFile, [...new Set([...current, ...kept])].sort().join('\n') + '\n');
console.log(
  `${current.length} public URLs written to ${listFile} (${current.length - previous.filter((u) => known.has(u)).length} new).`,
);
