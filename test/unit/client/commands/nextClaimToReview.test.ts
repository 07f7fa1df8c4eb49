import { describe, expect, it } from 'vitest';
import { nextClaimToReview } from '../../../../client/src/commands/nextClaimToReview';
import { OTHER, claim } from '../views/claimFixture';

const here = [claim(9), claim(2, { status: 'verified' }), claim(5), claim(7, { status: 'stale' })];
const elsewhere = [claim(1, { uri: OTHER, status: 'stale' }), claim(3, { uri: OTHER })];

describe('nextClaimToReview', () => {
  it('goes to the next unchecked claim after the cursor, in document order', () => {
    expect(nextClaimToReview(here, { line: 0, character: 0 }, elsewhere)?.id).toBe('c5');
    expect(nextClaimToReview(here, { line: 5, character: 40 }, elsewhere)?.id).toBe('c9');
  });

  it('moves on from a claim that starts at the cursor', () => {
    expect(nextClaimToReview(here, { line: 5, character: 10 }, elsewhere)?.id).toBe('c9');
  });

  it('wraps around to the brief’s first unchecked claim', () => {
    expect(nextClaimToReview(here, { line: 9, character: 40 }, elsewhere)?.id).toBe('c5');
    expect(nextClaimToReview([claim(4)], { line: 4, character: 30 }, elsewhere)?.id).toBe('c4');
  });

  it('starts from the top without a cursor', () => {
    expect(nextClaimToReview(here, undefined, elsewhere)?.id).toBe('c5');
  });

  it('goes to the workspace’s first unchecked claim when the brief has none, before any stale one', () => {
    const reviewed = here.filter((c) => c.status !== 'unchecked');
    expect(nextClaimToReview(reviewed, { line: 0, character: 0 }, elsewhere)).toMatchObject({ uri: OTHER, id: 'c3' });
    expect(nextClaimToReview([], undefined, elsewhere)).toMatchObject({ uri: OTHER, id: 'c3' });
  });

  it('then visits stale claims: the brief’s first, else the workspace’s', () => {
    const reviewed = here.filter((c) => c.status !== 'unchecked');
    const noUnchecked = elsewhere.filter((c) => c.status !== 'unchecked');
    expect(nextClaimToReview(reviewed, { line: 8, character: 0 }, noUnchecked)?.id).toBe('c7');
    expect(nextClaimToReview([claim(2, { status: 'verified' })], undefined, noUnchecked)).toMatchObject({ uri: OTHER, id: 'c1' });
  });

  it('finds nothing when every claim is settled', () => {
    expect(nextClaimToReview([claim(2, { status: 'verified' })], undefined, [claim(1, { uri: OTHER, status: 'retracted' })])).toBeUndefined();
  });

  it('counts claims without id as unchecked (the quick fix is one keystroke away)', () => {
    expect(nextClaimToReview([claim(3, { id: null })], undefined, [])?.text).toBe('Claim on line 3');
  });
});
