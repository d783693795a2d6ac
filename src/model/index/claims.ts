/**
 * Every claim of the knowledge base, found once, with the one provenance every page shows for it.
 *
 * A claim is an item that carries its provenance — a fact, a relation, a membership status, an
 * office, a statement, a stance, an outlook, a route, a scenario's trigger, sign, response or role,
 * coordinates, a later name — or a date inside one, or an event itself and its date. A claim is
 * keyed by the entry and the field it is written at (`csto:members[7].history[0]`,
 * `2021-08-23-csto-emergency-summit:date`), and the ties the index derives from an event's
 * participants, a route or an office are the claims of the fields they come from.
 *
 * The view parts look a claim up by the object that states it, so a page can show a marker only
 * for a claim of the knowledge base, and only the claim's own.
 */
import type { DateValue } from '../dates.ts';
import type { AnyEntry } from '../entries.ts';
import { dateProvenance, provenanceOf, type Provenance, type ProvenanceInput } from '../provenance.ts';
import { uniqueCites, type CitePlace } from '../article-places.ts';
import type { RelationView } from './relations.ts';

/** One claim: its identity and its provenance. */
export interface Claim {
  /** The entry and field it is written at: `tajikistan:facts[0]`, `2005-uzbekistan-expels-us-forces:date`. */
  key: string;
  provenance: Provenance;
  /** The claim it is written inside (a date's item, an event's date): one marker covers both where they agree. */
  within?: Claim;
}

/** Claims by the object that states them, and by key. */
export interface ClaimIndex {
  byObject: Map<object, Claim>;
  byKey: Map<string, Claim>;
}

/** Fields whose value is a date. */
const DATE_FIELDS = new Set(['date', 'since', 'until', 'from', 'to']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDate = (key: string, value: unknown): value is DateValue & { cite?: CitePlace[] } =>
  DATE_FIELDS.has(key) && isRecord(value) && typeof value.value === 'string';

/** Whether an object carries a provenance of its own (a citation, a certainty or a context basis). */
const hasProvenance = (value: Record<string, unknown>) => 'cite' in value || 'certainty' in value || 'context' in value;

/** The provenance of an event itself: the article states it, in the places the event cites (or it is context). */
function eventProvenance(event: AnyEntry & { collection: 'events' }): Provenance {
  return provenanceOf({ cite: event.data.cite, certainty: 'stated', context: event.data.context });
}

/**
 * The provenance of an order between events (`after`): context when the article does not give it,
 * the article stating it in the places it cites, or else in the places the event itself cites.
 */
function orderProvenance(after: { cite?: readonly CitePlace[]; context?: string }, event: Provenance): Provenance {
  if (after.context !== undefined) return { kind: 'context', basis: after.context, cite: [] };
  if (after.cite) return { kind: 'article', certainty: 'stated', cite: uniqueCites(after.cite) };
  return event;
}

/**
 * The claims an entry's own data states, each with the object that states it (none for a
 * participant written as a bare id). Open data is checked against these too.
 */
export function entryClaims(entry: AnyEntry): { object?: object; claim: Claim }[] {
  const out: { object?: object; claim: Claim }[] = [];
  const add = (object: object | undefined, path: string, provenance: Provenance, within?: Claim): Claim => {
    const key = path ? `${entry.id}:${path}` : entry.id;
    const claim: Claim = within ? { key, provenance, within } : { key, provenance };
    out.push(object ? { object, claim } : { claim });
    return claim;
  };
  const visit = (value: unknown, path: string, enclosing: Claim | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, enclosing));
      return;
    }
    if (!isRecord(value)) return;
    let here = enclosing;
    if (hasProvenance(value)) {
      let provenance: Provenance;
      try {
        provenance = provenanceOf(value as ProvenanceInput);
      } catch {
        throw new Error(`claims: ${entry.file} ${path} has neither a certainty nor a context basis`);
      }
      here = add(value, path, provenance);
    }
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      if (isDate(k, v)) {
        if (!here) throw new Error(`claims: ${entry.file} ${at} is a date outside any claim`);
        add(v, at, dateProvenance(v, here.provenance), here);
      } else if (entry.collection === 'events' && k === 'participants' && here && path === '') {
        // Each participant's part is the event's claim: the places it cites say who took part.
        (v as unknown[]).forEach((p, i) =>
          add(isRecord(p) ? p : undefined, `participants[${i}]`, here!.provenance, here),
        );
      } else if (entry.collection === 'events' && k === 'after' && here && path === '') {
        // Each order is a claim of its own: the places that give it, context, or else the event's.
        (v as { id: string; cite?: CitePlace[]; context?: string }[]).forEach((a, i) =>
          add(a, `after[${i}]`, orderProvenance(a, here!.provenance), here),
        );
      } else visit(v, at, here);
    }
  };
  // The entry's own citations cover its summary and body; an event's also make the event a claim.
  const { cite: _cite, context: _context, ...fields } = entry.data;
  visit(fields, '', entry.collection === 'events' ? add(entry.data, '', eventProvenance(entry)) : undefined);
  return out;
}

/** Every claim of the entries, and the claims of the relations the index derives from their fields. */
export function indexClaims(entries: readonly AnyEntry[], relations: ReadonlyMap<string, RelationView[]>): ClaimIndex {
  const claims: ClaimIndex = { byObject: new Map(), byKey: new Map() };
  for (const entry of entries) {
    for (const { object, claim } of entryClaims(entry)) {
      if (object) claims.byObject.set(object, claim);
      claims.byKey.set(claim.key, claim);
    }
  }

  // A tie the index derives (from participants, a route or an office) is the claim of the field it comes from.
  for (const list of relations.values()) {
    for (const r of list) {
      if (claims.byObject.has(r.relation)) continue;
      const claim = claims.byKey.get(`${r.writtenOn}:${r.field}`);
      if (!claim) throw new Error(`claims: the relation ${r.writtenOn} ${r.field} states no claim`);
      claims.byObject.set(r.relation, claim);
    }
  }
  return claims;
}
