/** The index's lists by key: appending to one, and reading one (an absent key reads as an empty list). */

/** Appends `value` to the list under `key`, starting the list if there is none. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads a list from an index map; absent keys give an empty list. */
export function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  return map.get(key) ?? [];
}

/** Orders ids by the title of the entry each names (an unknown id by itself). */
export type ByTitle = (a: string, b: string) => number;
