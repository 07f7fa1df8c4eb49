import { foldDiacritics, foldGap } from './foldText';
import { tokenize, type Tokens } from './tokenize';

// A word-level trie over folded tokens. Keys after the first word carry the gap before them when
// that gap is anything but a plain space ("U.S." → `u`, `.\u0001s`), so punctuation must match.

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  terminal: Terminal | undefined;
}

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

function newNode(): TrieNode {
  return { next: undefined, terminal: undefined };
}

/** An alias written entirely in capitals (`EU`, `US`, `IT`) matches only in that case. */
export function isCaseSensitiveAlias(alias: string): boolean {
  return /\p{Lu}/u.test(alias) && !/\p{Ll}/u.test(alias);
}

export class Matcher {
  private readonly insensitive = newNode();
  private readonly sensitive = newNode();
  private hasSensitive = false;

  /**
   * Adds a phrase; the first phrase added for a key wins, so callers add in priority order.
   * Returns the terminal already there when it belongs to another entry (a contested phrase).
   */
  add(phrase: string, terminal: Terminal): PhraseConflict | undefined {
    const caseSensitive = isCaseSensitiveAlias(phrase);
    const tokens = tokenize(phrase);
    if (tokens.count === 0) return undefined;
    let node = caseSensitive ? this.sensitive : this.insensitive;
    if (caseSensitive) this.hasSensitive = true;
    for (let i = 0; i < tokens.count; i++) {
      const word = caseSensitive ? foldDiacritics(tokens.raw[i]!) : tokens.folded[i]!;
      let key = word;
      if (i > 0) {
        const gap = foldGap(phrase.slice(tokens.ends[i - 1], tokens.starts[i])) ?? ' ';
        if (gap !== ' ') key = gap + GAP_SEPARATOR + word;
      }
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    const existing = node.terminal;
    if (!existing) {
      node.terminal = terminal;
      return undefined;
    }
    if (existing.entry === terminal.entry) {
      // An alias of the entry beats a deprecated wording of the same entry.
      if (existing.avoid && !terminal.avoid) node.terminal = terminal;
      return undefined;
    }
    return { phrase, kept: existing, rejected: terminal };
  }

  /** Finds the longest non-overlapping matches among `tokens` of `text`. */
  findMatches(text: string, tokens: Tokens, out: Match[] = []): Match[] {
    const count = tokens.count;
    let i = 0;
    while (i < count) {
      let best = this.walk(text, tokens, i, this.insensitive, false);
      if (this.hasSensitive && (tokens.ascii[i] ? tokens.raw[i] !== tokens.folded[i] : true)) {
        const exact = this.walk(text, tokens, i, this.sensitive, true);
        if (exact && (!best || exact.lastToken >= best.lastToken)) best = exact;
      }
      if (!best) {
        i++;
        continue;
      }
      out.push({ start: tokens.starts[i]!, end: tokens.ends[best.lastToken]!, entry: best.terminal.entry, avoid: best.terminal.avoid });
      i = best.lastToken + 1;
    }
    return out;
  }

  private walk(text: string, tokens: Tokens, first: number, root: TrieNode, exact: boolean): { lastToken: number; terminal: Terminal } | undefined {
    let node = root;
    let best: { lastToken: number; terminal: Terminal } | undefined;
    for (let j = first; j < tokens.count; j++) {
      const next = node.next;
      if (!next) break;
      let prefix = '';
      if (j > first) {
        const gap = foldGap(text.slice(tokens.ends[j - 1], tokens.starts[j]));
        if (gap === undefined) break;
        if (gap !== ' ') prefix = gap + GAP_SEPARATOR;
      }
      const word = exact ? (tokens.ascii[j] ? tokens.raw[j]! : foldDiacritics(tokens.raw[j]!)) : tokens.folded[j]!;
      const child = next.get(prefix === '' ? word : prefix + word);
      if (child?.terminal) {
        best = { lastToken: j, terminal: child.terminal };
      } else {
        const plural = pluralTerminal(next, prefix, word);
        if (plural) best = { lastToken: j, terminal: plural };
      }
      if (!child) break;
      node = child;
    }
    return best;
  }
}

/** A regular plural of the last word (`-s`, `-es`, `-ies`) still matches the singular phrase. */
function pluralTerminal(next: Map<string, TrieNode>, prefix: string, word: string): Terminal | undefined {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115 /* s */) return undefined;
  const singular = next.get(prefix + word.slice(0, -1))?.terminal;
  if (singular) return singular;
  if (n > 3 && word.charCodeAt(n - 2) === 101 /* e */) {
    const esStem = next.get(prefix + word.slice(0, -2))?.terminal;
    if (esStem) return esStem;
    if (word.charCodeAt(n - 3) === 105 /* i */) return next.get(prefix + word.slice(0, -3) + 'y')?.terminal;
  }
  return undefined;
}
