import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldGap, foldSpaces, foldToken, isWhiteSpace, isWordCode, squash, unmarkWord } from '../../../../server/src/core/text/foldText';

describe('foldDiacritics', () => {
  it('removes combining marks and keeps case', () => {
    expect(foldDiacritics('Élysée')).toBe('Elysee');
    expect(foldDiacritics('autonomie stratégique')).toBe('autonomie strategique');
    expect(foldDiacritics('ÇA Ñandú Øresund')).toBe('CA Nandu Oresund');
  });

  it('folds letters that NFD leaves alone', () => {
    expect(foldDiacritics('Straße')).toBe('Strasse');
    expect(foldDiacritics('Œuvre æther Łódź đ ı þ Þ')).toBe('OEuvre aether Lodz d i th TH');
  });

  it('removes a separate combining accent (decomposed input)', () => {
    expect(foldDiacritics('E\u0301lyse\u0301e')).toBe('Elysee');
  });

  it('leaves plain ASCII untouched', () => {
    expect(foldDiacritics('Plain ASCII 123')).toBe('Plain ASCII 123');
  });
});

describe('foldToken', () => {
  it('lower-cases ASCII words without other work', () => {
    expect(foldToken('OpenAI', true)).toBe('openai');
  });

  it('lower-cases and removes diacritics from other words', () => {
    expect(foldToken('ÉLYSÉE', false)).toBe('elysee');
    expect(foldToken('Straße', false)).toBe('strasse');
  });
});

describe('unmarkWord and the folds it remembers', () => {
  it('keeps the case, and gives the same fold the next time a word comes', () => {
    expect(unmarkWord('Élysée')).toBe('Elysee');
    expect(unmarkWord('Élysée')).toBe('Elysee');
    expect(foldToken('Élysée', false)).toBe('elysee');
    expect(foldToken('ÉLYSÉE', false)).toBe('elysee');
  });

  it('stays right past the number of words it keeps', () => {
    // More distinct words than the maps hold: each is emptied and filled again on the way.
    for (let i = 0; i < 45_000; i++) expect(foldToken(`Zürich${i}`, false)).toBe(`zurich${i}`);
    expect(unmarkWord('Ærø')).toBe('AEro');
    expect(foldToken('Ærø', false)).toBe('aero');
  });
});

describe('isWordCode', () => {
  it('accepts ASCII letters and digits only among ASCII', () => {
    const word = [...'azAZ09'].map((c) => isWordCode(c.charCodeAt(0)));
    const other = [...' -_.\'’"[]{}\n\t@#'].map((c) => isWordCode(c.charCodeAt(0)));
    expect(word).toEqual([true, true, true, true, true, true]);
    expect(other.every((b) => b === false)).toBe(true);
  });

  it('accepts letters, digits and marks beyond ASCII, and surrogate halves', () => {
    expect(isWordCode('é'.charCodeAt(0))).toBe(true);
    expect(isWordCode('\u0301'.charCodeAt(0))).toBe(true);
    expect(isWordCode('٣'.charCodeAt(0))).toBe(true);
    expect(isWordCode('😀'.charCodeAt(0))).toBe(true);
    expect(isWordCode('😀'.charCodeAt(1))).toBe(true);
  });

  it('rejects typographic punctuation and spaces', () => {
    for (const c of ['\u2019', '\u2014', '\u00a0', '\u201c', '€']) expect(isWordCode(c.charCodeAt(0)), c).toBe(false);
  });
});

describe('foldGap', () => {
  it('turns spaces, one line break, dashes and emphasis markers into one space', () => {
    expect(foldGap(' ')).toBe(' ');
    expect(foldGap('\n')).toBe(' ');
    expect(foldGap(' \r\n  ')).toBe(' ');
    expect(foldGap('-')).toBe(' ');
    expect(foldGap(' – ')).toBe(' ');
    expect(foldGap('\u2014')).toBe(' ');
    expect(foldGap('** _')).toBe(' ');
    expect(foldGap('\n> ')).toBe(' ');
    expect(foldGap('\u00a0')).toBe(' ');
  });

  it('refuses a blank line and masked characters', () => {
    expect(foldGap('\n\n')).toBeUndefined();
    expect(foldGap(' \n \n ')).toBeUndefined();
    expect(foldGap('\u0000')).toBeUndefined();
    expect(foldGap(' \u0000 ')).toBeUndefined();
  });

  it('keeps other punctuation, folding apostrophes, dashes and white space', () => {
    expect(foldGap('.')).toBe('.');
    expect(foldGap('’')).toBe("'");
    expect(foldGap("'")).toBe("'");
    expect(foldGap(' & ')).toBe(' & ');
    expect(foldGap('.\u2013\t')).toBe('.- ');
  });
});

describe('squash and isWhiteSpace', () => {
  it('fold white space as /\\s+/ → " " and trim would, returning a text with nothing to fold as it is', () => {
    const texts = ['', ' ', 'one', 'one two', ' one', 'one ', 'one  two', 'one\ttwo', 'one\ntwo', 'a\u00a0b', 'a\u2003 b', ' a  b\n', 'a\ufeffb', 'x y z'];
    for (const t of texts) expect(squash(t)).toBe(t.replace(/\s+/g, ' ').trim());
    const kept = 'claims with single spaces only';
    expect(squash(kept)).toBe(kept);
    for (let c = 0; c < 0x3100; c++) expect(isWhiteSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
    expect(isWhiteSpace(0xfeff)).toBe(true);
  });
});

describe('foldSpaces', () => {
  it('folds every run of white space to one space, as /\s+/g → " " does, without trimming', () => {
    const texts = ['', ' ', '  ', 'one', 'one two', ' one', 'one ', 'one  two', 'one\ttwo', 'one\n two\n', 'a\u00a0b', 'a \u2003b', '\r\n', 'x y z'];
    for (const t of texts) expect(foldSpaces(t)).toBe(t.replace(/\s+/g, ' '));
  });

  it('agrees with the regex on random texts of spaces, breaks and letters', () => {
    const alphabet = [' ', ' ', '\n', '\t', '\u00a0', '\u3000', 'a', 'b', 'é', '.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length;
    for (let n = 0; n < 2000; n++) {
      const t = Array.from({ length: n % 23 }, () => alphabet[next()]).join('');
      expect(foldSpaces(t)).toBe(t.replace(/\s+/g, ' '));
    }
  });
});
