/**
 * Reading a `_headers` file back, to test what the build wrote: its rules, and the rules that apply
 * to a URL path as a static host applies them.
 */
import type { HeaderRule } from '../../src/build/cdn-headers.ts';

/** Reads a `_headers` file: a path line, then its indented `Name: value` lines; `#` starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a header line under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The rules whose path matches a URL path, in file order. */
export function rulesFor(rules: readonly HeaderRule[], urlPath: string): HeaderRule[] {
  return rules.filter((rule) =>
    rule.path.endsWith('*') ? urlPath.startsWith(rule.path.slice(0, -1)) : urlPath === rule.path,
  );
}
