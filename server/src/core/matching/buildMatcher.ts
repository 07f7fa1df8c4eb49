import { EdgeTable } from './edgeTable';
import { BREAKING_GAP, foldDiacritics, foldGap, gapKind, PLAIN_GAP, unmarkWord } from '../text/foldText';
import { ASCII_WORD, FNV_PRIME, fnv, HAS_CAPITAL, HAS_DIGIT, HASH_MASK, hashRange, hashWord, sameWord, TokenBuffer, tokenize, type Tokens } from '../text/tokenize';

// A word-level trie over folded words, keyed by hash: walking a brief makes no strings for the
// words it passes over. Keys after the first word mix in the gap before them when that gap is
// anything but a plain space ("U.S." → `u`, `.` + `s`), so punctuation must match. A hash
// collision can only hide a match, never invent one: a match is checked against the phrase's words.

export interface Terminal {
  /** Index of the glossary entry. */
  entry: number;
  /** True when the phrase is one of the entry's deprecated (`avoid`) wordings. */
  avoid: boolean;
}

export interface Match {
  start: number;
  end: number;
  entry: number;
  avoid: boolean;
}

export interface PhraseConflict {
  phrase: string;
  kept: Terminal;
  rejected: Terminal;
}

const GAP_SEPARATOR = '\u0001';
/** Between the keys of a phrase, which a terminal keeps as one string: confirming a match then reads one string, not an array of them. */
const KEY_SEPARATOR = '\u0002';
const KEY_SEPARATOR_CODE = 2;

/** The words of the phrase being added (a glossary has tens of thousands: typed arrays for each would cost more than the words). */
const phraseTokens = new TokenBuffer(16);

/** The key of a word after a gap that is not a plain space. */
function gapKey(gap: string, word: number): number {
  return (Math.imul(hashWord(gap) ^ word, 0x5bd1e995) ^ 0x9e3779b9) & HASH_MASK;
}

/** The bits of a word's hash that pick its bit in Matcher.starters (64 KB). */
const STARTER_BITS = (1 << 19) - 1;

/** A plural's stems, in the order pluralTerminal tries them: -s, -es, -ies → -y. */
const STEMS = 3;

