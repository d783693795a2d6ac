/**
 * What a query asks about the entries it names: the entry it asks something of, and the properties
 * of that entry's page the words left over ask for ("sco observers": the SCO's members, picked by
 * status). Reading the query — which entries it names — is `query.ts`.
 */
import type { Property } from './properties.ts';
import { restOf, type QueryReading, type RankIndex } from './query.ts';

/** Whether a property's words hold one of `stems`. */
export function asksFor(property: Property, stems: ReadonlySet<string>): boolean {
  return property.words.some((w) => stems.has(w));
}

/** The groups a filter picks claims in: a membership status among members, an act among statements. */
export function filterGroups(filter: Property): string[] {
  if (!filter.key.startsWith('k:')) return [];
  return ['k:member', 'k:observer', 'k:applicant', 'k:former'].includes(filter.key)
    ? ['members', 'memberships']
    : ['statements'];
}

/** What the query asks about one entry: the entry, and the properties of its page it asks for. */
export interface Asked {
  id: string;
  properties: { property: number; filters: number[] }[];
  /** The terms left over once the entry is named. */
  rest: QueryReading['rest'];
}

/**
 * The entry the query asks something about, if any: its one subject when the words left over ask
 * for something its page holds ("sco observers"); else an entry whose name holds every subject's
 * terms and more, when the words its name leaves ask for something its page holds ("termez
 * exercise troops" asks about the Russia–Uzbekistan exercise near Termez, not Termez).
 */
export function askedSubject(reading: QueryReading, index: RankIndex): Asked | undefined {
  const ask = (id: string, rest: QueryReading['rest']): Asked | undefined => {
    const entry = index.byId.get(id)?.entry;
    const properties = entry ? askedProperties({ rest, asks: reading.asks }, index.properties, entry.props) : [];
    return properties.length ? { id, properties, rest } : undefined;
  };
  if (reading.subjects.length === 1) {
    const found = ask(reading.subjects[0]!, reading.rest);
    if (found) return found;
  }
  const naming = new Set(reading.subjects.flatMap((id) => [...reading.named.get(id)!]));
  if (!naming.size) return undefined;
  const wider = [...reading.partly]
    .filter(([, terms]) => terms.size > naming.size && [...naming].every((t) => terms.has(t)))
    .sort((a, b) => b[1].size - a[1].size);
  for (const [id, terms] of wider) {
    const found = ask(id, restOf(reading.terms, terms, index));
    if (found) return found;
  }
  return undefined;
}

/**
 * The properties of entry `props` (catalogue positions) the reading asks for: every term left over
 * is a word of the property or of a filter that picks claims in it. With no term left over, "when"
 * and "where" ask for what holds a date or a place. Returns each property asked for with the
 * filters that narrow it; empty when the query asks for nothing this entry holds.
 */
export function askedProperties(
  reading: Pick<QueryReading, 'rest' | 'asks'>,
  properties: readonly Property[],
  props: readonly number[],
): { property: number; filters: number[] }[] {
  const held = props.map((i) => ({ i, property: properties[i]! }));
  const groups = held.filter((h) => !h.property.key.startsWith('k:'));
  const filters = held.filter((h) => h.property.key.startsWith('k:'));
  if (!reading.rest.length) {
    if (!reading.asks.size) return [];
    return groups.filter((g) => asksFor(g.property, reading.asks)).map((g) => ({ property: g.i, filters: [] }));
  }
  return groups.flatMap((g) => {
    const usable = filters.filter((f) => filterGroups(f.property).includes(g.property.key));
    const chosen = new Set<number>();
    for (const { stems } of reading.rest) {
      const byFilter = usable.filter((f) => asksFor(f.property, stems));
      byFilter.forEach((f) => chosen.add(f.i));
      if (!byFilter.length && !asksFor(g.property, stems)) return [];
    }
    return [{ property: g.i, filters: [...chosen] }];
  });
}
