/**
 * Shapes shared by every collection, each defined once: entry ids, citations, certainty and
 * attribution, dates, periods, quantities, typed facts, relations, statements, stances and outlooks.
 *
 * Cross-entry fields are plain ids here; whether they name an existing entry of an allowed
 * collection is checked once for the whole knowledge base by `src/model/integrity/check.ts`.
 */
import { z } from 'astro/zod';
import { CERTAINTIES } from '../vocab/certainty.ts';
import { CITE_PATTERN, type CitePlace } from '../article-places.ts';
import { DATE_QUALIFIERS } from '../dates.ts';
import { FACT_KEY_NAMES, factShapeProblem } from '../vocab/facts.ts';
import { ENTRY_ID_PATTERN } from '../ids.ts';
import { DIRECTIONS, QUANTITY_QUALIFIERS, UNIT_NAMES } from '../quantities.ts';
import { ALIGNMENT_DEGREES, RELATION_TYPE_NAMES } from '../vocab/relations.ts';
import { ALL_POSITIONS, STANCE_TOPIC_NAMES, isPositionOf } from '../vocab/stances.ts';
import { STATEMENT_ACT_NAMES } from '../vocab/statements.ts';

/** Non-empty text with no leading or trailing space. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** An entry id (the kebab-case file name of an entry in any collection). */
export const entryIdSchema = z
  .string()
  .regex(ENTRY_ID_PATTERN, 'must be an entry id: lowercase words joined by hyphens, e.g. "tajikistan"');

// Shorthands are normalised with a transform and then piped into the shape they produce, so the
// output type (and the JSON Schema generated for open data) is exact rather than "anything".
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** A non-empty list of entry ids; a single id is accepted and normalised to a list. */
const requiredEntryIdsSchema = z
  .union([entryIdSchema, z.array(entryIdSchema)])
  .transform(asList)
  .pipe(z.array(entryIdSchema).min(1, 'name at least one entry'));

/** One citable place in the source: `P1`…`P14`, `caption` or `byline`. */
export const citePlaceSchema = z
  .string()
  .regex(CITE_PATTERN, 'must be a citable place: P1…P14, caption or byline') as unknown as z.ZodType<CitePlace, string>;

/** Where a fact comes from. A bare `P5` is shorthand for `[P5]`. */
export const citeSchema = z
  .union([z.string(), z.array(z.string())])
  .transform(asList)
  .pipe(z.array(citePlaceSchema).min(1, 'must cite at least one place'));

/**
 * Where a claim comes from: exactly one of two things. From the article — `cite` and the article's
 * `certainty`, with `attributedTo` when it reports someone's position — or context from outside the
 * article — `context` (the basis) and no certainty; a context item may `cite` the paragraph it
 * relates to. {@link provenanceIssues} states the rule; every shape that spreads this refines with it.
 */
export const citedShape = {
  /** Paragraphs of the source that state this (for a context item: the paragraphs it relates to). */
  cite: citeSchema.optional(),
  /** The article's own degree of certainty ("seem" → likely, "could" → possible). Not on context items. */
  certainty: z.enum(CERTAINTIES).optional(),
  /** The entry whose position this reports ("Moscow claims…" → `russia`). */
  attributedTo: entryIdSchema.optional(),
  /** Set only for context items not in the article: the basis for including them. */
  context: textSchema.optional(),
};

/** The provenance fields of an item, as validated. */
export interface ProvenanceFields {
  cite?: CitePlace[] | undefined;
  certainty?: (typeof CERTAINTIES)[number] | undefined;
  attributedTo?: string | undefined;
  context?: string | undefined;
}

/** What is wrong with an item's provenance: an empty list when it is one of the two allowed forms. */
function provenanceIssues(item: ProvenanceFields): { path: string; message: string }[] {
  if (item.context !== undefined) {
    const issues = [];
    if (item.certainty !== undefined)
      issues.push({
        path: 'certainty',
        message: 'a context item has no article certainty: remove "certainty" (or "context", if the article states it)',
      });
    if (item.attributedTo !== undefined)
      issues.push({
        path: 'attributedTo',
        message: 'a context item is not attributed to anyone in the article: remove "attributedTo"',
      });
    return issues;
  }
  const issues = [];
  if (item.cite === undefined)
    issues.push({
      path: 'cite',
      message: 'cite the paragraph of the article that states this (or mark it as context with its basis)',
    });
  if (item.certainty === undefined)
    issues.push({
      path: 'certainty',
      message:
        "give the article's certainty: stated, likely, possible or uncertain (or mark it as context with its basis)",
    });
  return issues;
}

/** zod refinement applying {@link provenanceIssues}. */
export function refineProvenance(item: ProvenanceFields, ctx: z.RefinementCtx): void {
  for (const issue of provenanceIssues(item))
    ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.path] });
}

