import { describe, expect, it } from 'vitest';
import { maskText } from '../../../../server/src/core/markdown/maskText';

const Z = '\u0000';

describe('maskText', () => {
  it('returns the text itself when there is nothing to mask', () => {
    expect(maskText('plain words', [])).toBe('plain words');
  });

  it('blanks each range and keeps every offset in place', () => {
    const text = 'keep [this]{.notag} and that';
    const out = maskText(text, [5, 11, 11, 19]);
    expect(out).toHaveLength(text.length);
    expect(out).toBe(`keep ${Z.repeat(14)} and that`);
  });

  it('takes ranges in any order, overlapping or nested, and ranges at either end', () => {
    const text = 'abcdefghij';
    expect(maskText(text, [6, 8, 0, 2, 1, 4, 7, 7])).toBe(`${Z.repeat(4)}ef${Z.repeat(2)}ij`);
    expect(maskText(text, [8, 10, 2, 3])).toBe(`ab${Z}defgh${Z.repeat(2)}`);
    expect(maskText(text, [0, 10])).toBe(Z.repeat(10));
  });
});
