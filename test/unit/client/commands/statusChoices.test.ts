import { describe, expect, it } from 'vitest';
import { statusChoices } from '../../../../client/src/commands/statusChoices';

describe('statusChoices', () => {
  it('offers verify, dispute, retract and reset, marking the recorded status', () => {
    const choices = statusChoices({ status: 'disputed', review: { status: 'disputed' } });
    expect(choices.map((c) => [c.status, c.description])).toEqual([
      ['verified', undefined],
      ['disputed', 'current'],
      ['retracted', undefined],
      ['unchecked', undefined],
    ]);
  });

  it('marks an unreviewed claim as unchecked', () => {
    expect(statusChoices({ status: 'unchecked' }).find((c) => c.description)?.status).toBe('unchecked');
  });

  it('says when the recorded status no longer fits the wording (stale)', () => {
    expect(statusChoices({ status: 'stale', review: { status: 'verified' } }).find((c) => c.description)).toMatchObject({
      status: 'verified',
      description: 'current, but the wording has changed since',
    });
  });
});
