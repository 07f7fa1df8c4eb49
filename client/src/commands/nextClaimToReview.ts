import type { ClaimItem } from '../../../server/src/protocol';
import type { ClaimStatus, Position } from '../../../server/src/core/types';
import { comparePositions } from './claimAt';

/** What "next unchecked claim" visits: unchecked claims first, then stale ones (reviewed, then reworded). */
const REVIEW_QUEUE: readonly ClaimStatus[] = ['unchecked', 'stale'];

/**
 * The next claim to review. For each status of REVIEW_QUEUE in turn: the first such claim of the
 * brief that starts after the position, wrapping around to the brief's first; else the first
 * such claim elsewhere in the workspace.
 *
 * @param here the brief's claims (empty when no brief is open)
 * @param position the cursor; undefined starts from the top of the brief
 * @param elsewhere claims of other briefs, in the order to visit them
 */
export function nextClaimToReview(here: readonly ClaimItem[], position: Position | undefined, elsewhere: readonly ClaimItem[]): ClaimItem | undefined {
  for (const status of REVIEW_QUEUE) {
    const inBrief = here.filter((c) => c.status === status).sort((a, b) => comparePositions(a.range.start, b.range.start));
    const next = (position && inBrief.find((c) => comparePositions(c.range.start, position) > 0)) || inBrief[0];
    if (next) return next;
    const other = elsewhere.find((c) => c.status === status);
    if (other) return other;
  }
  return undefined;
}
