/**
 * CSL styles that `@citation-js/plugin-csl` does not bundle (it ships APA): Chicago
 * (notes-bibliography) and MLA 9, vendored from the Citation Style Language styles repository as
 * files of their own (`styles/`, with their licence in `styles/README.md`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the vendored styles, beside this module. */
const STYLES = join(dirname(fileURLToPath(import.meta.url)), 'styles');

/** The CSL XML of a vendored style, by its id; throws naming the id when there is no such file. */
export function vendoredStyle(id: string): string {
  const file = join(STYLES, `${id}.csl`);
  if (!existsSync(file)) throw new Error(`CSL style "${id}" is not vendored (no ${file})`);
  return readFileSync(file, 'utf8');
}
