import { describe, expect, it } from 'vitest';
import { hashWord } from '../../../../server/src/core/text/tokenize';
import { WordHashSet } from '../../../../server/src/core/text/wordHashSet';

describe('WordHashSet', () => {
  it('holds exactly the hashes it was made with', () => {
    const words = 'of for on de the and van von'.split(' ');
    const set = new WordHashSet(words.map(hashWord));
    for (const w of words) expect(set.has(hashWord(w))).toBe(true);
    for (const w of ['off', 'fo', 'them', 'policy', '']) expect(set.has(hashWord(w))).toBe(false);
  });

  it('finds every member of a large set, colliding slots included, and no other', () => {
    const members = Array.from({ length: 5000 }, (_, i) => (i * 2654435761) & 0x3fffffff);
    const set = new WordHashSet([...members, ...members.slice(0, 100)]);
    expect(members.every((h) => set.has(h))).toBe(true);
    const others = Array.from({ length: 5000 }, (_, i) => ((i + 7919) * 40503) & 0x3fffffff).filter((h) => !members.includes(h));
    expect(others.some((h) => set.has(h))).toBe(false);
  });

  it('is empty when made of nothing', () => {
    expect(new WordHashSet([]).has(hashWord('of'))).toBe(false);
  });
});
