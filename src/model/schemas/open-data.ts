/**
 * The shapes of the open data files, composed from the same collection schemas the content is
 * validated with, so the JSON Schema of each file is generated rather than written by hand.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../ids.ts';
import { RELATION_DERIVED_FROM } from '../vocab/derived.ts';
import { PARTICIPANT_ROLE_NAMES, RELATION_TYPE_NAMES } from '../vocab/relations.ts';
import { SCHEMAS, membershipStatusSchema } from './collections.ts';
import { citePlaceSchema, entryIdSchema, relationSchema, stanceSchema, statementSchema } from './shared.ts';

/** What the index derives for an entry, beyond what its own file says. */
const derivedSchema = z
  .object({
    /** Every relation seen from this entry, written here or on the other end. */
    relations: z.array(
      z.object({
        type: z.enum(RELATION_TYPE_NAMES),
        /** `forward` when this entry is the relation's source. */
        direction: z.enum(['forward', 'inverse']),
        /** How the relation reads from this entry. */
        label: z.string(),
        /** The entry at the other end. */
        other: entryIdSchema,
        /** The entry whose file states it. */
        writtenOn: entryIdSchema,
        /** The field of that entry that states it (`relations[2]`; `participants[0]`, `route`, `offices[1]` when derived). */
        field: z.string(),
        /** Set when derived from an event's participants, a route or a person's offices. */
        derivedFrom: z.enum(RELATION_DERIVED_FROM).optional(),
        /** For a tie derived from an event's participants: the participant's part, which the label reads. */
        role: z.enum(PARTICIPANT_ROLE_NAMES).optional(),
        relation: relationSchema,
      }),
    ),
    /** Organizations this entry belongs to, seen from the member's side. */
    memberships: z.array(z.object({ organization: entryIdSchema, history: z.array(membershipStatusSchema) })),
    /** Own stances, and those of a group it belongs to (`derivedFrom`). */
    stances: z.array(z.object({ stance: stanceSchema, derivedFrom: entryIdSchema.optional() })),
    /** Statements by, about, or made at this entry. */
    statements: z.array(z.object({ speaker: entryIdSchema, statement: statementSchema })),
    /** Events it took part in or hosted, in timeline order. */
    events: z.array(entryIdSchema),
    /** Entries that link to it. */
    backlinks: z.array(entryIdSchema),
    /** Every place of the source it cites, in reading order. */
    cites: z.array(citePlaceSchema),
  })
  .strict();
export type Derived = z.output<typeof derivedSchema>;

/** The file `/data/<collection>.json`. */
function collectionFileSchema<C extends CollectionName>(collection: C) {
  return z
    .object({
      /** Which collection the file holds. */
      collection: z.literal(collection),
      /** The date the knowledge base describes the world as of. */
      asOf: z.string(),
      /** The source article every citation points into. */
      source: z.object({ id: entryIdSchema, url: z.string() }),
      entries: z.array(
        z.object({
          id: entryIdSchema,
          /** Absolute URL of the entry page. */
          url: z.string(),
          /** The entry's typed data, as validated. */
          data: SCHEMAS[collection],
          derived: derivedSchema,
        }),
      ),
    })
    .strict();
}

/** The JSON Schema (draft 2020-12) of a collection file, generated from the zod schemas. */
export function collectionJsonSchema(collection: CollectionName): Record<string, unknown> {
  return z.toJSONSchema(collectionFileSchema(collection), { io: 'output', unrepresentable: 'throw' });
}
