import type { ClaimItem } from '../../../server/src/protocol';
import type { Position, Range } from '../../../server/src/core/types';

/** The claim whose span (`[` to `}`) holds the position, ends included. */
export function claimAt(claims: readonly ClaimItem[], position: Position): ClaimItem | undefined {
  return claims.find((c) => contains(c.spanRange, position));
}

function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
