import { remembered } from './remembered';

// Folding used by matching: diacritics, ligatures, typographic apostrophes and dashes.

const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

// Letters that NFD does not decompose but that writers type without the mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', þ: 'th', Þ: 'TH',
};
const SPECIAL_RE = /[ßæÆœŒøØłŁđĐıþÞ]/g;

/** Removes diacritics, keeping case: `Élysée` → `Elysee`. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
}

/** Case- and diacritic-insensitive form of a token. */
export function foldToken(raw: string, ascii: boolean): string {
  return ascii ? raw.toLowerCase() : remembered(lowerFolds, raw, (word) => unmarkWord(word).toLowerCase());
}

/** foldDiacritics of a word, kept for the next time the word comes (`remembered`). */
export function unmarkWord(word: string): string {
  return remembered(unmarked, word, foldDiacritics);
}

// A word beyond ASCII is folded once: normalising it cost each of its occurrences about 1 µs,
// nearly half of the analysis of a French or German brief.
const lowerFolds = new Map<string, string>();
const unmarked = new Map<string, string>();

/** True for characters that belong to a word: letters, digits and combining marks. */
export function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  // Typographic quotes and dashes are common in prose: each code unit is tested once, then looked up.
  let known = NON_ASCII_SEEN[code]!;
  if (known === 0) NON_ASCII_SEEN[code] = known = NON_ASCII_WORD.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
// Surrogate halves count as word characters so that astral letters stay inside one token.
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}\ud800-\udfff]/u;
/** Per UTF-16 code unit: 0 not yet tested, 1 word character, 2 not. */
const NON_ASCII_SEEN = new Uint8Array(0x10000);

const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Normalises the characters between two words. Runs that are only spaces, at most one line break,
 * dashes or emphasis markers count as a plain space; anything else is kept (folded) and must match.
 */
export function foldGap(gap: string): string | undefined {
  const kind = gapKind(gap, 0, gap.length);
  if (kind !== OTHER_GAP) return kind === PLAIN_GAP ? ' ' : undefined;
  return gap.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(/\s+/g, ' ');
}

export const PLAIN_GAP = 0;
export const OTHER_GAP = 1;
export const BREAKING_GAP = 2;

/** What foldGap makes of `text[from, to)`, found without slicing it: a plain space, something else, or a break (undefined). */
export function gapKind(text: string, from: number, to: number): number {
  let newlines = 0;
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++newlines > 1) return BREAKING_GAP;
    } else if (c === 0) {
      return BREAKING_GAP; // a masked region (code, markup) breaks a phrase
    } else if (!(c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 45 || c === 42 || c === 95 || c === 126 || c === 62 || (c >= 0x2010 && c <= 0x2015))) {
      plain = false;
    }
  }
  return plain ? PLAIN_GAP : OTHER_GAP;
}

/** Exactly the code units that `/\s/` matches (ECMAScript WhiteSpace and LineTerminator), by char code: `text[i]` would make a string per character. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** White space folded to single spaces and trimmed, as a label is written. Most texts have nothing to fold: they are returned as they are, not copied. */
export function squash(text: string): string {
  return isSquashed(text) ? text : foldSpaces(text).trim();
}

/**
 * `text.replace(/\s+/g, ' ')`, by char code. On slices of a large two-byte brief the regex was
 * slow twice over: ten times slower to run, and its result cost as much again when first read.
 */
export function foldSpaces(text: string): string {
  let parts: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhiteSpace(c)) continue;
    let end = i + 1;
    while (end < text.length && isWhiteSpace(text.charCodeAt(end))) end++;
    if (c === 32 && end === i + 1) continue; // a single space stays as it is
    (parts ??= []).push(text.slice(from, i));
    from = end;
    i = end - 1;
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join(' ');
}

function isSquashed(text: string): boolean {
  let previous = 32; // as if a space came before: a leading space is not squashed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? previous === 32 : isWhiteSpace(c)) return false;
    previous = c;
  }
  return previous !== 32;
}