const DATE_SHAPE = /^(?:\d{3}0s|\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;

/**
 * A date string in one of the four notations. Whether the day exists is checked with everything
 * else by the integrity check, so one build reports every impossible date at once.
 */
const dateStringSchema = z
  // Whole years may be written unquoted (YAML reads them as numbers); unquoted full dates may not,
  // because YAML turns them into Date objects and silently rolls an impossible day over.
  .union([z.string(), z.number().int(), z.date()])
  .transform((value, ctx) => {
    if (value instanceof Date) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message:
          "write dates in quotes ('2021-08-23'): YAML turns an unquoted date into a timestamp and can hide an impossible day",
      });
      return z.NEVER;
    }
    return String(value);
  })
  .pipe(z.string().regex(DATE_SHAPE, 'must be a date: YYYY-MM-DD, YYYY-MM, YYYY or a decade like 1990s'));

/** The long form of a date. */
const dateObjectSchema = z
  .object({
    /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or a decade `YYYYs`. */
    value: dateStringSchema,
    /** The article's narrowing: "early September" → `early`. */
    qualifier: z.enum(DATE_QUALIFIERS).optional(),
    /** Last date of a period (a programme for 2021–25). */
    end: dateStringSchema.optional(),
    /** A reader-facing remark about the date. */
    note: textSchema.optional(),
    /**
     * The article's own words, when it does not give the date in full: relative words ("this April",
     * "last year", "in the past few weeks", "three years later") or a day or month without its year
     * ("Aug. 23"). The value is then our reading of those words, and every page marks it so.
     */
    resolvedFrom: textSchema.optional(),
    /** Set when the date (or its precision) comes from outside the article: the basis for it. */
    context: textSchema.optional(),
    /**
     * The places of the article that give this date, when not every place the surrounding item
     * cites does (an event cited to ¶3 and the caption, whose day only the caption gives).
     */
    cite: citeSchema.optional(),
  })
  .strict()
  .refine((date) => date.context === undefined || date.resolvedFrom === undefined, {
    message: 'a date from outside the article (context) is not a reading of its words: remove "resolvedFrom"',
    path: ['resolvedFrom'],
  });

/** A date at the article's precision. A bare string (or year) is shorthand for `{ value }`. */
export const dateSchema = z.preprocess(
  (input) =>
    typeof input === 'string' || typeof input === 'number' || input instanceof Date ? { value: input } : input,
  dateObjectSchema,
);

/** A span of time; either end may be open. An open end means "as of the article". */
const periodSchema = z
  .object({
    /** When it began. */
    from: dateSchema.optional(),
    /** When it ended. */
    to: dateSchema.optional(),
  })
  .strict();

/** A number with its unit and the article's hedge. */
export const quantitySchema = z
  .object({
    /** The number, in digits (`7000`, not "seven thousand"). */
    value: z.number({ error: 'must be a number written in digits' }),
    /** What is counted or measured. */
    unit: z.enum(UNIT_NAMES),
    /** "about" → approx, "at least" → at-least, "more than" → more-than. */
    qualifier: z.enum(QUANTITY_QUALIFIERS),
    /** Direction from the reference place ("10 km west of Dushanbe"). */
    direction: z.enum(DIRECTIONS).optional(),
  })
  .strict();

/** One typed fact of an entry: exactly one of quantity, text, date or an explicit none. */
export const factSchema = z
  .object({
    /** Which attribute this is (see `src/model/vocab/facts.ts`). */
    key: z.enum(FACT_KEY_NAMES),
    /** A measured value. */
    quantity: quantitySchema.optional(),
    /** A short descriptive value in our own words. */
    text: textSchema.optional(),
    /** A date value. */
    date: dateSchema.optional(),
    /** An explicit "none": known to be absent, unlike a missing fact. */
    none: z.literal(true).optional(),
    /** The entry a quantity is measured from ("west of Dushanbe" → `dushanbe`). */
    reference: entryIdSchema.optional(),
    /** When the fact held. */
    period: periodSchema.optional(),
    /** A reader-facing remark (a condition, a resolved relative date). */
    note: textSchema.optional(),
    ...citedShape,
  })
  .strict()
  .superRefine((fact, ctx) => {
    const fields = (['quantity', 'text', 'date', 'none'] as const).filter((f) => fact[f] !== undefined);
    const problem = factShapeProblem(fact.key, { fields, unit: fact.quantity?.unit });
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['key'] });
  })
  .superRefine(refineProvenance);
export type Fact = z.output<typeof factSchema>;

/**
 * A relation, written once on either end. On entry E, `{ type, target: X }` reads "E type X";
 * `{ type, from: X }` reads "X type E". Exactly one of `target` and `from` is given.
 */
