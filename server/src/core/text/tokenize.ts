import { foldToken, isWordCode } from './foldText';
import { growArray } from './growArray';

/**
 * Words of a text as parallel arrays: cheap to build and to walk for a 1 MB brief. Each ASCII
 * word carries a hash of its lower-cased form, so the matcher can pass over the words no phrase
 * starts with before any string is made; the strings are made on demand.
 */
export interface Tokens {
  count: number;
  /** Only the first `count` entries are the text's (the arrays may be a reused buffer's). */
  starts: Int32Array;
  ends: Int32Array;
  /** `hashWord` of the lower-cased word, for ASCII words (0 for others). */
  hashes: Int32Array;
  /** ASCII_WORD, HAS_CAPITAL and HAS_DIGIT bits. */
  flags: Uint8Array;
  /** The word as written. */
  raw(i: number): string;
  /** Lower-cased, diacritics removed. */
  folded(i: number): string;
}

export const ASCII_WORD = 1;
export const HAS_CAPITAL = 2;
export const HAS_DIGIT = 4;

const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
/** Hashes are kept to 30 bits so V8 stores them as small integers: no boxing in Maps and Sets. */
export const HASH_MASK = 0x3fffffff;

/** FNV-1a of `text[start, end)`, lower-casing ASCII capitals when `lower` is set (all 32 bits). */
export function fnv(text: string, start: number, end: number, lower: boolean): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (lower && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/** The 30-bit hash of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number, lower: boolean): number {
  return fnv(text, start, end, lower) & HASH_MASK;
}

/** `text[start, end)`, with ASCII capitals lower-cased when `lower` is set, equals `key[from, to)`. */
export function sameWord(text: string, start: number, end: number, key: string, lower: boolean, from = 0, to = key.length): boolean {
  if (to - from !== end - start) return false;
  for (let i = start, k = from; i < end; i++, k++) {
    let c = text.charCodeAt(i);
    if (lower && c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(k)) return false;
  }
  return true;
}

/** The hash of a whole word, as `hashRange` computes it. */
export function hashWord(word: string): number {
  return hashRange(word, 0, word.length, false);
}

/**
 * Typed arrays for the words of a text, grown as needed and reused from one text to the next.
 * The buffer is itself the Tokens of the last text it was filled with: a block's analysis makes
 * no object per block for its words.
 */
export class TokenBuffer implements Tokens {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  flags: Uint8Array;
  private text = '';

  constructor(capacity = 8) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** Room for at least `size` words, keeping the first `keep`. */
  reserve(size: number, keep: number): void {
    this.starts = growArray(this.starts, size, keep);
    this.ends = growArray(this.ends, size, keep);
    this.hashes = growArray(this.hashes, size, keep);
    this.flags = growArray(this.flags, size, keep);
  }

  /** Marks the buffer as holding `count` words of `text`. */
  hold(text: string, count: number): this {
    this.text = text;
    this.count = count;
    return this;
  }

  raw(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  folded(k: number): string {
    const word = this.raw(k);
    const flags = this.flags[k]!;
    // An ASCII word without capitals is its own fold: toLowerCase() costs ~100 ns a word.
    return (flags & (ASCII_WORD | HAS_CAPITAL)) === ASCII_WORD ? word : foldToken(word, (flags & ASCII_WORD) !== 0);
  }
}

/**
 * Splits `text[from, to)` into maximal runs of letters and digits. With a `buffer`, the words go
 * into its arrays, and the result (the buffer itself) is valid only until the buffer's next use (a
 * block's analysis makes one of these and drops it: reusing the arrays spares the collector ~150k
 * words per MB).
 */
export function tokenize(text: string, from = 0, to = text.length, buffer = new TokenBuffer()): Tokens {
  let { starts, ends, hashes, flags } = buffer;
  let count = 0;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let capital = false;
    let digit = false;
    let h = FNV_OFFSET;
    while (i < to) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (!isWordCode(c)) break;
        if (c <= 90 && c >= 65) {
          capital = true;
          c += 32;
        } else if (c <= 57) digit = true;
        h = Math.imul(h ^ c, FNV_PRIME);
      } else {
        if (!isWordCode(c)) break;
        ascii = false;
      }
      i++;
    }
    if (count === starts.length) {
      buffer.reserve(count + 1, count);
      ({ starts, ends, hashes, flags } = buffer);
    }
    starts[count] = start;
    ends[count] = i;
    hashes[count] = ascii ? h & HASH_MASK : 0;
    flags[count] = (ascii ? ASCII_WORD : 0) | (capital ? HAS_CAPITAL : 0) | (digit ? HAS_DIGIT : 0);
    count++;
  }
  return buffer.hold(text, count);
}
