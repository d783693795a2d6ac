/**
 * Scaffolds a new entry that passes the schemas and the integrity check, with TODO markers the
 * content tests refuse until they are written.
 * Usage: npm run new -- <collection> <id>      e.g. npm run new -- places herat
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, isCollectionName, isEntryId } from '../src/model/ids.ts';
import { kindsOf } from '../src/model/vocab/kinds.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [collection, id] = process.argv.slice(2);

if (!collection || !id) fail('Usage: npm run new -- <collection> <id>   (e.g. npm run new -- places herat)');
if (!isCollectionName(collection)) fail(`"${collection}" is not a collection. Use one of: ${COLLECTIONS.join(', ')}.`);
if (!isEntryId(id))
  fail(
    `"${id}" is not a valid id: use lowercase words joined by hyphens, e.g. "herat" or "2021-08-15-taliban-take-kabul".`,
  );
if (collection === 'sources') fail('The knowledge base has exactly one source; edit content/sources/ instead.');

const file = join('content', collection, `${id}.mdx`);
if (existsSync(file)) fail(`${file} already exists.`);

const kinds = kindsOf(collection);
const title = id
  .replace(/^\d{4}(?:s|-\d{2}(?:-\d{2})?)?-/, '')
  .split('-')
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .join(' ');
const lines = [
  '---',
  `title: ${title}`,
  `kind: ${kinds[0]}   # one of: ${kinds.join(', ')}`,
  'summary: "TODO: one sentence in our own words: what this is and why it matters here."',
  'cite: P1   # TODO: the paragraphs the summary and body draw on, e.g. [P4, P5]',
  '# Every fact, relation, statement or stance is either from the article (cite + certainty, with attributedTo',
  "# when it reports someone's claim) or context from outside it (context: '<basis>', no certainty).",
  'facts: []       # typed facts: { key, one value, cite, certainty } (keys in src/model/vocab/facts.ts)',
  'relations: []   # written once, on either end: { type, target or from, cite, certainty }',
];
if (collection === 'actors')
  lines.push('# People: offices: [{ role: President, of: <state id>, cite, certainty }], shown on both ends by role.');
if (collection === 'bases' || collection === 'infrastructure') {
  lines.push(
    collection === 'bases'
      ? 'status: active   # active | proposed | former'
      : 'status: existing   # existing | extension-agreed | agreed | under-development',
    '# The status is shown once: explain it with at most one fact of key "status"; no text may contradict it.',
  );
}
if (collection === 'infrastructure')
  lines.push('# route: { via: [ids in order from one end to the other], cite, certainty }');
if (collection === 'bases' || collection === 'places')
  lines.push("# coordinates: { lat, lon, context: '<basis>' }   (always context)");
if (collection === 'places')
  lines.push(
    "laterNames: []   # names taken after September 2021: { name, from: 'YYYY-MM', context: '<basis>' }; text keeps the name of then",
  );
if (collection === 'events') {
  lines.push(
    `date: '${/^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(id)?.[1] ?? '2021'}'   # quoted, at the article's precision; a date not every cited place gives needs its own cite, or context: '<basis>'`,
    'participants: []   # ids, sorted',
    'after: []   # events the article says this one followed ("after the takeover"), sorted by id: the timeline puts it after them',
  );
}
if (collection === 'scenarios')
  lines.push(
    'triggers:',
    '  - text: "TODO: the article\'s condition for this future."',
    '    cite: P1',
    '    certainty: possible',
  );
lines.push(
  '---',
  '',
  'TODO: a few sentences in our own words, linking every entry they mention with a Ref component and citing each fact with a Cite component, never as raw paragraph notation (see docs/content-guide.md).',
  '',
);

mkdirSync(join('content', collection), { recursive: true });
writeFileSync(file, lines.join('\n'));
console.log(`Created ${file}. Fill in the TODOs (see docs/content-guide.md), then run npm run check:content.`);
