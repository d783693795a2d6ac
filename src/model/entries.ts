/**
 * The knowledge base as plain data, and one walk over an entry that finds every id it refers to,
 * every citation, every date and every quote, each with the field path it sits at. The integrity
 * check and the index both use this walk, so they can never disagree about what an entry links to.
 */
import type { DataOf } from './schemas/collections.ts';
import type { DateValue } from './dates.ts';
import type { CollectionName } from './ids.ts';
import { bodyCites, bodyRefs } from './body.ts';

/** One loaded entry. */
export interface KbEntry<C extends CollectionName = CollectionName> {
  /** The entry id (its file name without extension). */
  id: string;
  collection: C;
  /** Validated frontmatter. */
  data: DataOf<C>;
  /** The raw MDX body. */
  body: string;
  /** Path of the entry's file relative to the project root, for messages. */
  file: string;
}

/** Any entry, discriminated by collection. */
export type AnyEntry = { [C in CollectionName]: KbEntry<C> }[CollectionName];

/** Other names an entry is searched and reached by: its aliases and, for a place, its later names. */
export function otherNames(entry: AnyEntry): string[] {
  return [...entry.data.aliases, ...(entry.collection === 'places' ? entry.data.laterNames.map((n) => n.name) : [])];
}

/** Which collections an id field may point into; `any` allows every collection. */
export const ID_FIELDS: Record<string, readonly CollectionName[] | 'any'> = {
  attributedTo: ['actors', 'organizations'],
  reference: ['places', 'actors', 'bases'],
  onBehalfOf: ['actors', 'organizations'],
  jointWith: ['actors', 'organizations'],
  event: ['events'],
  about: 'any',
  appliesTo: ['actors'],
  of: ['actors', 'organizations'],
  member: ['actors'],
  participants: ['actors', 'organizations'],
  location: ['places', 'bases', 'actors'],
  via: ['places', 'actors'],
  actor: ['actors', 'organizations'],
  after: ['events'],
};

/** Fields whose value is a date. */
const DATE_FIELDS = new Set(['date', 'since', 'until', 'from', 'to']);

interface IdRef {
  /** Field path, e.g. `statements[0].about[1]` or `body line 4`. */
  path: string;
  id: string;
  /** Collections allowed at this field. Relation ends are checked by relation type instead. */
  allowed: readonly CollectionName[] | 'any';
}

export interface EntryMentions {
  ids: IdRef[];
  /** Relation ends, checked against the relation vocabulary. */
  relationEnds: { path: string; index: number; id: string }[];
  cites: { path: string; place: string }[];
  dates: { path: string; date: DateValue }[];
  quotes: { path: string; text: string }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The integrity check and the index both ask; each entry is walked once.
const walked = new WeakMap<AnyEntry, EntryMentions>();

/** Walks an entry's data and body once and returns everything it mentions, with field paths. */
export function mentionsOf(entry: AnyEntry): EntryMentions {
  const known = walked.get(entry);
  if (known) return known;
  const found: EntryMentions = { ids: [], relationEnds: [], cites: [], dates: [], quotes: [] };
  walked.set(entry, found);

  const visit = (value: unknown, path: string, key: string | undefined): void => {
    if (key === 'cite' && Array.isArray(value)) {
      value.forEach((place, i) => found.cites.push({ path: `${path}[${i}]`, place: String(place) }));
      return;
    }
    if (key === 'quote' && typeof value === 'string') {
      found.quotes.push({ path, text: value });
      return;
    }
    if (key && key in ID_FIELDS && (typeof value === 'string' || Array.isArray(value))) {
      const allowed = ID_FIELDS[key]!;
      if (typeof value === 'string') found.ids.push({ path, id: value, allowed });
      else
        value.forEach((item, i) => {
          // A list of ids may hold items with more to say (a participant's `{ id, role, of }`): the
          // item's `id` is the id the field takes, and its other fields are read as usual.
          if (!isRecord(item)) found.ids.push({ path: `${path}[${i}]`, id: String(item), allowed });
          else
            for (const [k, v] of Object.entries(item)) {
              if (k === 'id') found.ids.push({ path: `${path}[${i}].id`, id: String(v), allowed });
              else visit(v, `${path}[${i}].${k}`, k);
            }
        });
      return;
    }
    if (key && DATE_FIELDS.has(key) && isRecord(value) && typeof value.value === 'string') {
      found.dates.push({ path, date: value as unknown as DateValue });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, undefined));
      return;
    }
    if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, k);
    }
  };

  const data = entry.data as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'relations' && Array.isArray(value)) {
      value.forEach((rel: Record<string, unknown>, i) => {
        const end = (rel.target ?? rel.from) as string;
        found.relationEnds.push({
          path: `relations[${i}].${rel.target !== undefined ? 'target' : 'from'}`,
          index: i,
          id: end,
        });
        for (const [k, v] of Object.entries(rel))
          if (k !== 'target' && k !== 'from') visit(v, `relations[${i}].${k}`, k);
      });
      continue;
    }
    visit(value, key, key);
  }

  for (const ref of bodyRefs(entry.body))
    found.ids.push({ path: `body line ${ref.line}`, id: ref.value, allowed: 'any' });
  for (const cite of bodyCites(entry.body)) found.cites.push({ path: `body line ${cite.line}`, place: cite.value });
  return found;
}
