import { describe, expect, it } from 'vitest';
import { Codes } from '../../../server/src/core/diagnosticCodes';
import { CLAIM_KINDS, CROSS_CUTTING, REVIEW_STATUSES, STANCES } from '../../../server/src/core/types';

describe('diagnostic codes', () => {
  it('are the stable, documented strings (renaming one breaks users\' CI filters)', () => {
    expect(Codes).toEqual({
      invalidGlossary: 'invalid-glossary',
      duplicateEntryId: 'duplicate-entry-id',
      contestedAlias: 'contested-alias',
      invalidReviewFile: 'invalid-review-file',
      orphanReviewRecord: 'orphan-review-record',
      unknownId: 'unknown-id',
      unknownTerm: 'unknown-term',
      unknownLayer: 'unknown-layer',
      invalidAttributeValue: 'invalid-attribute-value',
      unknownAttribute: 'unknown-attribute',
      malformedSpan: 'malformed-span',
      claimWithoutId: 'claim-without-id',
      duplicateClaimId: 'duplicate-claim-id',
      claimWithoutSource: 'claim-without-source',
      staleClaim: 'stale-claim',
      disputedClaim: 'disputed-claim',
      deprecatedWording: 'deprecated-wording',
      possibleClaim: 'possible-claim',
      unknownName: 'unknown-name',
      fileTooLarge: 'file-too-large',
    });
  });
});

describe('shared vocabularies', () => {
  it('match DESIGN.md', () => {
    expect(CROSS_CUTTING).toBe('cross-cutting');
    expect(REVIEW_STATUSES).toEqual(['unchecked', 'verified', 'disputed', 'retracted']);
    expect(CLAIM_KINDS).toEqual(['factual', 'statistical', 'predictive', 'normative']);
    expect(STANCES).toEqual(['pro', 'con', 'neutral']);
  });
});