export const relationSchema = z
  .object({
    /** The relation type (see `src/model/vocab/relations.ts`). */
    type: z.enum(RELATION_TYPE_NAMES),
    /** The other end when this entry is the source. */
    target: entryIdSchema.optional(),
    /** The other end when this entry is the target. */
    from: entryIdSchema.optional(),
    /** When the relation held; open ends mean "as of the article". */
    period: periodSchema.optional(),
    /** Length of a shared border (borders only). */
    length: quantitySchema.optional(),
    /** How closely two groups are aligned (aligned-with only). */
    degree: z.enum(ALIGNMENT_DEGREES).optional(),
    /** A reader-facing remark in our own words. */
    note: textSchema.optional(),
    ...citedShape,
  })
  .strict()
  .superRefine((rel, ctx) => {
    if ((rel.target === undefined) === (rel.from === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'give exactly one of "target" (this entry is the source) or "from" (this entry is the target)',
        path: ['target'],
      });
    }
    if (rel.length && rel.type !== 'borders')
      ctx.addIssue({ code: 'custom', message: 'only a "borders" relation has a length', path: ['length'] });
    if (rel.degree && rel.type !== 'aligned-with')
      ctx.addIssue({ code: 'custom', message: 'only an "aligned-with" relation has a degree', path: ['degree'] });
  })
  .superRefine(refineProvenance);
export type Relation = z.output<typeof relationSchema>;

/** Something an official or a government said, written once on the speaker's entry. */
export const statementSchema = z
  .object({
    /** Stable anchor id, unique across the knowledge base (e.g. `putin-csto-summit-concern`). */
    id: entryIdSchema,
    /** Whom the speaker spoke for (a state or organization), when not the speaker itself. */
    onBehalfOf: entryIdSchema.optional(),
    /**
     * The parties the speaker made it with, when it was made jointly (an agreement, a joint
     * announcement), sorted by id; the statement is listed on each of them too.
     */
    jointWith: z.array(entryIdSchema).min(1).optional(),
    /** When it was said. */
    date: dateSchema.optional(),
    /** The event it was said at. */
    event: entryIdSchema.optional(),
    /** The kind of speech act. */
    act: z.enum(STATEMENT_ACT_NAMES),
    /** The entries the statement is about; it is listed on each of them. */
    about: requiredEntryIdsSchema,
    /** What was said, in our own words. */
    summary: textSchema,
    /** The speaker's own words, at most nine of them (checked by the integrity check). */
    quote: textSchema.optional(),
    ...citedShape,
  })
  .strict()
  .superRefine(refineProvenance);
export type Statement = z.output<typeof statementSchema>;

/** A comparable policy of a state, or of a group of states (then derived onto its members). */
export const stanceSchema = z
  .object({
    /** What the policy is about. */
    topic: z.enum(STANCE_TOPIC_NAMES),
    /** The position, from the topic's own list (see `src/model/vocab/stances.ts`). */
    position: z.enum(ALL_POSITIONS),
    /** On a group: the members it applies to, when not all of them. */
    appliesTo: z.array(entryIdSchema).min(1).optional(),
    /** What the state does to carry it out. */
    measures: z.array(textSchema).optional(),
    /** Whom or what the policy spares. */
    exceptions: z.array(textSchema).optional(),
    /** Why, as the article explains it. */
    reasons: z.array(textSchema).optional(),
    /** The article's condition for this stance ("provided the Taliban…"). */
    condition: textSchema.optional(),
    /** A reader-facing remark. */
    note: textSchema.optional(),
    ...citedShape,
  })
  .strict()
  .superRefine((stance, ctx) => {
    if (!isPositionOf(stance.topic, stance.position)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${stance.position}" is not a position on ${stance.topic}`,
        path: ['position'],
      });
    }
  })
  .superRefine(refineProvenance);
export type Stance = z.output<typeof stanceSchema>;

/** The article's outlook for an actor that holds whichever future comes. */
export const outlookSchema = z
  .object({
    /** Outlooks tied to neither scenario are `either`. */
    scenario: z.literal('either'),
    /** The outlook in our own words. */
    text: textSchema,
    ...citedShape,
  })
  .strict()
  .superRefine(refineProvenance);
export type Outlook = z.output<typeof outlookSchema>;

/** Map coordinates: never in the article, so always a context fact with its basis. */
export const coordinatesSchema = z
  .object({
    /** Latitude in degrees north. */
    lat: z.number().min(-90).max(90),
    /** Longitude in degrees east. */
    lon: z.number().min(-180).max(180),
    /** The basis for the coordinates (e.g. "approximate city centre"). */
    context: textSchema,
  })
  .strict();
