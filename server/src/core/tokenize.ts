import { foldToken, isWordCode } from './foldText';

/** Words of a text as parallel arrays: cheap to build and to walk for a 1 MB brief. */
export interface Tokens {
  count: number;
  starts: number[];
  ends: number[];
  /** The word as written. */
  raw: string[];
  /** Lower-cased, diacritics removed. */
  folded: string[];
  /** 1 when the word is pure ASCII (its case-kept fold is the raw text). */
  ascii: Uint8Array | number[];
}

/** Splits `text[from, to)` into maximal runs of letters and digits. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const raw: string[] = [];
  const folded: string[] = [];
  const ascii: number[] = [];
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let isAscii = true;
    let hasUpper = false;
    while (i < to) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (!isWordCode(c)) break;
        if (c <= 90 && c >= 65) hasUpper = true;
      } else {
        if (!isWordCode(c)) break;
        isAscii = false;
      }
      i++;
    }
    const word = text.slice(start, i);
    starts.push(start);
    ends.push(i);
    raw.push(word);
    // An ASCII word without capitals is its own fold: toLowerCase() costs ~100 ns a token.
    folded.push(isAscii && !hasUpper ? word : foldToken(word, isAscii));
    ascii.push(isAscii ? 1 : 0);
  }
  return { count: starts.length, starts, ends, raw, folded, ascii };
}
