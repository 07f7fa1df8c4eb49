import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../server/src/core/tokenize';

describe('tokenize', () => {
  it('splits maximal runs of letters and digits, with offsets', () => {
    const t = tokenize("Europe's AI-Act (2024), Élysée!");
    expect(t.count).toBe(6);
    expect(t.raw).toEqual(['Europe', 's', 'AI', 'Act', '2024', 'Élysée']);
    expect(t.starts).toEqual([0, 7, 9, 12, 17, 24]);
    expect(t.ends).toEqual([6, 8, 11, 15, 21, 30]);
    expect(t.folded).toEqual(['europe', 's', 'ai', 'act', '2024', 'elysee']);
    expect([...t.ascii]).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it('keeps astral characters and combining marks inside one token', () => {
    const t = tokenize('a😀b e\u0301t');
    expect(t.raw).toEqual(['a😀b', 'e\u0301t']);
    expect(t.folded).toEqual(['a😀b', 'et']);
  });

  it('tokenizes a sub-range only', () => {
    const t = tokenize('one two three', 4, 9);
    expect(t.raw).toEqual(['two', 't']);
    expect(t.starts).toEqual([4, 8]);
  });

  it('finds nothing in empty or punctuation-only text', () => {
    expect(tokenize('').count).toBe(0);
    expect(tokenize(' .,;—’\u0000\n').count).toBe(0);
  });
});
