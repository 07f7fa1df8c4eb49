import { describe, expect, it } from 'vitest';
import { RestartBudget } from '../../../client/src/restartBudget';

const MINUTE = 60_000;

describe('RestartBudget', () => {
  it('numbers five restarts within three minutes, then gives up', () => {
    const budget = new RestartBudget();
    const attempts = [0, 10, 20, 30, 40, 50].map((s) => budget.crashed(s * 1000));
    expect(attempts).toEqual([1, 2, 3, 4, 5, undefined]);
  });

  it('forgets crashes older than the window', () => {
    const budget = new RestartBudget(5, 3 * MINUTE);
    for (let i = 0; i < 5; i++) budget.crashed(i * 1000);
    // Three minutes after the third crash, only the fourth and the fifth still count.
    expect(budget.crashed(3 * MINUTE + 2000)).toBe(3);
  });

  it('starts afresh after a restart the user asked for', () => {
    const budget = new RestartBudget(2, MINUTE);
    budget.crashed(0);
    budget.crashed(1);
    expect(budget.crashed(2)).toBeUndefined();
    budget.reset();
    expect(budget.crashed(3)).toBe(1);
  });
});
