/**
 * The answer data of an entry, written at build time from the entry's view — the same view its page
 * renders (`views/entry/entry-view.ts`): each infobox row, the members or memberships, each stance
 * topic, each way its relations read, its statements and its events become a group of claims, and
 * each claim keeps what the page shows of it — its values (entries as links), its provenance markers
 * as the Viewer built them, its fragment id — so an answer reads as the page does.
 */
import { SECTIONS } from '../model/anchors.ts';
import { STATUS_LABELS } from '../model/vocab/labels.ts';
import { RELATION_TYPES } from '../model/vocab/relations.ts';
import { STATEMENT_ACTS } from '../model/vocab/statements.ts';
import type { InfoValue, MembershipStatusView, StanceItemView } from '../views/parts/claims.ts';
import type { DateView, LinkView, PeriodView, ProvenanceView, QuantityView } from '../views/parts/viewer.ts';
import type { EntryCoreView, InfoRow, RelationItemView } from '../views/entry/types.ts';
import type { ClaimData, EntryAnswers, GroupData, MarkData, Part } from './answer-types.ts';
import { filterProperty, relationProperty } from './properties.ts';

/** Where an entry and a catalogue key stand in the search data. */
export interface Positions {
  entry(id: string): number;
  property(key: string): number;
}

/** Builds parts in the page's reading order. */
class Parts {
  readonly list: Part[] = [];
  constructor(private readonly at: Positions) {}
  text(text: string | undefined): this {
    if (!text) return this;
    const last = this.list.at(-1);
    if (typeof last === 'string') this.list[this.list.length - 1] = last + text;
    else this.list.push(text);
    return this;
  }
  link(link: LinkView | undefined): this {
    if (link) this.list.push(this.at.entry(link.id));
    return this;
  }
  mark(p: ProvenanceView | undefined): this {
    if (!p) return this;
    const cite = p.cite.map((c) => c.place);
    const mark: MarkData =
      p.kind === 'article'
        ? { k: p.kind, c: p.certainty, l: p.label, p: cite }
        : p.kind === 'reading'
          ? { k: p.kind, l: p.label, r: p.words, p: cite }
          : { k: p.kind, b: p.basis, p: cite };
    if (p.kind === 'article' && p.attributedTo) mark.w = this.at.entry(p.attributedTo.id);
    this.text(' ').list.push({ m: mark });
    return this;
  }
  date(date: DateView | undefined): this {
    if (!date) return this;
    this.text(date.text);
    if (date.note) this.text(` (${date.note})`);
    return this.mark(date.provenance);
  }
  period(period: PeriodView | undefined): this {
    if (!period) return this;
    if (period.kind === 'at') return this.date(period.date);
    if (period.kind === 'since') return this.text('since ').date(period.from);
    if (period.kind === 'until') return this.text('until ').date(period.to);
    return this.date(period.from).text(' – ').date(period.to);
  }
  quantity(q: QuantityView | undefined): this {
    if (!q) return this;
    this.text(q.text);
    return q.reference ? this.text(q.joiner).link(q.reference) : this;
  }
}

const STATUS_OF = new Map<string, string>(
  Object.entries(STATUS_LABELS.membership).map(([status, label]) => [label, status]),
);
const ACT_OF = new Map<string, string>(Object.entries(STATEMENT_ACTS).map(([act, label]) => [label, act]));

/** A relation's ends in order: source, then target (a symmetric relation's in id order). */
function relationEnds(item: RelationItemView, page: string): string {
  if (RELATION_TYPES[item.type].symmetric) return [page, item.other.id].sort().join('>');
  return item.forward ? `${page}>${item.other.id}` : `${item.other.id}>${page}`;
}

function infoClaim(at: Positions, id: string, value: InfoValue): ClaimData {
  const parts = new Parts(at);
  parts.text(value.status);
  if (value.status && (value.text || value.note)) parts.text(' — ');
  parts.text(value.none).quantity(value.quantity).date(value.date).text(value.text);
  for (const [i, link] of (value.links?.items ?? []).entries()) parts.text(i ? ', ' : '').link(link);
  if (value.period) parts.text(' (').period(value.period).text(')');
  if (value.note) parts.text(` — ${value.note}`);
  parts.mark(value.provenance);
  return { a: value.anchor!, c: `${id}#${value.anchor}`, t: parts.list };
}

function statusParts(parts: Parts, status: MembershipStatusView): void {
  parts.text(status.label);
  if (status.since) parts.text(` ${status.sinceWord} `).date(status.since);
  if (status.until) parts.text(' until ').date(status.until);
  if (status.note) parts.text(` — ${status.note}`);
  parts.mark(status.provenance);
}

function stanceClaim(at: Positions, id: string, item: StanceItemView): ClaimData {
  const parts = new Parts(at).text(item.positionLabel);
  const scope = item.scope;
  if (scope?.appliesTo) {
    parts.text(' — applies to ');
    scope.appliesTo.forEach((l, i) =>
      parts.text(i === 0 ? '' : i === scope.appliesTo!.length - 1 ? ' and ' : ', ').link(l),
    );
    parts.text(' only');
  }
  if (scope?.derivedFrom) parts.text(' — shared policy of ').link(scope.derivedFrom);
  if (scope?.condition) parts.text(` — condition: ${scope.condition}`);
  parts.mark(item.provenance);
  return { a: item.anchor!, c: `${scope?.derivedFrom?.id ?? id}|${item.topic}|${item.position}`, t: parts.list };
}

