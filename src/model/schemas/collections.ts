/**
 * One schema per collection, each composed from the shared shapes by spreading the common entry
 * shape. Input and output types are exported for tests and for the data layer.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../ids.ts';
import { kindsOf } from '../vocab/kinds.ts';
import { PARTICIPANT_ROLE_NAMES } from '../vocab/relations.ts';
import {
  refineProvenance,
  citeSchema,
  citePlaceSchema,
  citedShape,
  coordinatesSchema,
  dateSchema,
  entryIdSchema,
  factSchema,
  outlookSchema,
  relationSchema,
  stanceSchema,
  statementSchema,
  textSchema,
} from './shared.ts';

/** Fields every entry has. */
const entryShape = {
  /** The name readers know the entry by. */
  title: textSchema,
  /** One sentence, in our own words, saying what the entry is and why it matters here. */
  summary: textSchema,
  /** Other names, acronyms and spellings; unique across the knowledge base; each gets a redirect. */
  aliases: z.array(textSchema).default([]),
  /** Extra search words that are not names of this entry (a capital used for its government). */
  keywords: z.array(textSchema).default([]),
  /** The paragraphs the summary and body draw on. */
  cite: citeSchema,
  /** Set only when the whole entry is context not named in the article: the basis for it. */
  context: textSchema.optional(),
  /** Typed, comparable facts. */
  facts: z.array(factSchema).default([]),
  /** Relations to other entries, written once and shown on both ends. */
  relations: z.array(relationSchema).default([]),
};

/** An office a person holds or held. */
const officeSchema = z
  .object({
    /** The office, e.g. "President" or "Secretary-General". */
    role: textSchema,
    /** The state or organization the office belongs to. */
    of: entryIdSchema,
    /** When the person took office. */
    since: dateSchema.optional(),
    /** When the person left office. */
    until: dateSchema.optional(),
    ...citedShape,
  })
  .strict()
  .superRefine(refineProvenance);

export const actorSchema = z
  .object({
    ...entryShape,
    /** What sort of actor this is. */
    kind: z.enum(kindsOf('actors')),
    /** Offices held (people only). */
    offices: z.array(officeSchema).default([]),
    /** Statements this actor made. */
    statements: z.array(statementSchema).default([]),
    /** Comparable policies; on a group, derived onto its members. */
    stances: z.array(stanceSchema).default([]),
    /** Outlooks for this actor that hold in either scenario. */
    outlooks: z.array(outlookSchema).default([]),
  })
  .strict();

const MEMBERSHIP_STATUSES = ['member', 'observer', 'applicant', 'former'] as const;

/** One status a member held, and when. */
export const membershipStatusSchema = z
  .object({
    /** Full member, observer, applicant, or former member. */
    status: z.enum(MEMBERSHIP_STATUSES),
    /** When the status began (for `former`: when the state left). */
    since: dateSchema.optional(),
    /** When the status ended; absent means "as of the article". */
    until: dateSchema.optional(),
    /** A remark such as "status in question". */
    note: textSchema.optional(),
    ...citedShape,
  })
  .strict()
  .superRefine(refineProvenance);

/** One member's history with an organization. */
const membershipSchema = z
  .object({
    /** The member state or actor. */
    member: entryIdSchema,
    /** Its statuses, oldest first. */
    history: z.array(membershipStatusSchema).min(1, 'give at least one status'),
  })
  .strict();
export type Membership = z.output<typeof membershipSchema>;

export const organizationSchema = z
  .object({
    ...entryShape,
    /** What sort of organization this is. */
    kind: z.enum(kindsOf('organizations')),
    /** Members, observers, applicants and former members, with their histories. */
    members: z.array(membershipSchema).default([]),
    /** Statements made in the organization's name. */
    statements: z.array(statementSchema).default([]),
    /** Outlooks for this organization that hold in either scenario. */
    outlooks: z.array(outlookSchema).default([]),
  })
  .strict();

const BASE_STATUSES = ['active', 'proposed', 'former'] as const;
export type BaseStatus = (typeof BASE_STATUSES)[number];

