/**
 * The infobox of an entry page: labelled rows of typed values, each value with its provenance.
 */
import { eventAnchor, factAnchor, officeAnchor, uniqueAnchors } from '../../model/anchors.ts';
import type { AnyEntry, KbEntry } from '../../model/entries.ts';
import { factKeyInfo } from '../../model/vocab/facts.ts';
import { STATUS_LABELS } from '../../model/vocab/labels.ts';
import { PARTICIPANT_ROLES, PARTICIPANT_ROLE_NAMES } from '../../model/vocab/relations.ts';
import { factValue, type InfoValue } from '../parts/claims.ts';
import type { Viewer } from '../parts/viewer.ts';
import type { InfoRow } from './types.ts';

/**
 * Adds `value` under `label`; `anchor` is the claim's fragment id before it is made unique on the
 * page, `key` what the row holds (a fact key, a row of the collection's own, or `office`).
 */
function pushRow(rows: InfoRow[], label: string, value: InfoValue, anchor: string, key?: string): void {
  const row = rows.find((r) => r.label === label);
  const anchored = { ...value, anchor };
  if (row) row.values.push(anchored);
  else rows.push({ key: key ?? anchor.slice(2), label, values: [anchored] });
}

/**
 * An entry's infobox: the rows its collection has (an event's date and participants, a base's
 * status, a person's offices, the source's author), then one row per typed fact, then coordinates.
 * Each value carries its claim's fragment id (`f-<fact key>`, `o-<office held in>`), unique on the page.
 */
export function infobox(v: Viewer, entry: AnyEntry): InfoRow[] {
  const rows: InfoRow[] = [];
  collectionRows(rows, v, entry);
  for (const fact of entry.data.facts) {
    if (fact.key === 'status' && (entry.collection === 'bases' || entry.collection === 'infrastructure')) continue;
    pushRow(rows, factKeyInfo(fact.key).label, factValue(v, fact), factAnchor(fact.key));
  }
  if ((entry.collection === 'bases' || entry.collection === 'places') && entry.data.coordinates) {
    const { lat, lon } = entry.data.coordinates;
    const fmt = (n: number, pos: string, neg: string) => `${Math.abs(n).toFixed(2)}° ${n >= 0 ? pos : neg}`;
    pushRow(
      rows,
      'Coordinates',
      { text: `${fmt(lat, 'N', 'S')}, ${fmt(lon, 'E', 'W')}`, provenance: v.provenance(entry.data.coordinates) },
      factAnchor('coordinates'),
    );
  }
  const values = rows.flatMap((r) => r.values);
  uniqueAnchors(values.map((value) => value.anchor!)).forEach((anchor, i) => (values[i]!.anchor = anchor));
  return rows;
}

/** The rows of the infobox that come from the entry's collection rather than its facts. */
function collectionRows(rows: InfoRow[], v: Viewer, entry: AnyEntry): void {
  switch (entry.collection) {
    case 'events':
      return eventRows(rows, v, entry);
    case 'bases':
    case 'infrastructure':
      return statusRows(rows, v, entry);
    case 'actors':
      return officeRows(rows, v, entry);
    case 'sources':
      return sourceRows(rows, entry);
    default:
      return;
  }
}

/** An event's date, place, participants by role, and the events it came after. */
function eventRows(rows: InfoRow[], v: Viewer, entry: KbEntry<'events'>): void {
  pushRow(
    rows,
    'Date',
    {
      date: v.datedClaim(entry.data.date),
      seeAlso: { text: 'on the timeline', path: `/timeline/#${eventAnchor(entry.id)}` },
    },
    factAnchor('date'),
  );
  if (entry.data.location)
    pushRow(rows, 'Where', { links: { items: [v.link(entry.data.location)], ordered: false } }, factAnchor('where'));
  // One row per part: "Participants", "Target", "Supported by" (each with whom it backed), "Host".
  for (const role of PARTICIPANT_ROLE_NAMES) {
    const parts = entry.data.participants.filter((x) => x.role === role);
    const anchor = factAnchor(role === 'actor' ? 'participants' : `${role}s`);
    if (role === 'supporter')
      for (const p of parts)
        pushRow(
          rows,
          PARTICIPANT_ROLES[role].row,
          { links: { items: [v.link(p.id)], ordered: false }, note: `backed ${v.link(p.of!).title}` },
          anchor,
        );
    else if (parts.length)
      pushRow(
        rows,
        PARTICIPANT_ROLES[role].row,
        { links: { items: v.links(parts.map((p) => p.id)), ordered: false } },
        anchor,
      );
  }
  // Each order is a claim of its own, marked by the places that give it (or as context).
  for (const after of entry.data.after)
    pushRow(
      rows,
      'Came after',
      { links: { items: [v.link(after.id)], ordered: false }, provenance: v.provenance(after) },
      factAnchor('after'),
    );
}

/** A base's or a piece of infrastructure's status (and a route's stops). */
function statusRows(rows: InfoRow[], v: Viewer, entry: KbEntry<'bases'> | KbEntry<'infrastructure'>): void {
  // The typed status is shown once, explained by the entry's one `status` fact if it has one.
  const explained = entry.data.facts.find((f) => f.key === 'status');
  const label =
    entry.collection === 'bases'
      ? STATUS_LABELS.bases[entry.data.status]
      : STATUS_LABELS.infrastructure[entry.data.status];
  pushRow(
    rows,
    'Status',
    explained ? { status: label, ...factValue(v, explained) } : { status: label },
    factAnchor('status'),
  );
  if (entry.collection === 'infrastructure' && entry.data.route) {
    pushRow(
      rows,
      'Route',
      {
        links: { items: v.links(entry.data.route.via), ordered: true },
        provenance: v.provenance(entry.data.route),
      },
      factAnchor('route'),
    );
  }
}

/** An actor's offices, one row per role, each with whom it is held for and when. */
function officeRows(rows: InfoRow[], v: Viewer, entry: KbEntry<'actors'>): void {
  for (const office of entry.data.offices) {
    const value: InfoValue = {
      links: { items: [v.link(office.of)], ordered: false },
      provenance: v.provenance(office),
    };
    const period = v.period({ from: office.since, to: office.until });
    if (period) value.period = period;
    pushRow(rows, office.role, value, officeAnchor(office.of), 'office');
  }
}

/** The source's author, publisher and a link to the original. */
function sourceRows(rows: InfoRow[], entry: KbEntry<'sources'>): void {
  pushRow(rows, 'Author', { text: entry.data.author, detail: entry.data.authorRole }, factAnchor('author'));
  pushRow(rows, 'Publisher', { text: `${entry.data.publisher}, ${entry.data.year}` }, factAnchor('publisher'));
  pushRow(
    rows,
    'Original',
    { external: { text: 'Read at the publisher', url: entry.data.url } },
    factAnchor('original'),
  );
}