/** What the entry's infobox rows answer: each row is a group of its values. */
function infoGroups(at: Positions, id: string, rows: readonly InfoRow[]): GroupData[] {
  return rows
    .filter((row) => row.values.some((v) => v.anchor))
    .map((row) => ({
      p: at.property(row.key === 'office' ? relationProperty(`${row.label} of`) : `f:${row.key}`),
      l: row.label,
      c: row.values.map((value) => infoClaim(at, id, value)),
    }));
}

/** An organization's members, or the organizations an entry belongs to: one claim per row, with its statuses. */
function membershipGroup(at: Positions, id: string, memberships: NonNullable<EntryCoreView['memberships']>): GroupData {
  const onOrganization = memberships.section === 'members';
  return {
    p: at.property(memberships.section),
    l: SECTIONS[memberships.section].title,
    c: memberships.rows.map((row) => {
      const parts = new Parts(at).link(row.other).text(': ');
      row.history.forEach((status, i) => {
        if (i) parts.text('; ');
        statusParts(parts, status);
      });
      const [org, member] = onOrganization ? [id, row.other.id] : [row.other.id, id];
      const statuses = row.history.map((h) => at.property(filterProperty(STATUS_OF.get(h.label) ?? '')));
      return { a: row.anchor, c: `m|${org}|${member}`, t: parts.list, k: statuses.filter((k) => k >= 0) };
    }),
  };
}

/** The entry's relations, one group per way they read. */
function relationGroups(at: Positions, id: string, relations: EntryCoreView['relations']): GroupData[] {
  const seen = new Map<string, number>();
  return relations.map((group) => ({
    p: at.property(relationProperty(group.label)),
    l: group.label,
    c: group.items.map((item) => {
      const parts = new Parts(at).link(item.other);
      if (item.degree) parts.text(` (${item.degree})`);
      if (item.length) parts.text(' — ').quantity(item.length);
      if (item.period) parts.text(' (').period(item.period).text(')');
      if (item.note) parts.text(` — ${item.note}`);
      parts.mark(item.provenance);
      // One relation, as both its ends list it: its type, its ends in order, and which of the
      // relations of that type between them it is (both pages list them in one order).
      const same = `r|${item.type}|${relationEnds(item, id)}`;
      const n = (seen.get(same) ?? 0) + 1;
      seen.set(same, n);
      return { a: item.anchor, c: `${same}|${n}`, t: parts.list };
    }),
  }));
}

/** The statements by, about or made at the entry; its own (or made for it) can be picked by their act. */
function statementGroup(at: Positions, id: string, statements: EntryCoreView['statements']): GroupData {
  return {
    p: at.property('statements'),
    l: SECTIONS.statements.title,
    c: statements.map((s) => {
      const parts = new Parts(at);
      if (s.speaker) parts.link(s.speaker);
      else parts.text(s.speakerName);
      if (s.onBehalfOf) parts.text(' for ').link(s.onBehalfOf);
      parts.text(` ${s.act}`);
      if (s.date) parts.text(', ').date(s.date);
      if (s.event) parts.text(', at ').link(s.event);
      parts.text(`: ${s.summary}`);
      const about = s.about.filter((l): l is LinkView => !!l);
      if (about.length) {
        parts.text(' About: ');
        about.forEach((l, i) => parts.text(i ? ', ' : '').link(l));
        parts.text('.');
      }
      parts.mark(s.provenance);
      const own = !s.speaker || s.onBehalfOf?.id === id;
      const act = at.property(filterProperty(ACT_OF.get(s.act) ?? ''));
      return { a: s.anchor, c: `s|${s.anchor}`, t: parts.list, k: own && act >= 0 ? [act] : [] };
    }),
  };
}

/**
 * The answer data of entry `id`, from its view. `topicEntries` names the entries a stance topic is
 * about ("Engagement with the Taliban" → the Taliban), so a stance ties its holder to them.
 */
export function entryAnswers(
  view: EntryCoreView,
  at: Positions,
  topicEntries: (topic: string) => number[],
): EntryAnswers {
  const id = view.id;
  const groups = infoGroups(at, id, view.infobox);
  if (view.memberships) groups.push(membershipGroup(at, id, view.memberships));
  for (const topic of view.stances) {
    const targets = topicEntries(topic.topic);
    groups.push({
      p: at.property(`s:${topic.topic}`),
      l: topic.label,
      c: topic.items.map((item) => ({ ...stanceClaim(at, id, item), ...(targets.length ? { x: targets } : {}) })),
    });
  }
  groups.push(...relationGroups(at, id, view.relations));
  if (view.statements.length) groups.push(statementGroup(at, id, view.statements));
  if (view.events.length) {
    groups.push({
      p: at.property('events'),
      l: SECTIONS.events.title,
      c: view.events.map((e) => ({
        a: e.anchor,
        c: `e|${e.link.id}`,
        t: new Parts(at).date(e.date).text(': ').link(e.link).list,
      })),
    });
  }
  return { groups: groups.filter((g) => g.p >= 0 && g.c.length) };
}
