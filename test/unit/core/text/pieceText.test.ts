import { describe, expect, it } from 'vitest';
import { PieceText } from '../../../../server/src/core/text/pieceText';
import { prng } from '../../helpers';

describe('PieceText', () => {
  it('reads as the string it stands for after any sequence of edits: slices, characters and the whole', () => {
    const rand = prng(0x7e47);
    const alphabet = ['a', 'b', ' ', '\n', '\r\n', 'é', '’', '😀', 'word ', ''];
    let text = 'The first text, with a curly ’ quote.\n'.repeat(50);
    let pieces = PieceText.of(text);
    for (let step = 0; step < 600; step++) {
      const start = Math.floor(rand() * (text.length + 1));
      const end = Math.min(text.length, start + Math.floor(rand() * (rand() < 0.1 ? 400 : 4)));
      const insert = Array.from({ length: Math.floor(rand() * 4) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      text = text.slice(0, start) + insert + text.slice(end);
      pieces = pieces.edit(start, end, insert);
      expect(pieces.length).toBe(text.length);
      for (let k = 0; k < 5; k++) {
        const a = Math.floor(rand() * (text.length + 1));
        const b = a + Math.floor(rand() * 300);
        expect(pieces.slice(a, b)).toBe(text.slice(a, b));
        expect(pieces.charCodeAt(a)).toEqual(text.charCodeAt(a));
      }
      expect(pieces.slice(-7)).toBe(text.slice(-7));
      // Now and then the whole text is asked for, and the pieces start again from it.
      if (step % 97 === 0) expect(pieces.toString()).toBe(text);
    }
    expect(pieces.toString()).toBe(text);
    expect(pieces.slice()).toBe(text);
  });

  it('clamps an edit outside the text, as a string edit would', () => {
    const pieces = PieceText.of('abc').edit(5, 9, 'X').edit(-3, 0, 'Y').edit(2, 1, 'Z');
    expect(pieces.toString()).toBe('YaZbcX');
    expect(pieces.charCodeAt(99)).toBeNaN();
    expect(PieceText.of('abc').edit(0, 3, '').toString()).toBe('');
  });
});
