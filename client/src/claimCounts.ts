import type { ClaimCounts, LayerSummary } from '../../server/src/core/summary/summarizeLayers';
import { CLAIM_KINDS } from '../../server/src/core/types';
import type { SummaryResult } from '../../server/src/protocol';

// What the status bar item says about a brief's claims; kept apart from the item so it can be
// unit-tested without VS Code.

const STATUSES = ['unchecked', 'verified', 'disputed', 'retracted', 'stale'] as const;

/** A brief's claims by status, over all its layers. */
export function countClaims(summary: SummaryResult): ClaimCounts {
  const total: ClaimCounts = { total: 0, unchecked: 0, verified: 0, disputed: 0, retracted: 0, stale: 0 };
  for (const { claims } of summary.layers) {
    total.total += claims.total;
    for (const status of STATUSES) total[status] += claims[status];
  }
  return total;
}

/** Claims per kind, and how many kinds were inferred: a layer's, or (summed) a brief's. */
export type KindCounts = Pick<LayerSummary, 'claimKinds' | 'claimKindSources'>;

/** A brief's claims by kind, over all its layers. */
export function countKinds(summary: SummaryResult): KindCounts {
  const total: KindCounts = { claimKinds: { factual: 0, statistical: 0, predictive: 0, normative: 0 }, claimKindSources: { explicit: 0, inferred: 0, none: 0 } };
  for (const layer of summary.layers) {
    for (const kind of CLAIM_KINDS) total.claimKinds[kind] += layer.claimKinds?.[kind] ?? 0;
    for (const source of ['explicit', 'inferred', 'none'] as const) total.claimKindSources[source] += layer.claimKindSources?.[source] ?? 0;
  }
  return total;
}

/**
 * `2 factual · 1 normative (1 inferred)`: the kinds in the schema's order, zero counts left out,
 * the claims with no kind, and how many kinds Briefmark inferred. '' with no claims.
 */
export function kindsText({ claimKinds, claimKindSources }: KindCounts): string {
  const parts = CLAIM_KINDS.filter((kind) => claimKinds[kind] > 0).map((kind) => `${claimKinds[kind]} ${kind}`);
  if (claimKindSources.none > 0) parts.push(`${claimKindSources.none} without a kind`);
  if (parts.length === 0) return '';
  return claimKindSources.inferred > 0 ? `${parts.join(' · ')} (${claimKindSources.inferred} inferred)` : parts.join(' · ');
}

/** `$(checklist) 7 claims · 3 unchecked · 1 stale`: what still needs a reviewer, at a glance. */
export function claimsText(counts: ClaimCounts): string {
  const parts = [plural(counts.total, 'claim')];
  if (counts.unchecked > 0) parts.push(`${counts.unchecked} unchecked`);
  if (counts.stale > 0) parts.push(`${counts.stale} stale`);
  return `$(checklist) ${parts.join(' · ')}`;
}

/** Every status, then the kinds when there are claims to count. */
export function claimsTooltip(counts: ClaimCounts, kinds?: KindCounts): string {
  const lines = STATUSES.map((status) => `${capitalize(status)}: ${counts[status]}`);
  const byKind = kinds && counts.total > 0 ? kindsText(kinds) : '';
  if (byKind) lines.push(`Kinds: ${byKind}`);
  return [`${plural(counts.total, 'claim')} in this brief`, ...lines, '', 'Click to open the Claims view.'].join('\n');
}

/** What a screen reader says: every status in words, no icon. */
export function claimsLabel(counts: ClaimCounts): string {
  const statuses = STATUSES.map((status) => `${counts[status]} ${status}`).join(', ');
  return `Briefmark: ${plural(counts.total, 'claim')} in this brief: ${statuses}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
