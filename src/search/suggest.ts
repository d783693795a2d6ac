/**
 * "Did you mean" for the 404 page: entries whose id or alias slug is within a small edit distance
 * of the last segment of a missing path.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment): the number of single-
 * character insertions, deletions, substitutions or swaps that turn `a` into `b`. Stops early and
 * returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

export interface SuggestionTarget {
  /** A slug to compare against (an id or an alias slug). */
  slug: string;
  /** Where the suggestion leads. */
  path: string;
  /** What the suggestion is called. */
  title: string;
}

/** The last non-empty segment of a path, lowercased: `/actors/Tajikstan/` → `tajikstan`. */
export function lastSegment(path: string): string {
  const segments = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  return decodeURIComponent(segments.at(-1) ?? '').toLowerCase();
}

/**
 * Targets whose slug is within `maxDistance` of `segment`, closest first, one per path, at most
 * `limit` of them.
 */
export function suggest(
  segment: string,
  targets: readonly SuggestionTarget[],
  maxDistance = 2,
  limit = 5,
): SuggestionTarget[] {
  if (!segment) return [];
  const best = new Map<string, { target: SuggestionTarget; distance: number }>();
  for (const target of targets) {
    const distance = editDistance(segment, target.slug, maxDistance);
    if (distance > maxDistance) continue;
    const known = best.get(target.path);
    if (!known || distance < known.distance) best.set(target.path, { target, distance });
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.target.title.localeCompare(b.target.title))
    .slice(0, limit)
    .map((found) => found.target);
}
