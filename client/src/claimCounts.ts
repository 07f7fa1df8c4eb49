import type { ClaimCounts } from '../../server/src/core/summarizeLayers';
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

/** `$(checklist) 7 claims · 3 unchecked · 1 stale`: what still needs a reviewer, at a glance. */
export function claimsText(counts: ClaimCounts): string {
  const parts = [plural(counts.total, 'claim')];
  if (counts.unchecked > 0) parts.push(`${counts.unchecked} unchecked`);
  if (counts.stale > 0) parts.push(`${counts.stale} stale`);
  return `$(checklist) ${parts.join(' · ')}`;
}

export function claimsTooltip(counts: ClaimCounts): string {
  const lines = STATUSES.map((status) => `${capitalize(status)}: ${counts[status]}`);
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
