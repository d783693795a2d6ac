/**
 * Checks the content folder without building the site: the same whole-knowledge-base check the
 * build runs first (folders, YAML, schemas, the synonym list, integrity). Prints every problem and
 * exits non-zero if there is any.
 * Usage: npm run check:content [-- <content-dir>]
 */
import { resolve } from 'node:path';
import { formatProblems } from '../src/model/integrity/check.ts';
import { readSnapshot } from '../src/build/content-files.ts';

const { entries, problems } = readSnapshot(process.cwd(), resolve(process.argv[2] ?? 'content'));
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${entries.length} entries, no problems.`);
