/**
 * Scaffolds a new entry that passes the schemas and the integrity check, with TODO markers the
 * content tests refuse until they are written.
 * Usage: npm run new -- <collection> <id>      e.g. npm run new -- places herat
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, isCollectionName, isEntryId } from '../src/lib/ids.ts';
import { kindsOf } from '../src/lib/kinds.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [collection, id] = process.argv.slice(2);

if (!collection || !id) fail('Usage: npm run new -- <collection> <id>   (e.g. npm run new -- places herat)');
if (!isCollectionName(collection)) fail(`"${collection}" is not a collection. Use one of: ${COLLECTIONS.join(', ')}.`);
if (!isEntryId(id)) fail(`"${id}" is not a valid id: use lowercase words joined by hyphens, e.g. "herat" or "2021-08-15-taliban-take-kabul".`);
if (collection === 'sources') fail('The knowledge base has exactly one source; edit content/sources/ instead.');

const file = join('content', collection, `${id}.mdx`);
if (existsSync(file)) fail(`${file} already exists.`);

const kinds = kindsOf(collection);
const title = id.replace(/^\d{4}(?:s|-\d{2}(?:-\d{2})?)?-/, '').split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
const lines = [
  '---',
  `title: ${title}`,
  `kind: ${kinds[0]}   # one of: ${kinds.join(', ')}`,
  'summary: "TODO: one sentence in our own words: what this is and why it matters here."',
  'cite: P1   # TODO: the paragraphs the summary and body draw on, e.g. [P4, P5]',
];
if (collection === 'bases') lines.push('status: active   # active | proposed | former');
if (collection === 'infrastructure') lines.push('status: existing   # existing | extension-agreed | agreed | under-development');
if (collection === 'events') lines.push(`date: '${/^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(id)?.[1] ?? '2021'}'   # quote dates; see docs/content-guide.md`);
if (collection === 'scenarios') lines.push('triggers:', '  - text: "TODO: the article\'s condition for this future."', '    cite: P1', '    certainty: possible');
lines.push('---', '', 'TODO: a few sentences in our own words, linking every entry they mention and citing each fact (see docs/content-guide.md).', '');

mkdirSync(join('content', collection), { recursive: true });
writeFileSync(file, lines.join('\n'));
console.log(`Created ${file}. Fill in the TODOs (see docs/content-guide.md), then run npm run check:content.`);
