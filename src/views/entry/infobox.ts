/**
 * The infobox of an entry page: labelled rows of typed values, each value with its provenance.
 */
import { eventAnchor } from '../../model/anchors.ts';
import type { AnyEntry } from '../../model/entries.ts';
import { factKeyInfo } from '../../model/vocab/facts.ts';
import { STATUS_LABELS } from '../../model/vocab/labels.ts';
import { PARTICIPANT_ROLES, PARTICIPANT_ROLE_NAMES } from '../../model/vocab/relations.ts';
import { factValue, type InfoValue } from '../parts/claims.ts';
import type { Viewer } from '../parts/viewer.ts';
import type { InfoRow } from './types.ts';

function pushRow(rows: InfoRow[], label: string, value: InfoValue): void {
  const row = rows.find((r) => r.label === label);
  if (row) row.values.push(value);
  else rows.push({ label, values: [value] });
}

/**
 * An entry's infobox: the rows its collection has (an event's date and participants, a base's
 * status, a person's offices, the source's author), then one row per typed fact, then coordinates.
 */
export function infobox(v: Viewer, entry: AnyEntry): InfoRow[] {
  const rows: InfoRow[] = [];
  collectionRows(rows, v, entry);
  for (const fact of entry.data.facts) {
    if (fact.key === 'status' && (entry.collection === 'bases' || entry.collection === 'infrastructure')) continue;
    pushRow(rows, factKeyInfo(fact.key).label, factValue(v, fact));
  }
  if ((entry.collection === 'bases' || entry.collection === 'places') && entry.data.coordinates) {
    const { lat, lon } = entry.data.coordinates;
    const fmt = (n: number, pos: string, neg: string) => `${Math.abs(n).toFixed(2)}° ${n >= 0 ? pos : neg}`;
    pushRow(rows, 'Coordinates', {
      text: `${fmt(lat, 'N', 'S')}, ${fmt(lon, 'E', 'W')}`,
      provenance: v.provenance(entry.data.coordinates),
    });
  }
  return rows;
}

/** The rows of the infobox that come from the entry's collection rather than its facts. */
function collectionRows(rows: InfoRow[], v: Viewer, entry: AnyEntry): void {
  switch (entry.collection) {
    case 'events':
      pushRow(rows, 'Date', {
        date: v.datedClaim(entry.data.date),
        seeAlso: { text: 'on the timeline', path: `/timeline/#${eventAnchor(entry.id)}` },
      });
      if (entry.data.location)
        pushRow(rows, 'Where', { links: { items: [v.link(entry.data.location)], ordered: false } });
      // One row per part: "Participants", "Target", "Supported by" (each with whom it backed), "Host".
      for (const role of PARTICIPANT_ROLE_NAMES) {
        const parts = entry.data.participants.filter((x) => x.role === role);
        if (role === 'supporter')
          for (const p of parts)
            pushRow(rows, PARTICIPANT_ROLES[role].row, {
              links: { items: [v.link(p.id)], ordered: false },
              note: `backed ${v.link(p.of!).title}`,
            });
        else if (parts.length)
          pushRow(rows, PARTICIPANT_ROLES[role].row, {
            links: { items: v.links(parts.map((p) => p.id)), ordered: false },
          });
      }
      // Each order is a claim of its own, marked by the places that give it (or as context).
      for (const after of entry.data.after)
        pushRow(rows, 'Came after', {
          links: { items: [v.link(after.id)], ordered: false },
          provenance: v.provenance(after),
        });
      break;
    case 'bases':
    case 'infrastructure': {
      // The typed status is shown once, explained by the entry's one `status` fact if it has one.
      const explained = entry.data.facts.find((f) => f.key === 'status');
      const label =
        entry.collection === 'bases'
          ? STATUS_LABELS.bases[entry.data.status]
          : STATUS_LABELS.infrastructure[entry.data.status];
      pushRow(rows, 'Status', explained ? { status: label, ...factValue(v, explained) } : { status: label });
      if (entry.collection === 'infrastructure' && entry.data.route) {
        pushRow(rows, 'Route', {
          links: { items: v.links(entry.data.route.via), ordered: true },
          provenance: v.provenance(entry.data.route),
        });
      }
      break;
    }
    case 'actors':
      for (const office of entry.data.offices) {
        const value: InfoValue = {
          links: { items: [v.link(office.of)], ordered: false },
          provenance: v.provenance(office),
        };
        const period = v.period({ from: office.since, to: office.until });
        if (period) value.period = period;
        pushRow(rows, office.role, value);
      }
      break;
    case 'sources':
      pushRow(rows, 'Author', { text: entry.data.author, detail: entry.data.authorRole });
      pushRow(rows, 'Publisher', { text: `${entry.data.publisher}, ${entry.data.year}` });
      pushRow(rows, 'Original', { external: { text: 'Read at the publisher', url: entry.data.url } });
      break;
    default:
      break;
  }
}
