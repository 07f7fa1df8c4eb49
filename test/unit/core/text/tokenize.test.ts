import { describe, expect, it } from 'vitest';
import { hashRange, hashWord, TokenBuffer, tokenize, type Tokens } from '../../../../server/src/core/text/tokenize';

const raw = (t: Tokens) => Array.from({ length: t.count }, (_, i) => t.raw(i));
const used = (t: Tokens, a: ArrayLike<number>) => Array.from(a).slice(0, t.count);
const folded = (t: Tokens) => Array.from({ length: t.count }, (_, i) => t.folded(i));

describe('tokenize', () => {
  it('splits maximal runs of letters and digits, with offsets', () => {
    const t = tokenize("Europe's AI-Act (2024), Élysée!");
    expect(t.count).toBe(6);
    expect(raw(t)).toEqual(['Europe', 's', 'AI', 'Act', '2024', 'Élysée']);
    expect(used(t, t.starts)).toEqual([0, 7, 9, 12, 17, 24]);
    expect(used(t, t.ends)).toEqual([6, 8, 11, 15, 21, 30]);
    expect(folded(t)).toEqual(['europe', 's', 'ai', 'act', '2024', 'elysee']);
    expect(used(t, t.flags)).toEqual([3, 1, 3, 3, 5, 0]);
    expect(used(t, t.hashes).slice(0, 5)).toEqual(['europe', 's', 'ai', 'act', '2024'].map(hashWord));
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
    expect(used(t, t.starts)).toEqual([4, 8]);
  });

  it('reuses a buffer, growing it past its capacity, with the same words as a fresh one', () => {
    const buffer = new TokenBuffer(2);
    const long = 'alpha beta gamma delta epsilon zeta eta theta';
    const grown = tokenize(long, 0, long.length, buffer);
    expect(raw(grown)).toEqual(raw(tokenize(long)));
    expect(used(grown, grown.hashes)).toEqual(used(grown, tokenize(long).hashes));
    const again = tokenize('Two words', 0, 9, buffer);
    expect(again.count).toBe(2);
    expect(raw(again)).toEqual(['Two', 'words']);
    expect(used(again, again.flags)).toEqual([3, 1]);
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
