/**
 * The small pieces every view is made of — links, provenance, dates, periods, quantities, scope —
 * built in one place so every page labels them the same way. A {@link Viewer} builds them for one
 * page and records every citable place the page shows, so the page's "cited paragraphs" can never
 * list fewer places than the page cites.
 *
 * Markers are decided here and nowhere else: a marker is the provenance the index gives a claim
 * (`src/model/index/claims.ts`), looked up by the object that states it, so a claim reads the same on
 * every page and nothing that is not a claim of the knowledge base can be given a marker.
 */
import { CERTAINTY_INFO, READING_INFO, type Certainty } from '../../model/vocab/certainty.ts';
import { citeLabel, citeName, citePath, uniqueCites, type CitePlace } from '../../model/article-places.ts';
import { datetimeAttribute, formatDate, type DateValue } from '../../model/dates.ts';
import type { Claim, KbIndex } from '../../model/index/kb-index.ts';
import { entryPath } from '../../model/ids.ts';
import { sameProvenance, type Provenance } from '../../model/provenance.ts';
import { formatQuantity, type Quantity } from '../../model/quantities.ts';

/** A link to an entry: its id, title and path. */
export interface LinkView {
  id: string;
  title: string;
  path: string;
}

/** A citation link to a place of the source page. */
export interface CiteView {
  place: CitePlace;
  /** "¶5", "caption". */
  label: string;
  /** "Paragraph 5", "Photo caption". */
  name: string;
  path: string;
}

/**
 * One provenance marker: from the article (certainty, citations), our reading of the article's words
 * (a date it does not give in full), or context (basis). `claim` is the identity of the claim it marks (see `src/model/index/claims.ts`); pages do not show it.
 */
export type ProvenanceView = { claim: string } & (
  | { kind: 'article'; certainty: Certainty; label: string; meaning: string; cite: CiteView[]; attributedTo?: LinkView }
  | { kind: 'reading'; label: string; words: string; cite: CiteView[] }
  | { kind: 'context'; basis: string; cite: CiteView[] }
);

/**
 * A date at its own precision, a claim of its own (`claim`). `provenance` is its marker, given where
 * it differs from the marker of the item it is shown in, which otherwise covers it.
 */
export interface DateView {
  text: string;
  /** For `<time datetime>`. */
  datetime: string;
  note?: string;
  claim: string;
  provenance?: ProvenanceView;
}

/** A span of time as a reader sees it; a span whose ends are the same date is one date. */
export type PeriodView =
  | { kind: 'at'; date: DateView }
  | { kind: 'since'; from: DateView }
  | { kind: 'until'; to: DateView }
  | { kind: 'between'; from: DateView; to: DateView };

/** A quantity as text, with the entry it is measured from. */
export interface QuantityView {
  text: string;
  value: number;
  reference?: LinkView;
  /** Words between the quantity and the reference: " " after a direction ("west of"), else " from ". */
  joiner: string;
}

/** Whom a claim holds for, when not plainly for the entry it is shown on. */
export interface ScopeView {
  /** A group's claim that holds only for these members. */
  appliesTo?: LinkView[];
  /** The group a claim shown on a member was written for. */
  derivedFrom?: LinkView;
  /** The article's condition for the claim. */
  condition?: string;
}

/** Builds view pieces for one page, recording every place the page cites. */
export class Viewer {
  readonly index: KbIndex;
  private readonly places = new Set<CitePlace>();

  constructor(index: KbIndex) {
    this.index = index;
  }

  /** Every place cited by the pieces built so far, in reading order. */
  cited(): CitePlace[] {
    return uniqueCites(this.places);
  }

  /** Records places cited by something the page shows without a piece of its own (body `<Cite>`). */
  cites(places: Iterable<CitePlace>): CiteView[] {
    return uniqueCites(places).map((place) => {
      this.places.add(place);
      return { place, label: citeLabel(place), name: citeName(place), path: citePath(place) };
    });
  }

  link(id: string): LinkView {
    const entry = this.index.byId.get(id);
    if (!entry) throw new Error(`view: unknown entry "${id}"`);
    return { id, title: entry.data.title, path: entryPath(entry.collection, id) };
  }

