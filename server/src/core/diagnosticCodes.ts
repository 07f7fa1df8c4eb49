// Stable diagnostic codes (DESIGN.md section 5). Renaming one breaks users' CI filters: don't.
export const Codes = {
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
} as const;

export type Code = (typeof Codes)[keyof typeof Codes];
