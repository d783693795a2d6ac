/**
 * Checks the content folder without building the site: the same whole-knowledge-base check the
 * build runs first (folders, YAML, schemas, integrity). Prints every problem and exits non-zero if
 * there is any.
 * Usage: npm run check:content [-- <content-dir>]
 */
import { resolve } from 'node:path';
import { formatProblems } from '../src/model/integrity/check.ts';
import { checkContent } from '../src/build/load-content.ts';

const dir = resolve(process.argv[2] ?? 'content');
const { entries, problems } = checkContent(dir);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${entries.length} entries, no problems.`);