  links(ids: readonly string[]): LinkView[] {
    return ids.map((id) => this.link(id));
  }

  /** The claim an object of the knowledge base states; anything else is refused. */
  private claim(item: object, what: string): Claim {
    const claim = this.index.claims.byObject.get(item);
    if (!claim) throw new Error(`view: ${what} that is not a claim of the knowledge base: ${JSON.stringify(item)}`);
    return claim;
  }

  private marker(claim: Claim): ProvenanceView {
    const p: Provenance = claim.provenance;
    const cite = this.cites(p.cite);
    if (p.kind === 'context') return { claim: claim.key, kind: 'context', basis: p.basis, cite };
    if (p.kind === 'reading')
      return { claim: claim.key, kind: 'reading', label: READING_INFO.label, words: p.words, cite };
    const info = CERTAINTY_INFO[p.certainty];
    return {
      claim: claim.key,
      kind: 'article',
      certainty: p.certainty,
      label: info.label,
      meaning: info.meaning,
      cite,
      ...(p.attributedTo ? { attributedTo: this.link(p.attributedTo) } : {}),
    };
  }

  /** The identity of the claim `item` states, for a rendering that shows it without a marker of its own. */
  claimKey(item: object): string {
    return this.claim(item, 'a rendering of something').key;
  }

  /** The marker of the claim `item` states (a fact, relation, status, statement, stance, event…). */
  provenance(item: object): ProvenanceView {
    return this.marker(this.claim(item, 'a marker for something'));
  }

  /**
   * The marker of a claim written inside another (a date in its item, an event's date), given only
   * where it differs from the marker of the claim it is inside, which the page shows beside it.
   */
  nestedProvenance(item: object): ProvenanceView | undefined {
    const claim = this.claim(item, 'a marker for something');
    return claim.within && sameProvenance(claim.provenance, claim.within.provenance) ? undefined : this.marker(claim);
  }

  /** A date inside the item a page shows it in: its own marker only where it differs from the item's. */
  date(date: DateValue): DateView {
    const claim = this.claim(date, 'a date');
    const view: DateView = { text: formatDate(date), datetime: datetimeAttribute(date.value), claim: claim.key };
    if (date.note) view.note = date.note;
    const own = this.nestedProvenance(date);
    if (own) view.provenance = own;
    return view;
  }

  /** A date shown on its own (an event's date in a list of events): always with its marker. */
  datedClaim(date: DateValue): DateView {
    return { ...this.date(date), provenance: this.marker(this.claim(date, 'a date')) };
  }

  /** A span of time inside an item; each end is a date of its own (see {@link date}). */
  period(period: { from?: DateValue | undefined; to?: DateValue | undefined } | undefined): PeriodView | undefined {
    if (!period) return undefined;
    const { from, to } = period;
    if (from && to) {
      const same =
        from.value === to.value &&
        from.qualifier === to.qualifier &&
        !from.end &&
        !to.end &&
        sameProvenance(this.claim(from, 'a date').provenance, this.claim(to, 'a date').provenance);
      return same
        ? { kind: 'at', date: this.date(from) }
        : { kind: 'between', from: this.date(from), to: this.date(to) };
    }
    if (from) return { kind: 'since', from: this.date(from) };
    if (to) return { kind: 'until', to: this.date(to) };
    return undefined;
  }

  quantity(quantity: Quantity, reference?: string): QuantityView {
    const view: QuantityView = {
      text: formatQuantity(quantity),
      value: quantity.value,
      joiner: quantity.direction ? ' ' : ' from ',
    };
    if (reference) view.reference = this.link(reference);
    return view;
  }

  scope(scope: {
    appliesTo?: readonly string[] | undefined;
    derivedFrom?: string | undefined;
    condition?: string | undefined;
  }): ScopeView | undefined {
    const view: ScopeView = {};
    if (scope.appliesTo?.length) view.appliesTo = this.links(scope.appliesTo);
    if (scope.derivedFrom) view.derivedFrom = this.link(scope.derivedFrom);
    if (scope.condition) view.condition = scope.condition;
    return Object.keys(view).length ? view : undefined;
  }
}
