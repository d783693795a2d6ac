/**
 * The search synonym list (`content/search-synonyms.yaml`): groups of single words a reader may use
 * for one another ("withdrawal", "withdraw", "leave"), and demonyms of the states ("tajik",
 * "tajikistan"). Search treats the words of a group as the same word when matching names,
 * aliases, keywords and summaries.
 */
import { z } from 'zod';

const word = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a synonym is one lowercase word (letters, digits, inner hyphens)');

export const synonymFileSchema = z
  .object({
    /** Each group lists words that mean the same to a reader; a word may sit in one group only. */
    groups: z.array(z.array(word).min(2, 'a group needs at least two words')).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.groups.forEach((group, g) =>
      group.forEach((w, i) => {
        const first = seen.get(w);
        if (first !== undefined)
          ctx.addIssue({ code: 'custom', path: ['groups', g, i], message: `"${w}" is already in group ${first}` });
        else seen.set(w, g);
      }),
    );
  });

export type SynonymGroups = string[][];

/**
 * Validates the parsed YAML of the synonym file; throws one error naming the file and every bad
 * field (`groups.3.1: …`).
 */
export function parseSynonyms(data: unknown, file: string): SynonymGroups {
  const parsed = synonymFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return parsed.data.groups;
}