/** An alias written entirely in capitals (`EU`, `US`, `IT`) matches only in that case. */
export function isCaseSensitiveAlias(alias: string): boolean {
  // ASCII is decided in place: the Unicode classes cost a glossary of 10,000 entries a RegExp pair per phrase.
  let capital = false;
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if (c >= 128) return UPPER.test(alias) && !LOWER.test(alias);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The two roots: phrases matched case-insensitively, and those written in capitals. */
const FOLDED_ROOT = 0;
const EXACT_ROOT = 1;

/**
 * A matcher as plain data (numbers and strings), to be built ahead of time and loaded at once: a
 * cold process then makes no hash, key bit or node value of its own, and parses few objects.
 */
export interface MatcherData {
  /** The trie's edges as (parent, hash, child, value) quads: the values are as `add` sets them. */
  edges: number[];
  nodes: number;
  /** The terminal nodes, and per terminal its entry, whether it is a deprecated wording, and the phrase's keys joined. */
  terminals: { nodes: number[]; entries: number[]; avoid: Array<0 | 1>; keys: string[] };
  /** The bits set in `Matcher.starters`, each as its distance from the one before (hashing every first word again cost a cold process 3 ms). */
  starters: number[];
  hasSensitive: boolean;
}

export class Matcher {
  private edges = new EdgeTable();
  // Per node, in flat arrays: its entry (-1: not a terminal), 1 when that phrase is deprecated,
  // and the phrase's keys joined by KEY_SEPARATOR, to confirm a match ('' when not a terminal).
  // What a walk needs at every word, whether the node is a terminal and which keys its children
  // may have (a 31-bit filter), its incoming edge keeps as its value (edgeValue), in the slot the
  // walk has just read: most next words are no child's, and the filter says so without a probe.
  private entries: number[] = [-1, -1];
  private avoids: number[] = [0, 0];
  private keys: string[] = ['', ''];
  private hasSensitive = false;
  /**
   * A bit per (hash & STARTER_BITS) of every first word, lower-cased, and of its plurals: most
   * words of a brief start no phrase, and this small table says so without a probe of the large
   * edge table.
   */
  private readonly starters = new Uint8Array((STARTER_BITS + 1) >> 3);

  /**
   * Adds a phrase; the first phrase added for a key wins, so callers add in priority order.
   * Returns the terminal already there when it belongs to another entry (a contested phrase).
   */
  add(phrase: string, terminal: Terminal): PhraseConflict | undefined {
    const caseSensitive = isCaseSensitiveAlias(phrase);
    const tokens = tokenize(phrase, 0, phrase.length, phraseTokens);
    if (tokens.count === 0) return undefined;
    let node = caseSensitive ? EXACT_ROOT : FOLDED_ROOT;
    if (caseSensitive) this.hasSensitive = true;
    const keys: string[] = [];
    let parent = node;
    let key = 0;
    let previousKey = 0;
    for (let i = 0; i < tokens.count; i++) {
      const word = caseSensitive ? foldDiacritics(tokens.raw(i)) : tokens.folded(i);
      key = hashWord(word);
      let text = word;
      if (i === 0) this.addStarter(word, word.length);
      if (i > 0) {
        const gap = foldGap(phrase.slice(tokens.ends[i - 1], tokens.starts[i])) ?? ' ';
        if (gap !== ' ') {
          key = gapKey(gap, key);
          text = gap + GAP_SEPARATOR + word;
        }
      }
      keys.push(text);
      let child = this.edges.get(node, key);
      if (child < 0) {
        child = this.entries.length;
        this.entries.push(-1);
        this.avoids.push(0);
        this.keys.push('');
        this.edges.set(node, key, child);
        this.edges.setValue(node, key, edgeValue(-1, 0));
        if (i > 0) this.edges.setValue(parent, previousKey, this.edges.valueAt(this.edges.slotOf(parent, previousKey)) | keyBit(key));
      }
      parent = node;
      previousKey = key;
      node = child;
    }
    const existing = this.terminalAt(node);
    if (!existing) {
      this.setTerminal(node, terminal, keys.join(KEY_SEPARATOR));
      this.edges.setValue(parent, key, this.edges.valueAt(this.edges.slotOf(parent, key)) | TERMINAL);
      return undefined;
    }
    if (existing.entry === terminal.entry) {
      // An alias of the entry beats a deprecated wording of the same entry.
      if (existing.avoid && !terminal.avoid) this.avoids[node] = 0;
      return undefined;
    }
    return { phrase, kept: existing, rejected: terminal };
  }

  private terminalAt(node: number): Terminal | undefined {
    const entry = this.entries[node]!;
    return entry < 0 ? undefined : { entry, avoid: this.avoids[node] === 1 };
  }

  private setTerminal(node: number, terminal: Terminal, keys: string): void {
    this.entries[node] = terminal.entry;
    this.avoids[node] = terminal.avoid ? 1 : 0;
    this.keys[node] = keys;
  }

  toData(): MatcherData {
    const terminals: MatcherData['terminals'] = { nodes: [], entries: [], avoid: [], keys: [] };
    this.entries.forEach((entry, node) => {
      if (entry < 0) return;
      terminals.nodes.push(node);
      terminals.entries.push(entry);
      terminals.avoid.push(this.avoids[node] === 1 ? 1 : 0);
      terminals.keys.push(this.keys[node]!);
    });
    const starters: number[] = [];
    let previous = 0;
    for (let bit = 0; bit < this.starters.length * 8; bit++) {
      if (!(this.starters[bit >> 3]! & (1 << (bit & 7)))) continue;
      starters.push(bit - previous);
      previous = bit;
    }
    return { edges: this.edges.quads(), nodes: this.entries.length, terminals, starters, hasSensitive: this.hasSensitive };
  }

  static fromData(data: MatcherData): Matcher {
    const matcher = new Matcher();
    matcher.edges = EdgeTable.fromQuads(data.edges);
    matcher.entries = new Array<number>(data.nodes).fill(-1);
    matcher.avoids = new Array<number>(data.nodes).fill(0);
    matcher.keys = new Array<string>(data.nodes).fill('');
    const { nodes, entries, avoid, keys } = data.terminals;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      matcher.entries[node] = entries[i]!;
      matcher.avoids[node] = avoid[i]!;
      matcher.keys[node] = keys[i]!;
    }
    let bit = 0;
    for (const step of data.starters) {
      bit += step;
      matcher.starters[bit >> 3]! |= 1 << (bit & 7);
    }
    matcher.hasSensitive = data.hasSensitive;
    return matcher;
  }

  /** Finds the longest non-overlapping matches among `tokens` of `text`. */
  findMatches(text: string, tokens: Tokens, out: Match[] = []): Match[] {
    this.forEachMatch(text, tokens, (start, end, entry, avoid) => out.push({ start, end, entry, avoid }));
    return out;
  }

  /** Calls `onMatch` for each of the longest non-overlapping matches, in order: no object per match. */
  forEachMatch(text: string, tokens: Tokens, onMatch: (start: number, end: number, entry: number, avoid: boolean) => void): void {
    const count = tokens.count;
    let i = 0;
    while (i < count) {
      if (!this.mayStartPhrase(tokens, i)) {
        i++;
        continue;
      }
      let last = this.walk(text, tokens, i, FOLDED_ROOT, false);
      let node = this.found;
      // A phrase in capitals can start with a capital, a letter beyond ASCII or a number ("01.AI"), not with a lower-case word.
      const flags = tokens.flags[i]!;
      if (this.hasSensitive && ((flags & (ASCII_WORD | HAS_CAPITAL)) !== ASCII_WORD || flags & HAS_DIGIT)) {
        const exactLast = this.walk(text, tokens, i, EXACT_ROOT, true);
        if (exactLast >= 0 && exactLast >= last) {
          last = exactLast;
          node = this.found;
        }
      }
      if (last < 0 || node < 0) {
        i++;
        continue;
      }
      onMatch(tokens.starts[i]!, tokens.ends[last]!, this.entries[node]!, this.avoids[node] === 1);
      i = last + 1;
    }
  }

  /** Marks the word `text[0, end)` and its plurals as words a phrase starts with (see `starters`). */
  private addStarter(text: string, end: number): void {
    // FNV goes on from a prefix's hash: the plurals' hashes are made without making their strings.
    const word = fnv(text, 0, end, true);
    const s = extend(word, 115 /* s */);
    this.markStarter(word);
    this.markStarter(s);
    this.markStarter(extend(extend(word, 101 /* e */), 115 /* s */));
    if ((text.charCodeAt(end - 1) | 32) === 121 /* y */) this.markStarter(extend(extend(extend(fnv(text, 0, end - 1, true), 105 /* i */), 101 /* e */), 115 /* s */));
  }

  private markStarter(fnvHash: number): void {
    const bit = fnvHash & HASH_MASK & STARTER_BITS;
    this.starters[bit >> 3]! |= 1 << (bit & 7);
  }

  /**
   * False when no phrase can start at word `i`: neither it nor, for a plural, its singular is a
   * first word (`starters`). True means "perhaps": the walk then probes the trie. Non-ASCII words
   * are always walked.
   */
  private mayStartPhrase(tokens: Tokens, i: number): boolean {
    if (!(tokens.flags[i]! & ASCII_WORD)) return true;
    const bit = tokens.hashes[i]! & STARTER_BITS;
    return (this.starters[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }

  /** Set by walk: the terminal node of the longest match it found, or -1. */
  private found = -1;

  /** The last word of the longest match starting at `first`, or -1; its terminal node goes to `found`. */
  private walk(text: string, tokens: Tokens, first: number, root: number, exact: boolean): number {
    let node = root;
    let bestLast = -1;
    let bestNode = -1;
    let bestStem = -1;
    let children = ALL_KEYS; // a root's children are always probed
    for (let j = first; j < tokens.count; j++) {
      if (children === 0) break;
      let gap: string | undefined;
      // A single space, the usual gap, folds to ' ', and so do dashes: no slice, no foldGap.
      if (j > first && !(tokens.starts[j]! - tokens.ends[j - 1]! === 1 && text.charCodeAt(tokens.ends[j - 1]!) === 32)) {
        const kind = gapKind(text, tokens.ends[j - 1]!, tokens.starts[j]!);
        if (kind === BREAKING_GAP) break;
        if (kind !== PLAIN_GAP) gap = foldGap(text.slice(tokens.ends[j - 1], tokens.starts[j]));
      }
      const word = wordHash(text, tokens, j, exact);
      const key = gap === undefined ? word : gapKey(gap, word);
      const slot = children & keyBit(key) ? this.edges.slotOf(node, key) : -1;
      const child = slot < 0 ? -1 : this.edges.childAt(slot);
      const value = slot < 0 ? 0 : this.edges.valueAt(slot);
      if (child >= 0 && isTerminal(value)) {
        bestLast = j;
        bestNode = child;
        bestStem = -1;
      } else {
        const stem = this.pluralNode(node, children, text, tokens, j, exact, gap);
        if (stem >= 0) {
          bestLast = j;
          bestNode = stem >> 2;
          bestStem = stem & 3;
        }
      }
      if (child < 0) break;
      node = child;
      children = value & ~TERMINAL;
    }
    this.found = bestNode >= 0 && this.confirm(text, tokens, first, bestLast, this.keys[bestNode]!, exact, bestStem) ? bestNode : -1;
    return this.found >= 0 ? bestLast : -1;
  }

  /**
   * A regular plural of the last word (`-s`, `-es`, `-ies`) still matches the singular phrase.
   * Returns the terminal node and the stem variant packed as node * 4 + variant, or -1.
   */
  private pluralNode(parent: number, children: number, text: string, tokens: Tokens, j: number, exact: boolean, gap: string | undefined): number {
    const start = tokens.starts[j]!;
    const end = tokens.ends[j]!;
    if (end - start < 3 || text.charCodeAt(end - 1) !== 115 /* s */) return -1;
    const ascii = (tokens.flags[j]! & ASCII_WORD) !== 0;
    for (let v = 0; v < STEMS; v++) {
      if (v > 0 && (end - start <= 3 || text.charCodeAt(end - 2) !== 101 /* e */)) break;
      if (v === 2 && text.charCodeAt(end - 3) !== 105 /* i */) break;
      const h = ascii ? stemHash(text, start, end, !exact, v) : hashWord(stemOf(exact ? unmarkWord(tokens.raw(j)) : tokens.folded(j), v));
      const key = gap === undefined ? h : gapKey(gap, h);
      if (!(children & keyBit(key))) continue;
      const slot = this.edges.slotOf(parent, key);
      if (slot >= 0 && isTerminal(this.edges.valueAt(slot))) return this.edges.childAt(slot) * 4 + v;
    }
    return -1;
  }

  /** Checks a match word by word against the phrase's keys, joined in `keys` (rules out hash collisions). */
  private confirm(text: string, tokens: Tokens, first: number, last: number, keys: string, exact: boolean, stem: number): boolean {
    let from = 0;
    for (let j = first; j <= last; j++) {
      const start = tokens.starts[j]!;
      const end = tokens.ends[j]!;
      const plainGap = j === first || (start - tokens.ends[j - 1]! === 1 && text.charCodeAt(start - 1) === 32) || gapKind(text, tokens.ends[j - 1]!, start) === PLAIN_GAP;
      const stemmed = j === last && stem >= 0;
      let to: number;
      // The usual case, an ASCII word after a space or a dash, singular or plural, is compared in place: no strings made.
      if (plainGap && tokens.flags[j]! & ASCII_WORD) {
        to = from + (stemmed ? stemLength(end - start, stem) : end - start);
        if (!endsKey(keys, to, j === last) || !(stemmed ? sameStem(text, start, end, keys, from, to, !exact, stem) : sameWord(text, start, end, keys, !exact, from, to))) return false;
      } else {
        let word = exact ? (tokens.flags[j]! & ASCII_WORD ? tokens.raw(j) : unmarkWord(tokens.raw(j))) : tokens.folded(j);
        if (stemmed) word = stemOf(word, stem);
        const gap = j > first ? foldGap(text.slice(tokens.ends[j - 1], start)) : ' ';
        const key = gap === ' ' ? word : gap + GAP_SEPARATOR + word;
        to = from + key.length;
        if (!endsKey(keys, to, j === last) || !keys.startsWith(key, from)) return false;
      }
      from = to + 1;
    }
    return true;
  }
}

/** A key of `keys` ends at `to`: the phrase's last at the string's end, any other at a separator (so the word counts agree). */
function endsKey(keys: string, to: number, last: boolean): boolean {
  return last ? to === keys.length : keys.charCodeAt(to) === KEY_SEPARATOR_CODE;
}

/** The length of a plural's stem as stemOf makes it: -s drops one letter; -es, and -ies for -y, two. */
function stemLength(length: number, variant: number): number {
  return variant === 0 ? length - 1 : length - 2;
}

/** In an edge's value: its child is a terminal. The other 31 bits are its children's keyBits. */
const TERMINAL = 1;
const ALL_KEYS = ~TERMINAL;

/** An edge's value: whether its child is a terminal (entry ≥ 0), and the keyBits of the child's children. */
function edgeValue(entry: number, children: number): number {
  return (entry >= 0 ? TERMINAL : 0) | children;
}

function isTerminal(value: number): boolean {
  return (value & TERMINAL) !== 0;
}

/** One of 31 bits, picked by a key's hash: a node whose children's bits lack it has no child under that key. */
function keyBit(key: number): number {
  return 1 << (1 + ((Math.imul(key, 0x9e3779b1) >>> 0) % 31));
}

/** The stem of the plural `text[start, end)` (as stemOf makes it), lower-cased when asked (ASCII), equals `keys[from, to)`. */
function sameStem(text: string, start: number, end: number, keys: string, from: number, to: number, lower: boolean, variant: number): boolean {
  if (variant === 2) return keys.charCodeAt(to - 1) === 121 /* y */ && sameWord(text, start, end - 3, keys, lower, from, to - 1);
  return sameWord(text, start, end - (variant === 0 ? 1 : 2), keys, lower, from, to);
}

function wordHash(text: string, tokens: Tokens, j: number, exact: boolean): number {
  const flags = tokens.flags[j]!;
  if (flags & ASCII_WORD) return exact && flags & HAS_CAPITAL ? hashRange(text, tokens.starts[j]!, tokens.ends[j]!, false) : tokens.hashes[j]!;
  return hashWord(exact ? unmarkWord(tokens.raw(j)) : tokens.folded(j));
}

/** The hash of an ASCII word's stem: without -s (0), without -es (1), -ies → -y (2). */
function stemHash(text: string, start: number, end: number, lower: boolean, variant: number): number {
  if (variant === 0) return hashRange(text, start, end - 1, lower);
  if (variant === 1) return hashRange(text, start, end - 2, lower);
  return Math.imul(fnv(text, start, end - 3, lower) ^ 121 /* y */, FNV_PRIME) & HASH_MASK;
}

/** The FNV-1a hash of a text whose hash without its last character `c` is `hash` (all 32 bits). */
function extend(hash: number, c: number): number {
  return Math.imul(hash ^ c, FNV_PRIME);
}

function stemOf(word: string, variant: number): string {
  return variant === 0 ? word.slice(0, -1) : variant === 1 ? word.slice(0, -2) : word.slice(0, -3) + 'y';
}
