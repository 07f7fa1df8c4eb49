import { describe, expect, it } from 'vitest';
import { claimsLabel, claimsText, claimsTooltip, countClaims } from '../../../client/src/claimCounts';
import type { SummaryResult } from '../../../server/src/protocol';

function layer(id: string, claims: Partial<Record<'unchecked' | 'verified' | 'disputed' | 'retracted' | 'stale', number>>) {
  const counts = { unchecked: 0, verified: 0, disputed: 0, retracted: 0, stale: 0, ...claims };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { id, label: id, concepts: [], actors: [], claims: { total, ...counts }, claimLayerSources: { explicit: 0, inferred: 0, none: 0 }, claimKinds: { factual: 0, statistical: 0, predictive: 0, normative: 0 }, claimKindSources: { explicit: 0, inferred: 0, none: 0 } };
}

const summary: SummaryResult = {
  layers: [layer('infrastructure', { unchecked: 2, verified: 1 }), layer('models', { unchecked: 1, disputed: 1, stale: 1 }), layer('cross-cutting', { verified: 1 })],
};

describe('claim counts for the status bar', () => {
  it('sums the claims of every layer by status', () => {
    expect(countClaims(summary)).toEqual({ total: 7, unchecked: 3, verified: 2, disputed: 1, retracted: 0, stale: 1 });
  });

  it('says how many claims still need a reviewer', () => {
    expect(claimsText(countClaims(summary))).toBe('$(checklist) 7 claims · 3 unchecked · 1 stale');
    expect(claimsText(countClaims({ layers: [layer('models', { verified: 1 })] }))).toBe('$(checklist) 1 claim');
    expect(claimsText(countClaims({ layers: [layer('models', {})] }))).toBe('$(checklist) 0 claims');
  });

  it('lists every status in the tooltip and in the accessible label', () => {
    const counts = countClaims(summary);
    expect(claimsTooltip(counts).split('\n')).toEqual([
      '7 claims in this brief',
      'Unchecked: 3',
      'Verified: 2',
      'Disputed: 1',
      'Retracted: 0',
      'Stale: 1',
      '',
      'Click to open the Claims view.',
    ]);
    expect(claimsLabel(counts)).toBe('Briefmark: 7 claims in this brief: 3 unchecked, 2 verified, 1 disputed, 0 retracted, 1 stale');
    expect(claimsLabel(counts)).not.toContain('$(');
  });
});
