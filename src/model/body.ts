/**
 * What an entry's MDX body links to. Bodies link entries with `<Ref id="tajikistan" />` (or
 * `<Ref id="tajikistan">the Tajik government</Ref>`) and cite the source with `<Cite p="P4" />`
 * (several places separated by spaces). No other component may appear in a body.
 */

/** The components a body may use. */
export const BODY_COMPONENTS = ['Ref', 'Cite'] as const;

export interface BodyMention {
  /** The id or citable place named. */
  value: string;
  /** 1-based line within the body text (its first line of text is line 1). */
  line: number;
}

function matches(body: string, pattern: RegExp): BodyMention[] {
  const found: BodyMention[] = [];
  // Matches come in order, so line numbers are counted once, from one match to the next.
  let line = 1;
  let counted = 0;
  for (const m of body.matchAll(pattern)) {
    for (let i = counted; i < m.index; i++) if (body.charCodeAt(i) === 10) line++;
    counted = m.index;
    found.push({ value: m[1]!, line });
  }
  return found;
}

/** Entry ids linked with `<Ref id="…">`. */
export function bodyRefs(body: string): BodyMention[] {
  return matches(body, /<Ref\s+id=["']([^"']*)["']/g);
}

/** Citable places named by `<Cite p="…">`, one mention per place. */
export function bodyCites(body: string): BodyMention[] {
  return matches(body, /<Cite\s+p=["']([^"']*)["']/g).flatMap((m) =>
    m.value
      .split(/\s+/)
      .filter(Boolean)
      .map((value) => ({ value, line: m.line })),
  );
}

/** Every capitalised JSX component used in the body (`<Ref`, `<Cite`, `<Unknown` …). */
export function bodyComponents(body: string): BodyMention[] {
  return matches(body, /<([A-Z][A-Za-z0-9.]*)/g);
}
