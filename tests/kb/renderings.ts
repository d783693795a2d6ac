/**
 * Every rendering of every claim the view builders produce, keyed by the claim's identity (see
 * `src/model/index/claims.ts`), with the marker a reader sees beside it: its own, or — for a claim
 * shown inside another without a marker of its own (a date in its item) — the marker of the claim it
 * is shown in. A rendering with no marker at all reads as "none".
 */
import type { KbIndex } from '../../src/model/index/kb-index.ts';
import { uniqueCites } from '../../src/model/article-places.ts';
import type { Provenance } from '../../src/model/provenance.ts';
import type { ProvenanceView } from '../../src/views/parts/viewer.ts';

/** One place a claim is shown, with the marker shown for it (normalised to compare). */
export interface Rendering {
  claim: string;
  where: string;
  marker: string;
}

/** A marker as text a reader could compare: its kind, certainty or basis, whom it reports, and its places. */
export function markerOf(p: Provenance): string {
  const cite = uniqueCites(p.cite).join(' ');
  if (p.kind === 'context') return `context "${p.basis}" [${cite}]`;
  return `${p.certainty}${p.attributedTo ? ` according to ${p.attributedTo}` : ''} [${cite}]`;
}

/** The marker a view shows, in the same form. */
export function markerOfView(p: ProvenanceView): string {
  const cite = p.cite.map((c) => c.place).join(' ');
  if (p.kind === 'context') return `context "${p.basis}" [${cite}]`;
  return `${p.certainty}${p.attributedTo ? ` according to ${p.attributedTo.id}` : ''} [${cite}]`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMarker = (value: unknown): value is ProvenanceView =>
  isRecord(value) && typeof value.claim === 'string' && (value.kind === 'article' || value.kind === 'context');

/**
 * The renderings in a view: every object carrying a marker (`provenance`) or naming the claim it
 * shows (`claim`), each with its own marker or else the nearest one around it.
 */
export function renderingsInView(view: unknown, where: string): Rendering[] {
  const out: Rendering[] = [];
  const visit = (value: unknown, path: string, around: string | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, around));
      return;
    }
    if (!isRecord(value) || isMarker(value)) return;
    const own = isMarker(value.provenance) ? value.provenance : undefined;
    const claim = own?.claim ?? (typeof value.claim === 'string' ? value.claim : undefined);
    const marker = own ? markerOfView(own) : around;
    if (claim) out.push({ claim, where: `${where} ${path}`, marker: marker ?? 'none' });
    for (const [k, v] of Object.entries(value)) if (k !== 'provenance') visit(v, path ? `${path}.${k}` : k, marker);
  };
  visit(view, '', undefined);
  return out;
}

/** Renderings whose marker is not the claim's own, or that name no claim of the knowledge base. */
export function mismatches(kb: KbIndex, renderings: readonly Rendering[]): string[] {
  const out: string[] = [];
  for (const r of renderings) {
    const claim = kb.claims.byKey.get(r.claim);
    if (!claim) out.push(`${r.where}: shows "${r.claim}", which is no claim of the knowledge base`);
    else if (markerOf(claim.provenance) !== r.marker)
      out.push(`${r.where}: ${r.claim} is shown as ${r.marker}; the claim is ${markerOf(claim.provenance)}`);
  }
  return out;
}
