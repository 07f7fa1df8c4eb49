import type { ClaimItem } from '../../../server/src/protocol';
import type { ReviewStatus } from '../../../server/src/core/types';

export interface StatusChoice {
  status: ReviewStatus;
  label: string;
  description?: string;
  detail: string;
}

const CHOICES: readonly StatusChoice[] = [
  { status: 'verified', label: '$(pass) Verify', detail: 'The claim holds: say what you checked it against.' },
  { status: 'disputed', label: '$(error) Dispute', detail: 'The claim is wrong or unsupported: say why.' },
  { status: 'retracted', label: '$(circle-slash) Retract', detail: 'The claim is withdrawn from the brief.' },
  { status: 'unchecked', label: '$(circle-outline) Reset to unchecked', detail: 'Back to the queue, keeping the note and evidence.' },
];

/** The review decisions, the recorded one marked as current (and as reworded since, when stale). */
export function statusChoices(claim: Pick<ClaimItem, 'status' | 'review'>): StatusChoice[] {
  const recorded = claim.review?.status ?? 'unchecked';
  return CHOICES.map((choice) =>
    choice.status === recorded ? { ...choice, description: claim.status === 'stale' ? 'current, but the wording has changed since' : 'current' } : choice,
  );
}
