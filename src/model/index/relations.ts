/**
 * Relations seen from both ends: each relation written on one entry is listed on both, read from
 * each side ("hosts" / "hosted by"). Relations are also derived from an event's participants, an
 * infrastructure link's route and a person's offices.
 */
import type { AnyEntry } from '../entries.ts';
import type { Relation } from '../schemas/shared.ts';
import type { RelationDerivedFrom } from '../vocab/derived.ts';
import {
  PARTICIPANT_ROLES,
  hasProspectiveWords,
  relationLabel,
  type ParticipantRole,
  type RelationType,
} from '../vocab/relations.ts';
import { push, type ByTitle } from './lists.ts';

export interface RelationView {
  type: RelationType;
  /** `forward` when the entry being viewed is the relation's source. */
  direction: 'forward' | 'inverse';
  /** How the relation reads from the entry being viewed. */
  label: string;
  /** The entry at the other end. */
  other: string;
  /** Period, certainty, citation and remarks of the relation. */
  relation: Relation;
  /** The entry whose file states the relation. */
  writtenOn: string;
  /** The field of that entry that states it: `relations[2]`, or `participants[0]`, `route`, `offices[1]` for a derived one. */
  field: string;
  /** Set when the relation comes from another field: an event's participants, a route or a person's offices. */
  derivedFrom?: RelationDerivedFrom;
  /** For a tie derived from an event's participants: the participant's part in it, which its labels read. */
  role?: ParticipantRole;
}

type Relations = Map<string, RelationView[]>;

/** Lists a relation on both its ends, read from each. */
function addRelation(
  relations: Relations,
  source: string,
  target: string,
  relation: Relation,
  written: { on: string; field: string },
  derivedFrom?: RelationDerivedFrom,
  labels?: { forward: string; inverse: string },
  role?: ParticipantRole,
): void {
  const base = {
    type: relation.type,
    relation,
    writtenOn: written.on,
    field: written.field,
    derivedFrom,
    ...(role ? { role } : {}),
  };
  push(relations, source, {
    ...base,
    direction: 'forward',
    label: labels?.forward ?? relationLabel(relation.type, 'forward'),
    other: target,
  });
  push(relations, target, {
    ...base,
    direction: 'inverse',
    label: labels?.inverse ?? relationLabel(relation.type, 'inverse'),
    other: source,
  });
}

/** The relations an entry's own fields imply: its participants, its route, or its offices. */
function addDerivedRelations(relations: Relations, entry: AnyEntry): void {
  switch (entry.collection) {
    case 'events':
      // Each participant's tie reads by its part: "took part in", "target of", "backed a party to", "hosted".
      entry.data.participants.forEach(({ id, role }, i) => {
        const relation = { type: 'participated-in', target: entry.id, cite: entry.data.cite, certainty: 'stated' };
        const field = `participants[${i}]`;
        const { label, inverse } = PARTICIPANT_ROLES[role];
        addRelation(
          relations,
          id,
          entry.id,
          relation as Relation,
          { on: entry.id, field },
          'participants',
          { forward: label, inverse },
          role,
        );
      });
      break;
    case 'infrastructure': {
      const route = entry.data.route;
      if (!route) break;
      for (const stop of route.via) {
        const relation = {
          type: 'connects',
          target: stop,
          cite: route.cite,
          certainty: route.certainty,
          context: route.context,
        };
        addRelation(relations, entry.id, stop, relation as Relation, { on: entry.id, field: 'route' }, 'route');
      }
      break;
    }
    case 'actors':
      // An office is a `leads` relation read by its role from both ends: "President of" Russia on
      // the person's side, "President" on the state's.
      entry.data.offices.forEach((office, i) => {
        const relation = {
          type: 'leads',
          target: office.of,
          period: { from: office.since, to: office.until },
          cite: office.cite,
          certainty: office.certainty,
          context: office.context,
          attributedTo: office.attributedTo,
        };
        addRelation(
          relations,
          entry.id,
          office.of,
          relation as Relation,
          { on: entry.id, field: `offices[${i}]` },
          'offices',
          {
            forward: `${office.role} of`,
            inverse: office.role,
          },
        );
      });
      break;
    default:
      break;
  }
}

/**
 * Every entry's relations, written and derived, seen from both ends; each entry's list by label,
 * then by the other end's title. A relation with a proposed base reads as what would be
 * ("would host", "would be operated by"), since the base does not exist yet.
 */
export function indexRelations(entries: readonly AnyEntry[], byTitle: ByTitle): Relations {
  const relations: Relations = new Map();
  const proposed = new Set(
    entries.filter((e) => e.collection === 'bases' && e.data.status === 'proposed').map((e) => e.id),
  );
  for (const entry of entries) {
    entry.data.relations.forEach((rel, i) => {
      const written = { on: entry.id, field: `relations[${i}]` };
      const [source, target] = rel.target !== undefined ? [entry.id, rel.target] : [rel.from!, entry.id];
      // A type with no such words is refused by the integrity check; it reads as it is meanwhile.
      const labels =
        (proposed.has(source) || proposed.has(target)) && hasProspectiveWords(rel.type)
          ? {
              forward: relationLabel(rel.type, 'forward', 'prospective'),
              inverse: relationLabel(rel.type, 'inverse', 'prospective'),
            }
          : undefined;
      addRelation(relations, source, target, rel, written, undefined, labels);
    });
    addDerivedRelations(relations, entry);
  }
  for (const list of relations.values())
    list.sort((a, b) => a.label.localeCompare(b.label) || byTitle(a.other, b.other));
  return relations;
}
