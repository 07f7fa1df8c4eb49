import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../server/src/core/analysis/analyzeDocument';
import { fingerprintClaim, parseReviewFile } from '../../../../server/src/core/review/reviewFile';
import { resolveBrief } from '../../../../server/src/core/analysis/resolveBrief';
import { teamGlossary } from '../../helpers';

const BRIEF = `# Brief

[Nvidia builds data centres]{.claim #infra kind=factual source=@r1}

[Mistral AI lags OpenAI]{.claim #lag layer=models stance=con actor=mistral-ai about=foundation-model}

[Europe will grow]{.claim #grow}

[Untagged claim]{.claim}
`;

function resolve(text: string, review?: string) {
  return resolveBrief('brief.md', analyzeDocument(text, teamGlossary()), review === undefined ? undefined : parseReviewFile(review));
}

const FP = {
  infra: fingerprintClaim('Nvidia builds data centres'),
  lag: fingerprintClaim('Mistral AI lags OpenAI'),
};

describe('resolveBrief', () => {
  it('reports mentions with their text, layer and LSP range', () => {
    const report = resolve('The EU.\n\nNvidia and [the palace]{.actor ref=elysee}');
    expect(report.path).toBe('brief.md');
    expect(report.mentions).toEqual([
      { kind: 'actor', id: 'european-union', text: 'EU', layer: 'cross-cutting', explicit: false, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } } },
      { kind: 'actor', id: 'nvidia', text: 'Nvidia', layer: 'infrastructure', explicit: false, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } } },
      { kind: 'actor', id: 'elysee', text: 'the palace', layer: 'economic-value', explicit: true, range: { start: { line: 2, character: 12 }, end: { line: 2, character: 22 } } },
    ]);
  });

  it('reports claims with nulls for missing attributes, ranges and fingerprints; unchecked without a review file', () => {
    const report = resolve(BRIEF);
    expect(report.claims.map((c) => [c.id, c.status, c.layer, c.layerSource])).toEqual([
      ['infra', 'unchecked', 'infrastructure', 'inferred'],
      ['lag', 'unchecked', 'models', 'explicit'],
      // Europe, a cross-cutting mention, is evidence too: the layer is inferred, not defaulted.
      ['grow', 'unchecked', 'cross-cutting', 'inferred'],
      [null, 'unchecked', 'cross-cutting', 'none'],
    ]);
    expect(report.claims[0]).toEqual({
      id: 'infra',
      text: 'Nvidia builds data centres',
      layer: 'infrastructure',
      layerSource: 'inferred',
      kind: 'factual',
      kindSource: 'explicit',
      actor: null,
      about: [],
      stance: null,
      sources: ['@r1'],
      status: 'unchecked',
      range: { start: { line: 2, character: 1 }, end: { line: 2, character: 27 } },
      spanRange: { start: { line: 2, character: 0 }, end: { line: 2, character: '[Nvidia builds data centres]{.claim #infra kind=factual source=@r1}'.length } },
      idRange: { start: { line: 2, character: '[Nvidia builds data centres]{.claim #'.length }, end: { line: 2, character: '[Nvidia builds data centres]{.claim #infra'.length } },
      fingerprint: FP.infra,
    });
    expect(report.claims[1]).toMatchObject({ actor: 'mistral-ai', about: ['foundation-model'], stance: 'con', kind: 'factual', kindSource: 'inferred' });
    expect(report.refs.map((r) => [r.kind, r.id])).toEqual([
      ['actor', 'mistral-ai'],
      ['concept', 'foundation-model'],
    ]);
    expect(report.reviewDiagnostics).toEqual([]);
  });

  it('takes statuses from the review file; a record whose fingerprint no longer matches is stale', () => {
    const review = `version: 1
claims:
  infra:
    status: verified
    reviewer: ana
    fingerprint: ${FP.infra}
  lag:
    status: verified
    reviewer: bo
    fingerprint: 00000000
  grow:
    status: retracted
`;
    const report = resolve(BRIEF, review);
    expect(report.claims.map((c) => [c.id, c.status])).toEqual([
      ['infra', 'verified'],
      ['lag', 'stale'],
      ['grow', 'retracted'],
      [null, 'unchecked'],
    ]);
    expect(report.claims[0]!.review).toEqual({ status: 'verified', reviewer: 'ana', fingerprint: FP.infra });
    expect(report.claims[3]!.review).toBeUndefined();
    const stale = report.diagnostics.find((d) => d.code === 'stale-claim')!;
    expect(stale).toEqual({
      severity: 'warning',
      code: 'stale-claim',
      message: 'This claim was verified by bo, but its wording has changed since: review it again.',
      range: report.claims[1]!.range,
      data: { claimId: 'lag' },
    });
  });

  it('is not stale without a fingerprint, nor for an unchecked record', () => {
    const review = 'version: 1\nclaims:\n  infra: {status: disputed}\n  lag: {status: unchecked, fingerprint: 00000000}\n';
    expect(resolve(BRIEF, review).claims.map((c) => c.status)).toEqual(['disputed', 'unchecked', 'unchecked', 'unchecked']);
  });

  it('warns about disputed claims, with the reviewer and note', () => {
    const review = 'version: 1\nclaims:\n  infra: {status: disputed, reviewer: cy, note: Figures are from 2019}\n  grow: {status: disputed}\n';
    const disputed = resolve(BRIEF, review).diagnostics.filter((d) => d.code === 'disputed-claim');
    expect(disputed.map((d) => [d.severity, d.message, d.data])).toEqual([
      ['warning', 'This claim is disputed by cy: Figures are from 2019', { claimId: 'infra' }],
      ['warning', 'This claim is disputed.', { claimId: 'grow' }],
    ]);
  });

  it('reports review records without a claim as orphans, at the record key', () => {
    const review = 'version: 1\nclaims:\n  infra: {status: verified}\n  renamed: {status: verified}\n';
    const report = resolve(BRIEF, review);
    expect(report.reviewDiagnostics).toEqual([
      { severity: 'warning', code: 'orphan-review-record', message: 'No claim with id "renamed" in the brief: it was renamed or removed.', start: review.indexOf('renamed'), end: review.indexOf('renamed') + 7 },
    ]);
  });

  it('passes on the review file\'s own problems', () => {
    const report = resolve(BRIEF, 'version: 1\nclaims:\n  infra: {status: maybe}\n');
    expect(report.reviewDiagnostics.map((d) => d.code)).toEqual(['invalid-review-file']);
    expect(report.claims.map((c) => c.status)).toEqual(['unchecked', 'unchecked', 'unchecked', 'unchecked']);
  });

  it('reports a claim id used twice, at the second span', () => {
    const text = '[A]{.claim #same}\n\n[B]{.claim #same}';
    const report = resolve(text);
    expect(report.diagnostics.filter((d) => d.code === 'duplicate-claim-id')).toEqual([
      {
        severity: 'error',
        code: 'duplicate-claim-id',
        message: 'The claim id "same" is used more than once in this brief.',
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 17 } },
        data: { claimId: 'same' },
      },
    ]);
  });

  it('sorts diagnostics by position and converts them to ranges', () => {
    const report = resolveBrief('b.md', analyzeDocument('[x]{.claim}\n\n[y]{.actor ref=nobody} [z]{.claim #a kind=guess}', teamGlossary(), { requireSource: false, suggestClaims: 'off' }), undefined);
    expect(report.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([
      ['claim-without-id', 0, 0],
      ['unknown-id', 2, 15],
      ['invalid-attribute-value', 2, '[y]{.actor ref=nobody} [z]{.claim #a kind='.length],
    ]);
  });

  it('lists suggestions with their text on one line', () => {
    const report = resolve('Europe should build\nmore data centres.');
    expect(report.suggestions).toEqual([
      { text: 'Europe should build more data centres.', range: { start: { line: 0, character: 0 }, end: { line: 1, character: 18 } }, kind: 'normative', layer: 'infrastructure', confidence: 0.83, layerSource: 'inferred', likely: false },
    ]);
  });
});
