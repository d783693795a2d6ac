/**
 * Filters of the network view as query parameters — `?rel=member-of&rel=hosts&collection=events&focus=<id>`
 * — and what a filter shows. Shared by the build (tests) and the page's small script, so a shared
 * URL gives everyone the same view. No layout code here: the script stays small.
 */

export interface NetworkQuery {
  /** Relation types to show; empty means every type. */
  rel: string[];
  /** Collections to show; empty means the default collections (or every one around a focus). */
  collection: string[];
  /** The entry whose direct neighbours are shown. */
  focus?: string | undefined;
}

export interface FilterableGraph {
  nodes: readonly { id: string; collection: string; core: boolean }[];
  edges: readonly { id: string; source: string; target: string; type: string }[];
}

/** What a query shows, and the parts of it that name nothing in the network. */
export interface NetworkSelection {
  nodes: Set<string>;
  edges: Set<string>;
  /** One sentence per unknown value, e.g. `unknown relation type "hostz"`. */
  problems: string[];
}

/** Reads a query string (with or without `?`). Values are kept in order, without repeats. */
export function parseNetworkQuery(search: string): NetworkQuery {
  const params = new URLSearchParams(search);
  const unique = (name: string) => [
    ...new Set(
      params
        .getAll(name)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  const focus = params.get('focus')?.trim() || undefined;
  return { rel: unique('rel'), collection: unique('collection'), focus };
}

/** The query string of a query, in a fixed order (`rel`, `collection`, `focus`); empty when nothing is filtered. */
export function formatNetworkQuery(query: NetworkQuery): string {
  const params = new URLSearchParams();
  for (const rel of query.rel) params.append('rel', rel);
  for (const collection of query.collection) params.append('collection', collection);
  if (query.focus) params.set('focus', query.focus);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a query filters anything. */
export function isFiltered(query: NetworkQuery): boolean {
  return query.rel.length > 0 || query.collection.length > 0 || query.focus !== undefined;
}

/**
 * The nodes and edges a query shows. Collections: the given ones, else the default (core) ones, or
 * every collection around a focus. Relation types: the given ones, else all; with types given, only
 * nodes on a shown edge remain. A focus keeps itself, its shown edges and their other ends. Every
 * shown edge has both ends shown. Unknown values are reported and ignored.
 */
export function selectNetwork(graph: FilterableGraph, query: NetworkQuery): NetworkSelection {
  const problems: string[] = [];
  const types = new Set(graph.edges.map((e) => e.type));
  const collections = new Set(graph.nodes.map((n) => n.collection));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const rel = query.rel.filter((t) => types.has(t) || (problems.push(`unknown relation type "${t}"`), false));
  const wanted = query.collection.filter(
    (c) => collections.has(c) || (problems.push(`unknown collection "${c}"`), false),
  );
  let focus = query.focus;
  if (focus !== undefined && !byId.has(focus)) {
    problems.push(`no entry "${focus}" in the network`);
    focus = undefined;
  }

  const collectionShown = (id: string) => {
    if (id === focus) return true;
    const node = byId.get(id)!;
    if (wanted.length > 0) return wanted.includes(node.collection);
    return focus !== undefined || node.core;
  };
  let edges = graph.edges.filter(
    (e) => (rel.length === 0 || rel.includes(e.type)) && collectionShown(e.source) && collectionShown(e.target),
  );
  if (focus !== undefined) edges = edges.filter((e) => e.source === focus || e.target === focus);

  const nodes = new Set<string>();
  if (focus !== undefined) nodes.add(focus);
  if (focus === undefined && rel.length === 0) for (const n of graph.nodes) if (collectionShown(n.id)) nodes.add(n.id);
  for (const e of edges) {
    nodes.add(e.source);
    nodes.add(e.target);
  }
  return { nodes, edges: new Set(edges.map((e) => e.id)), problems };
}
