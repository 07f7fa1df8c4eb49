import { describe, expect, it } from 'vitest';
import { claimsLabel, claimsText, claimsTooltip, countClaims, countKinds, kindsText } from '../../../client/src/claimCounts';
import type { SummaryResult } from '../../../server/src/protocol';

type Kinds = Partial<Record<'factual' | 'statistical' | 'predictive' | 'normative', number>>;

function layer(id: string, claims: Partial<Record<'unchecked' | 'verified' | 'disputed' | 'retracted' | 'stale', number>>, kinds: Kinds = {}, inferred = 0) {
  const counts = { unchecked: 0, verified: 0, disputed: 0, retracted: 0, stale: 0, ...claims };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const claimKinds = { factual: 0, statistical: 0, predictive: 0, normative: 0, ...kinds };
  const kinded = Object.values(claimKinds).reduce((a, b) => a + b, 0);
  return { id, label: id, concepts: [], actors: [], claims: { total, ...counts }, claimLayerSources: { explicit: total, inferred: 0, none: 0 }, claimKinds, claimKindSources: { explicit: kinded - inferred, inferred, none: total - kinded } };
}

const summary: SummaryResult = {
  layers: [
    layer('infrastructure', { unchecked: 2, verified: 1 }, { factual: 2, statistical: 1 }, 1),
    layer('models', { unchecked: 1, disputed: 1, stale: 1 }, { factual: 1, normative: 2 }, 2),
    layer('cross-cutting', { verified: 1 }),
  ],
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

  it('lists every status in the tooltip and in the accessible label, and the kinds in the tooltip', () => {
    const counts = countClaims(summary);
    expect(claimsTooltip(counts, countKinds(summary)).split('\n')).toEqual([
      '7 claims in this brief',
      'Unchecked: 3',
      'Verified: 2',
      'Disputed: 1',
      'Retracted: 0',
      'Stale: 1',
      'Kinds: 3 factual · 1 statistical · 2 normative · 1 without a kind (3 inferred)',
      '',
      'Click to open the Claims view.',
    ]);
    expect(claimsTooltip(counts)).not.toContain('Kinds');
    expect(claimsLabel(counts)).toBe('Briefmark: 7 claims in this brief: 3 unchecked, 2 verified, 1 disputed, 0 retracted, 1 stale');
    expect(claimsLabel(counts)).not.toContain('$(');
  });
});

describe('claim kinds', () => {
  it('sums the kinds of every layer, and how they were given', () => {
    expect(countKinds(summary)).toEqual({
      claimKinds: { factual: 3, statistical: 1, predictive: 0, normative: 2 },
      claimKindSources: { explicit: 3, inferred: 3, none: 1 },
    });
  });

  it('says the kinds in the schema’s order, leaving zero counts out', () => {
    expect(kindsText(countKinds({ layers: [layer('models', { unchecked: 2 }, { predictive: 1, factual: 1 })] }))).toBe('1 factual · 1 predictive');
    expect(kindsText(countKinds({ layers: [layer('models', { unchecked: 1 }, { normative: 1 }, 1)] }))).toBe('1 normative (1 inferred)');
    expect(kindsText(countKinds({ layers: [layer('models', { unchecked: 2 })] }))).toBe('2 without a kind');
    expect(kindsText(countKinds({ layers: [layer('models', {})] }))).toBe('');
  });
});
