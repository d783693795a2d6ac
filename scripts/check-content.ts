/**
 * Checks the content folder without building the site: schemas, then the whole-knowledge-base
 * integrity check. Prints every problem and exits non-zero if there is any.
 * Usage: npm run check:content [-- <content-dir>]
 */
import { resolve } from 'node:path';
import { checkKnowledgeBase, formatProblems } from '../src/lib/integrity.ts';
import { loadContent } from './lib/load-content.ts';

const dir = resolve(process.argv[2] ?? 'content');
const { entries, problems, folders } = loadContent(dir);
const all = [...problems, ...(problems.length ? [] : checkKnowledgeBase(entries, { folders }))];
if (all.length) {
  console.error(formatProblems(all));
  process.exit(1);
}
console.log(`${entries.length} entries, no problems.`);
