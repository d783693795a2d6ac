/** Runs axe-core (WCAG 2.2 AA rules) in a page and returns its violations, one line each. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** The axe-core script, for a context's init script. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The WCAG rules whose outcome depends on colours, the only thing the light and dark themes change
 * (they differ only in `prefers-color-scheme` colour tokens): a second theme is audited with these.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeOptions {
  /** The part of the page to audit (a selector); the whole document by default. */
  context?: string;
  /** Only these rules, instead of every rule with a WCAG 2.2 A/AA tag. */
  rules?: string[];
}

export async function axeViolations(page: Page, { context, rules }: AxeOptions = {}): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's own CSP does not stop it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(
    async ({ runOnly, context }) => {
      const axe = (
        window as unknown as {
          axe: {
            run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(context ?? document, { runOnly, resultTypes: ['violations'] });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    },
    { runOnly, context },
  );
  return violations;
}

/**
 * Audits the page (or the part `context` selects) in its current colour scheme with every WCAG rule,
 * then switches the page to the other scheme in place and audits again with the colour rules;
 * violations are prefixed with the scheme.
 */
export async function axeInBothSchemes(page: Page, { context }: Pick<AxeOptions, 'context'> = {}): Promise<string[]> {
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const [first, second] = dark ? (['dark', 'light'] as const) : (['light', 'dark'] as const);
  const found = (await axeViolations(page, { context })).map((v) => `${first}: ${v}`);
  await page.emulateMedia({ colorScheme: second });
  // The switch is applied before the next frame; wait until the page reports the new scheme.
  await page.waitForFunction((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, second);
  found.push(...(await axeViolations(page, { context, rules: COLOUR_RULES })).map((v) => `${second}: ${v}`));
  await page.emulateMedia({ colorScheme: first });
  return found;
}
