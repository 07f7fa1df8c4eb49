import { describe, expect, it } from 'vitest';
import { hashRange, hashWord, tokenize, type Tokens } from '../../../server/src/core/tokenize';

const raw = (t: Tokens) => Array.from({ length: t.count }, (_, i) => t.raw(i));
const folded = (t: Tokens) => Array.from({ length: t.count }, (_, i) => t.folded(i));

describe('tokenize', () => {
  it('splits maximal runs of letters and digits, with offsets', () => {
    const t = tokenize("Europe's AI-Act (2024), Élysée!");
    expect(t.count).toBe(6);
    expect(raw(t)).toEqual(['Europe', 's', 'AI', 'Act', '2024', 'Élysée']);
    expect(t.starts).toEqual([0, 7, 9, 12, 17, 24]);
    expect(t.ends).toEqual([6, 8, 11, 15, 21, 30]);
    expect(folded(t)).toEqual(['europe', 's', 'ai', 'act', '2024', 'elysee']);
    expect(t.flags).toEqual([3, 1, 3, 3, 5, 0]);
    expect(t.hashes.slice(0, 5)).toEqual(['europe', 's', 'ai', 'act', '2024'].map(hashWord));
    expect(t.hashes[5]).toBe(0);
  });

  it('keeps astral characters and combining marks inside one token', () => {
    const t = tokenize('a😀b e\u0301t');
    expect(raw(t)).toEqual(['a😀b', 'e\u0301t']);
    expect(folded(t)).toEqual(['a😀b', 'et']);
  });

  it('tokenizes a sub-range only', () => {
    const t = tokenize('one two three', 4, 9);
    expect(raw(t)).toEqual(['two', 't']);
    expect(t.starts).toEqual([4, 8]);
  });

  it('finds nothing in empty or punctuation-only text', () => {
    expect(tokenize('').count).toBe(0);
    expect(tokenize(' .,;—’\u0000\n').count).toBe(0);
  });

  it('hashes the lower-cased word as hashWord hashes the folded string', () => {
    expect(hashRange('x EU-Act', 2, 8, true)).toBe(hashWord('eu-act'));
    expect(hashRange('x EU-Act', 2, 8, false)).toBe(hashWord('EU-Act'));
    expect(hashWord('europe')).not.toBe(hashWord('europa'));
  });
});
