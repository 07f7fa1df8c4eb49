import { describe, expect, it } from 'vitest';
import { byCountThenLabel, compareLabels } from '../../../../server/src/core/text/compareLabels';

const sorted = (labels: string[]) => [...labels].sort(compareLabels);

describe('compareLabels', () => {
  it('ignores case first, then puts the capital first', () => {
    expect(sorted(['beta', 'Alpha', 'alpha', 'Gamma'])).toEqual(['Alpha', 'alpha', 'beta', 'Gamma']);
  });

  it('sorts a letter with a diacritic beside the plain letter, not after z', () => {
    expect(sorted(['zeta', 'eda', 'Écosystème', 'ecosystem'])).toEqual(['ecosystem', 'Écosystème', 'eda', 'zeta']);
  });

  it('puts a prefix before the longer label', () => {
    expect(sorted(['AI Act', 'AI', 'AI Office'])).toEqual(['AI', 'AI Act', 'AI Office']);
  });

  it('is a total order: equal only for equal strings, and antisymmetric', () => {
    const labels = ['a', 'A', 'á', 'Á', 'ab', 'aB', 'b', 'ä', 'é', 'e', 'E', ''];
    for (const x of labels) {
      for (const y of labels) {
        const c = compareLabels(x, y);
        expect(Math.sign(c) + Math.sign(compareLabels(y, x)), `${x} ~ ${y}`).toBe(0);
        if (x === y) expect(c).toBe(0);
        else expect(c).not.toBe(0);
      }
    }
  });
});

describe('byCountThenLabel', () => {
  it('puts the most counted first, and equal counts in the order of compareLabels', () => {
    const items = [
      { label: 'zeta', count: 2 },
      { label: 'Écosystème', count: 5 },
      { label: 'beta', count: 2 },
      { label: 'ecosystem', count: 5 },
      { label: 'alpha', count: 1 },
    ];
    expect([...items].sort(byCountThenLabel).map((i) => i.label)).toEqual(['ecosystem', 'Écosystème', 'beta', 'zeta', 'alpha']);
  });
});
