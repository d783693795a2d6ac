/**
 * Resolves the body components while MDX compiles. `<Ref id="tajikistan" />` becomes a link to the entry
 * with its title (or the children given), `<Cite p="P4 P5" />` a superscript of citation links to the
 * source page. Bodies then render as plain HTML and no component looks anything up while pages render.
 *
 * The table of links comes from the build's content snapshot (the current one, under the
 * development server); unknown ids never reach here, because the integrity check stops the build
 * first, but the plugin refuses them too. The plugin runs in Astro's Markdown processor (Sätteri),
 * whose MDX trees have the same shapes as mdast's.
 */
import { defineMdastPlugin } from 'satteri';
import { citeLabel, citeName, citePath, type CitePlace } from '../model/article-places.ts';
import type { AnyEntry } from '../model/entries.ts';
import { entryPath } from '../model/ids.ts';

/** What a `<Ref>` needs to know of an entry. */
export interface RefTarget {
  title: string;
  path: string;
}

/** The subset of an MDX syntax tree this plugin reads and writes. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name: string; value?: unknown }[];
  children?: Node[];
}

const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The element a `<Ref>` becomes. */
function refElement(node: Node, targets: ReadonlyMap<string, RefTarget>): Node {
  const id = attribute(node, 'id');
  const target = id === undefined ? undefined : targets.get(id);
  if (!target) throw new Error(`<Ref id="${id ?? ''}">: no such entry`);
  const children = node.children?.length ? node.children : [{ type: 'text', value: target.title }];
  return {
    type: 'mdxJsxTextElement',
    name: 'a',
    attributes: [attr('href', target.path)],
    children,
  };
}

/** The element a `<Cite>` becomes: `<sup><span class="cites"><a …>¶4</a><a …>¶5</a></span></sup>`. */
function citeElement(node: Node): Node {
  const places = (attribute(node, 'p') ?? '').split(/\s+/).filter(Boolean) as CitePlace[];
  if (places.length === 0) throw new Error('<Cite>: name at least one place in p="…"');
  const links = places.map((place) => ({
    type: 'mdxJsxTextElement',
    name: 'a',
    attributes: [attr('href', citePath(place)), attr('aria-label', `Source: ${citeName(place)}`)],
    children: [{ type: 'text', value: citeLabel(place) }],
  }));
  return {
    type: 'mdxJsxTextElement',
    name: 'sup',
    attributes: [],
    children: [{ type: 'mdxJsxTextElement', name: 'span', attributes: [attr('class', 'cites')], children: links }],
  };
}

/** What a body element becomes, or `undefined` when it is not `<Ref>` or `<Cite>`. */
function resolveBodyElement(node: Node, targets: ReadonlyMap<string, RefTarget>): Node | undefined {
  if (node.name === 'Ref') return refElement(node, targets);
  if (node.name === 'Cite') return citeElement(node);
  return undefined;
}

const tables = new WeakMap<readonly AnyEntry[], Map<string, RefTarget>>();

/** The title and path of every entry, by id. */
function refTargets(entries: readonly AnyEntry[]): Map<string, RefTarget> {
  let table = tables.get(entries);
  if (!table) {
    table = new Map(entries.map((e) => [e.id, { title: e.data.title, path: entryPath(e.collection, e.id) }]));
    tables.set(entries, table);
  }
  return table;
}

/**
 * The Markdown-processor plugin: `satteri({ mdastPlugins: [bodyLinksPlugin(() => entries)] })`;
 * `entries` gives the entries of the current content.
 */
export function bodyLinksPlugin(entries: () => readonly AnyEntry[]) {
  const replace = (node: Node, ctx: { replaceNode(node: never, content: never): void }, flow: boolean) => {
    if (node.name !== 'Ref' && node.name !== 'Cite') return;
    const resolved = resolveBodyElement(node, refTargets(entries()));
    if (resolved)
      ctx.replaceNode(node as never, (flow ? { type: 'paragraph', children: [resolved] } : resolved) as never);
  };
  return defineMdastPlugin({
    name: 'kb-body-links',
    mdxJsxTextElement(node, ctx) {
      replace(node as unknown as Node, ctx, false);
    },
    mdxJsxFlowElement(node, ctx) {
      replace(node as unknown as Node, ctx, true);
    },
  });
}
