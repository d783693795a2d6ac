/** The timeline page: every event in the one timeline order, grouped by year. */
import { eventAnchor, yearAnchor } from '../../model/anchors.ts';
import { EVENT_ORDER_RULE } from '../../model/event-order.ts';
import { PARTICIPANT_ROLES, PARTICIPANT_ROLE_NAMES, type ParticipantRole } from '../../model/vocab/relations.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { Viewer, type DateView, type LinkView, type ProvenanceView } from '../parts/viewer.ts';
import { timelineGroups } from './tables.ts';

interface TimelineEventView {
  anchor: string;
  link: LinkView;
  date: DateView;
  /** The event's marker: the article states it, in the places it cites (its date's marker where that differs). */
  provenance: ProvenanceView;
  /** The participants by their part, each part with its words: "With …", "Against …", "Backed by …". */
  parties: { role: ParticipantRole; words: string; links: LinkView[] }[];
  location?: LinkView;
  /** The events it came after, each with its order's marker where that differs from the event's. */
  after: { link: LinkView; claim: string; provenance?: ProvenanceView }[];
}

export interface TimelineView {
  /** The one ordering rule, in a sentence. */
  rule: string;
  groups: { label: string; anchor: string; events: TimelineEventView[] }[];
}

/** Every event in the one timeline order, grouped by year (decade-dated events under their decade). */
export function timelineView(index: KbIndex): TimelineView {
  const v = new Viewer(index);
  return {
    rule: EVENT_ORDER_RULE,
    groups: timelineGroups(index).map((g) => ({
      label: g.label,
      anchor: yearAnchor(g.year),
      events: g.events.map((e) => {
        const item: TimelineEventView = {
          anchor: eventAnchor(e.id),
          link: v.link(e.id),
          date: v.date(e.data.date),
          provenance: v.provenance(e.data),
          parties: PARTICIPANT_ROLE_NAMES.map((role) => ({
            role,
            words: PARTICIPANT_ROLES[role].timeline,
            links: v.links(e.data.participants.filter((p) => p.role === role).map((p) => p.id)),
          }))
            .filter((p) => p.links.length > 0)
            // "With Armenia, Azerbaijan; backed by Turkey".
            .map((p, i) => (i > 0 ? { ...p, words: p.words.toLowerCase() } : p)),
          after: e.data.after.map((a) => {
            const own = v.nestedProvenance(a);
            return { link: v.link(a.id), claim: v.claimKey(a), ...(own ? { provenance: own } : {}) };
          }),
        };
        if (e.data.location) item.location = v.link(e.data.location);
        return item;
      }),
    })),
  };
}