const baseSchema = z
  .object({
    ...entryShape,
    /** What sort of installation this is. */
    kind: z.enum(kindsOf('bases')),
    /** In use, under discussion, or closed, as of the article. */
    status: z.enum(BASE_STATUSES),
    /** Where it is, for the map (a context fact). */
    coordinates: coordinatesSchema.optional(),
  })
  .strict();

/** A name a place took after September 2021: context, never used for the place elsewhere. */
const laterNameSchema = z
  .object({
    /** The later name ("Astana"). */
    name: textSchema,
    /** When the place took it. */
    from: dateSchema,
    /** The basis for this context fact. */
    context: textSchema,
  })
  .strict();

const placeSchema = z
  .object({
    ...entryShape,
    /** What sort of place this is. */
    kind: z.enum(kindsOf('places')),
    /** Where it is, for the map (a context fact). */
    coordinates: coordinatesSchema.optional(),
    /** Names the place took after the article; text uses the name it had in September 2021. */
    laterNames: z.array(laterNameSchema).default([]),
  })
  .strict();

/** The entries a link runs through, in order from one end to the other. */
const routeSchema = z
  .object({
    /** Places or states along the link, in order. */
    via: z.array(entryIdSchema).min(2, 'a route has at least two ends'),
    ...citedShape,
  })
  .strict()
  .superRefine(refineProvenance);

const INFRASTRUCTURE_STATUSES = ['existing', 'extension-agreed', 'agreed', 'under-development'] as const;

const infrastructureSchema = z
  .object({
    ...entryShape,
    /** What sort of link this is. */
    kind: z.enum(kindsOf('infrastructure')),
    /** Built, agreed, or being developed, as of the article. */
    status: z.enum(INFRASTRUCTURE_STATUSES),
    /** What it connects, in order. */
    route: routeSchema.optional(),
  })
  .strict();

/** One participant of an event, with its part in it. */
const participantObjectSchema = z
  .object({
    /** The state, organization or person. */
    id: entryIdSchema,
    /** Its part: an actor, the target, a supporter of one of the actors, or the host (see `PARTICIPANT_ROLES`). */
    role: z.enum(PARTICIPANT_ROLE_NAMES),
    /** For a supporter: the actor of the event it backed. */
    of: entryIdSchema.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.role === 'supporter' && p.of === undefined)
      ctx.addIssue({ code: 'custom', message: 'a supporter names the party it backed: add "of"', path: ['of'] });
    if (p.role !== 'supporter' && p.of !== undefined)
      ctx.addIssue({ code: 'custom', message: 'only a supporter names a party it backed: remove "of"', path: ['of'] });
  });

/** A participant: a bare id is shorthand for `{ id, role: actor }`. */
const participantSchema = z
  .union([entryIdSchema, participantObjectSchema])
  .transform((p) => (typeof p === 'string' ? { id: p, role: 'actor' as const } : p))
  .pipe(participantObjectSchema);

/** One event this one came after, with the places that give the order when not the event's own. */
const afterObjectSchema = z
  .object({
    /** The earlier event. */
    id: entryIdSchema,
    /** The places of the article that say this event followed it, when not every place the event cites. */
    cite: citeSchema.optional(),
    /** Set when the order is not in the article: the basis for it. */
    context: textSchema.optional(),
  })
  .strict()
  .refine((a) => a.cite === undefined || a.context === undefined, {
    message: 'an order from outside the article (context) cites no place that gives it: remove "cite"',
    path: ['cite'],
  });

/** An event this one came after: a bare id is shorthand for `{ id }` (the order the event's places give). */
const afterSchema = z
  .union([entryIdSchema, afterObjectSchema])
  // The places are checked again by the shape piped into, which reads them as plain text.
  .transform((a): { id: string; cite?: string[]; context?: string } => (typeof a === 'string' ? { id: a } : a))
  .pipe(
    z.object({ id: entryIdSchema, cite: z.array(citePlaceSchema).optional(), context: textSchema.optional() }).strict(),
  );

