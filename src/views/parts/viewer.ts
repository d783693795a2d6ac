/**
 * The small pieces every view is made of — links, provenance, dates, periods, quantities, scope —
 * built in one place so every page labels them the same way. A {@link Viewer} builds them for one
 * page and records every citable place the page shows, so the page's "cited paragraphs" can never
 * list fewer places than the page cites.
 */
import { CERTAINTY_INFO, type Certainty } from '../../model/vocab/certainty.ts';
import { citeLabel, citeName, citePath, uniqueCites, type CitePlace } from '../../model/article-places.ts';
import { datetimeAttribute, formatDate, type DateValue } from '../../model/dates.ts';
import type { KbIndex } from '../../model/index/kb-index.ts';
import { entryPath } from '../../model/ids.ts';
import { dateProvenance, provenanceOf, type Provenance, type ProvenanceInput } from '../../model/provenance.ts';
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

/** One provenance marker: from the article (certainty, citations) or context (basis). */
export type ProvenanceView =
  | { kind: 'article'; certainty: Certainty; label: string; meaning: string; cite: CiteView[]; attributedTo?: LinkView }
  | { kind: 'context'; basis: string; cite: CiteView[] };

/** A date at its own precision; `provenance` only where it differs from its item's. */
export interface DateView {
  text: string;
  /** For `<time datetime>`. */
  datetime: string;
  note?: string;
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

  fromProvenance(p: Provenance): ProvenanceView {
    const cite = this.cites(p.cite);
    if (p.kind === 'context') return { kind: 'context', basis: p.basis, cite };
    const info = CERTAINTY_INFO[p.certainty];
    return {
      kind: 'article',
      certainty: p.certainty,
      label: info.label,
      meaning: info.meaning,
      cite,
      ...(p.attributedTo ? { attributedTo: this.link(p.attributedTo) } : {}),
    };
  }

  provenance(item: ProvenanceInput): ProvenanceView {
    return this.fromProvenance(provenanceOf(item));
  }

  /**
   * A date inside `item`. Its provenance is given only when it differs from the item's: a context
   * date, or a date citing places of its own.
   */
  date(date: DateValue & { cite?: readonly CitePlace[] | undefined }, item?: ProvenanceInput): DateView {
    const view: DateView = { text: formatDate(date), datetime: datetimeAttribute(date.value) };
    if (date.note) view.note = date.note;
    if (date.context !== undefined || date.cite !== undefined) {
      const base = item ? provenanceOf(item) : { kind: 'context' as const, basis: date.context ?? '', cite: [] };
      view.provenance = this.fromProvenance(dateProvenance(date, base));
    }
    return view;
  }

  /** A date that is a claim of its own (an event's date): always with its provenance. */
  datedClaim(date: DateValue & { cite?: readonly CitePlace[] | undefined }, item: ProvenanceInput): DateView {
    return { ...this.date(date), provenance: this.fromProvenance(dateProvenance(date, provenanceOf(item))) };
  }

  period(
    period: { from?: DateValue | undefined; to?: DateValue | undefined } | undefined,
    item?: ProvenanceInput,
  ): PeriodView | undefined {
    if (!period) return undefined;
    const { from, to } = period;
    if (from && to) {
      const same = from.value === to.value && from.qualifier === to.qualifier && !from.end && !to.end;
      return same
        ? { kind: 'at', date: this.date(from, item) }
        : { kind: 'between', from: this.date(from, item), to: this.date(to, item) };
    }
    if (from) return { kind: 'since', from: this.date(from, item) };
    if (to) return { kind: 'until', to: this.date(to, item) };
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
