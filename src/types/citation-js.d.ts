/** The parts of Citation.js (which ships no types) that `citation.ts` uses. */
declare module '@citation-js/core' {
  interface Register<T> {
    has(key: string): boolean;
    add(key: string, value: T): void;
  }
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  const citationJs: {
    Cite: typeof Cite;
    plugins: { config: { get(name: '@csl'): { styles: Register<string> } } };
  };
  export default citationJs;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