export const eventSchema = z
  .object({
    ...entryShape,
    /** What sort of event this is; agreements carry their period in `date.end`. */
    kind: z.enum(kindsOf('events')),
    /** When it happened, at the article's precision. */
    date: dateSchema,
    /** States, organizations and people with a part in it, each with its role, sorted by id. */
    participants: z.array(participantSchema).default([]),
    /** Where it happened. */
    location: entryIdSchema.optional(),
    /** Events the article says this one came after ("following the takeover"), sorted by id. */
    after: z.array(afterSchema).default([]),
  })
  .strict();

/** The article's condition under which a scenario unfolds. */
const triggerSchema = z
  .object({ /** The condition, in our words. */ text: textSchema, ...citedShape })
  .strict()
  .superRefine(refineProvenance);

/** Something to watch that tells which way things are going. */
const signSchema = z
  .object({
    /** The sign, in our words. */
    text: textSchema,
    /** True when we drew the sign together from several of the article's conditions. */
    synthesis: z.boolean().default(false),
    ...citedShape,
  })
  .strict()
  .superRefine(refineProvenance);

/** An actor's likely response in a scenario; several options are kept as options. */
const responseSchema = z
  .object({
    /** Who responds. */
    actor: entryIdSchema,
    /** What they would do; more than one when the article lists alternatives. */
    options: z.array(textSchema).min(1),
    /** True when the options are alternatives joined by "or" rather than a combined course. */
    alternatives: z.boolean(),
    ...citedShape,
  })
  .strict()
  .refine((r) => !r.alternatives || r.options.length > 1, {
    message: 'alternatives need at least two options',
    path: ['options'],
  })
  .superRefine(refineProvenance);

/** The part an organization or outside power plays in a scenario. */
const roleSchema = z
  .object({ /** Who. */ actor: entryIdSchema, /** The role, in our words. */ text: textSchema, ...citedShape })
  .strict()
  .superRefine(refineProvenance);

export const scenarioSchema = z
  .object({
    ...entryShape,
    /** Benign or malign. */
    kind: z.enum(kindsOf('scenarios')),
    /** The conditions that bring this future about. */
    triggers: z.array(triggerSchema).min(1),
    /** What to watch for. */
    signs: z.array(signSchema).default([]),
    /** Each actor's likely response. */
    responses: z.array(responseSchema).default([]),
    /** Organizations' and outside powers' roles. */
    roles: z.array(roleSchema).default([]),
  })
  .strict();

/** One citable place of the source, summarised in our words. */
const paragraphSchema = z
  .object({
    /** Which place: `P1`…, `caption` or `byline`. */
    place: citePlaceSchema,
    /** The article section it stands under, when it has one. */
    section: textSchema.optional(),
    /** What the paragraph says, in one line of our own words. */
    summary: textSchema,
    /** At most six of its opening words, for a link to the passage at the publisher. */
    opening: textSchema,
  })
  .strict();

export const sourceSchema = z
  .object({
    ...entryShape,
    /** What sort of source this is. */
    kind: z.enum(kindsOf('sources')),
    /** Who wrote it. */
    author: textSchema,
    /** The author's position and affiliation at the time. */
    authorRole: textSchema,
    /** Who published it. */
    publisher: textSchema,
    /** Year of publication. */
    year: z.number().int(),
    /** The publisher's page. */
    url: z.url({ protocol: /^https$/ }),
    /** Every citable place, in reading order. */
    paragraphs: z.array(paragraphSchema).min(1),
  })
  .strict();

/** The schema of each collection, keyed by collection name. */
export const SCHEMAS = {
  actors: actorSchema,
  organizations: organizationSchema,
  bases: baseSchema,
  places: placeSchema,
  infrastructure: infrastructureSchema,
  events: eventSchema,
  scenarios: scenarioSchema,
  sources: sourceSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

export type ScenarioData = z.output<typeof scenarioSchema>;

/** The validated data of an entry of collection `C`. */
export type DataOf<C extends CollectionName> = z.output<(typeof SCHEMAS)[C]>;
/** What may be written in the frontmatter of an entry of collection `C`. */
export type InputOf<C extends CollectionName> = z.input<(typeof SCHEMAS)[C]>;
