import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../../../server/src/core/analysis/analyzeDocument';
import { minimalEdit } from '../../../../server/src/core/text/minimalEdit';
import { applyEdit, prng } from '../../helpers';

/** True when `text` has a lone surrogate at `offset - 1` / `offset` (a pair cut in two). */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Reverses UTF-16 code units (not code points): only used to measure common ends. */
function reverse(text: string): string {
  return text.split('').reverse().join('');
}

/** Checks every property of the edit and returns it. */
function checked(before: string, after: string): TextEdit | undefined {
  const edit = minimalEdit(before, after);
  if (before === after) {
    expect(edit).toBeUndefined();
    return edit;
  }
  expect(edit).toBeDefined();
  const { start, end, text } = edit!;
  expect(0 <= start && start <= end && end <= before.length).toBe(true);
  expect(applyEdit(before, edit!)).toBe(after);
  // Only the changed middle is replaced: what is kept on both sides is the same in both texts.
  expect(after.startsWith(before.slice(0, start))).toBe(true);
  expect(after.endsWith(before.slice(end))).toBe(true);
  expect(text).toBe(after.slice(start, after.length - (before.length - end)));
  for (const offset of [start, end]) expect(splitsPair(before, offset)).toBe(false);
  for (const offset of [start, start + text.length]) expect(splitsPair(after, offset)).toBe(false);
  return edit;
}

describe('minimalEdit', () => {
  it('returns undefined for identical texts, empty ones too', () => {
    expect(minimalEdit('', '')).toBeUndefined();
    expect(minimalEdit('same text\n', 'same text\n')).toBeUndefined();
    expect(minimalEdit('😀', '😀')).toBeUndefined();
  });

  it('replaces only the changed middle, keeping the common start and end', () => {
    expect(checked('version: 1\nconcepts: []\n', 'version: 1\nconcepts: [a]\n')).toEqual({ start: 22, end: 22, text: 'a' });
    expect(checked('the red fox', 'the blue fox')).toEqual({ start: 4, end: 7, text: 'blue' });
    expect(checked('abc', 'xyz')).toEqual({ start: 0, end: 3, text: 'xyz' });
  });

  it('inserts at the start, at the end and in an empty text', () => {
    expect(checked('world', 'hello world')).toEqual({ start: 0, end: 0, text: 'hello ' });
    expect(checked('hello', 'hello world')).toEqual({ start: 5, end: 5, text: ' world' });
    expect(checked('', 'new file\n')).toEqual({ start: 0, end: 0, text: 'new file\n' });
  });

  it('deletes at the start, in the middle, at the end and everything', () => {
    expect(checked('hello world', 'world')).toEqual({ start: 0, end: 6, text: '' });
    expect(checked('a-b-c', 'a-c')).toEqual({ start: 2, end: 4, text: '' });
    expect(checked('hello world', 'hello')).toEqual({ start: 5, end: 11, text: '' });
    expect(checked('gone', '')).toEqual({ start: 0, end: 4, text: '' });
  });

  it('keeps the prefix and suffix when they could overlap (repeated text)', () => {
    // "aaa" → "aaaa": the prefix takes all of `before`, nothing is counted twice.
    expect(checked('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(checked('aaaa', 'aaa')).toEqual({ start: 3, end: 4, text: '' });
    expect(checked('abab', 'ababab')).toEqual({ start: 4, end: 4, text: 'ab' });
  });

  it('never splits a surrogate pair (emoji sharing a high surrogate)', () => {
    // 😀 is D83D DE00, 😁 is D83D DE01: the common high surrogate is not kept apart.
    expect(checked('x😀y', 'x😁y')).toEqual({ start: 1, end: 3, text: '😁' });
    expect(checked('😀', '😁')).toEqual({ start: 0, end: 2, text: '😁' });
    // 🙂 (D83D DE42) and 👂 (D83D DC42): same high surrogate at the end of the text.
    expect(checked('a🙂', 'a👂')).toEqual({ start: 1, end: 3, text: '👂' });
    // 🀀 (D83C DC00) and 𐐀 (D801 DC00): the same low surrogate is not kept as a common end.
    expect(checked('🀀z', '𐐀z')).toEqual({ start: 0, end: 2, text: '𐐀' });
    expect(checked('a😀😀b', 'a😀b')).toEqual({ start: 3, end: 5, text: '' });
    expect(checked('😀', '😀😀')).toEqual({ start: 2, end: 2, text: '😀' });
  });

  it('handles CRLF and astral text around the change', () => {
    checked('line one\r\nline two\r\n', 'line one\r\nline 2\r\n');
    checked('🇫🇷 France\r\n', '🇫🇷🇪🇺 France\r\n');
    checked('👩‍👩‍👧 family', '👩‍👩‍👦 family');
  });

  it('holds for a few thousand random pairs (seeded)', () => {
    const random = prng(20240611);
    // Small alphabet so prefixes and suffixes are often shared; emoji share their high surrogate.
    const alphabet = ['a', 'b', '\n', '\r\n', '😀', '😁', '🙂', '🀀', '𐐀', 'é', ' '];
    const word = (max: number) => {
      let out = '';
      const n = Math.floor(random() * max);
      for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)]!;
      return out;
    };
    for (let i = 0; i < 4000; i++) {
      const before = word(12);
      let after: string;
      const mode = random();
      if (mode < 0.25) after = word(12);
      else if (mode < 0.5) after = before;
      else {
        // Change one random region of `before`, cut at code point boundaries.
        const points = [...before];
        const a = Math.floor(random() * (points.length + 1));
        const b = a + Math.floor(random() * (points.length - a + 1));
        after = points.slice(0, a).join('') + word(4) + points.slice(b).join('');
      }
      checked(before, after);
      // Minimal: the kept sides are the longest common ones, shortened only to keep a pair whole.
      const edit = minimalEdit(before, after);
      if (edit) {
        const prefix = commonPrefix(before, after);
        const suffix = commonPrefix(reverse(before.slice(prefix)), reverse(after.slice(prefix)));
        expect(prefix - edit.start).toBeLessThanOrEqual(1);
        expect(suffix - (before.length - edit.end)).toBeLessThanOrEqual(1);
      }
    }
  });
});
