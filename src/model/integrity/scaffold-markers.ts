/**
 * An entry still holding the TODO markers `npm run new` writes into a scaffold is unfinished: its
 * page would ship "TODO: one sentence…" as its public summary. Every marker left in the frontmatter's
 * text or in the body is a problem, named by file and field.
 */
import type { AnyEntry } from '../entries.ts';
import type { Problem } from './check.ts';

/** The marker: the word TODO, as the scaffold writes it. */
const MARKER = /\bTODO\b/;

const MESSAGE = 'still holds a TODO marker from the scaffold: write the text in our own words';

/** Every string in a value, with its field path (`triggers[0].text`). */
function* strings(value: unknown, path: string): Generator<[path: string, text: string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${key}` : key);
}

/** The scaffold markers left in the entries, one problem per field or body line. */
export function scaffoldMarkerProblems(entries: readonly AnyEntry[]): Problem[] {
  return entries.flatMap((entry) => [
    ...[...strings(entry.data, '')]
      .filter(([, text]) => MARKER.test(text))
      .map(([field]) => ({ file: entry.file, field, message: MESSAGE })),
    ...entry.body
      .split('\n')
      .flatMap((line, i) =>
        MARKER.test(line) ? [{ file: entry.file, field: `body line ${i + 1}`, message: MESSAGE }] : [],
      ),
  ]);
}
