import type { BlockClaim, BlockMention } from './analyzeBlock';
import { EdgeTable } from './edgeTable';
import { ASCII_WORD, HAS_DIGIT, hashWord, tokenize, type Tokens } from './tokenize';

// Sentences that read like claims but are not tagged. Deliberately conservative: a sentence must
// name at least one glossary entry and carry a strong signal (a figure, or an ought), or weaker
// signals together with several entries.

const FIGURE = /[$€£¥]\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|per ?cent\b|percent\b|bn\b|billion\b|million\b|trillion\b|[GMT]Wh?\b|×|x\b|times\b|-?fold\b)/i;
const NORMATIVE = /\b(?:should|must|ought to|needs? to|has to|have to)\b/i;
const FORECAST = /\b(?:will|(?:is|are) (?:expected|likely|set|poised) to|projected|forecasts?|by (?:19|20)\d\d)\b/i;
const COMPARISON = /\b(?:more|less|fewer|greater|larger|smaller|higher|lower|faster|slower|better|worse|cheaper)\s+than\b|\b(?:lag(?:s|ged|ging)?|behind|ahead of|outpac(?:e|es|ed|ing)|overtak(?:e|es|en|ing)|overtook|double[sd]?|triple[sd]?|halve[sd]?|the (?:largest|biggest|most|least|first|only))\b/i;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;

// Which signal each word can start. A sentence with none of these words (for figures: no digit) cannot
// match the signal's pattern, so the pattern is not run: the common case costs no regex at all.
const FIGURE_BIT = 1;
const NORMATIVE_BIT = 2;
const FORECAST_BIT = 4;
const COMPARISON_BIT = 8;
const ALL_BITS = 15;
// Word hash → signal bits, in the matcher's edge table (one parent, the bits as the child).
const SIGNALS = new EdgeTable();
const signal = (bit: number, words: string) => words.split(' ').forEach((w) => SIGNALS.set(0, hashWord(w), bit));
signal(NORMATIVE_BIT, 'should must ought need needs has have');
signal(FORECAST_BIT, 'will is are projected forecast forecasts by');
signal(COMPARISON_BIT, 'more less fewer greater larger smaller higher lower faster slower better worse cheaper lag lags lagged lagging behind ahead outpace outpaces outpaced outpacing overtake overtakes overtaken overtaking overtook double doubles doubled triple triples tripled halve halves halved largest biggest most least first only');
const MIN_WORDS = 6;

export function suggestClaims(text: string, mentions: readonly BlockMention[], claims: readonly BlockClaim[], tokens: Tokens = tokenize(text)): Array<{ start: number; end: number }> {
  if (mentions.length === 0) return [];
  const out: Array<{ start: number; end: number }> = [];
  let m = 0;
  let t = 0;
  const bounds = sentences(text);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b]!;
    const end = bounds[b + 1]!;
    while (m < mentions.length && mentions[m]!.start < start) m++;
    // Distinct entries named in the sentence, counted up to 2 (all that looksLikeClaim asks).
    let entries = 0;
    let firstId = '';
    for (let k = m; k < mentions.length && mentions[k]!.end <= end; k++) {
      const id = mentions[k]!.id;
      if (entries === 0) {
        entries = 1;
        firstId = id;
      } else if (id !== firstId) {
        entries = 2;
        break;
      }
    }
    if (entries === 0) continue;
    while (t < tokens.count && tokens.starts[t]! < start) t++;
    // Cheapest tests first: most sentences carry no signal word at all.
    const bits = signalsIn(tokens, t, end);
    if (bits === 0 || text.charCodeAt(end - 1) === 63 /* ? */) continue;
    if (claims.some((c) => c.spanStart < end && c.spanEnd > start) || fewerWordsThan(text, start, end, MIN_WORDS)) continue;
    const sentence = text.slice(start, end);
    if (HEADING.test(sentence)) continue;
    if (looksLikeClaim(sentence, entries, bits)) out.push({ start, end });
  }
  return out;
}

/** The signals whose words occur among the tokens from `t` up to `end`. */
function signalsIn(tokens: Tokens, t: number, end: number): number {
  let bits = 0;
  for (let k = t; k < tokens.count && tokens.ends[k]! <= end; k++) {
    if (!(tokens.flags[k]! & ASCII_WORD)) return ALL_BITS; // the patterns' \b sees other letters differently
    const signals = SIGNALS.get(0, tokens.hashes[k]!);
    bits |= (signals < 0 ? 0 : signals) | (tokens.flags[k]! & HAS_DIGIT ? FIGURE_BIT : 0);
  }
  return bits;
}

function looksLikeClaim(sentence: string, entries: number, bits: number): boolean {
  if ((bits & FIGURE_BIT && FIGURE.test(sentence)) || (bits & NORMATIVE_BIT && NORMATIVE.test(sentence))) return true;
  const forecast = (bits & FORECAST_BIT) !== 0 && FORECAST.test(sentence);
  const comparison = (bits & COMPARISON_BIT) !== 0 && COMPARISON.test(sentence);
  return (forecast && comparison) || ((forecast || comparison) && entries >= 2);
}

/** [start, end) pairs of the sentences: ends at . ! ? before white space, or at a heading or list item. */
function sentences(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++; // white space and masked (NUL) runs
    if (i >= n) break;
    const start = i;
    let end = -1;
    for (i = start + 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        if (i + 1 >= n || startsItem(text, i + 1)) {
          end = trimEnd(text, start, i);
          break;
        }
      } else if ((c === 46 || c === 33 || c === 63) && (i + 1 >= n || isSpace(text.charCodeAt(i + 1))) && !isAbbreviation(text, i)) {
        end = i + 1;
        break;
      }
    }
    if (end === -1) end = trimEnd(text, start, n);
    if (end > start) out.push(start, end);
    i++;
  }
  return out;
}

/** `text.slice(start, end).split(/\s+/).length < min`, without the slice and the array. */
function fewerWordsThan(text: string, start: number, end: number, min: number): boolean {
  let words = 1;
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (++words >= min) return false;
    while (i + 1 < end && isSpace(text.charCodeAt(i + 1))) i++;
  }
  return words < min;
}

/** Exactly the code units that `/\s/` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function startsItem(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  if (c >= 97 && c <= 122) return false; // a line that starts with a letter: the usual case, and never an item
  return /^(?:\s*(?:[-*+]|\d{1,9}[.)])\s|\s*#{1,6}\s|\s*$|\s*\|)/.test(text.slice(at, at + 16)) || text.charCodeAt(at) === 10;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return end;
}

/** "U.S." "e.g." "Dr." — a full stop after one letter or a short title is not a sentence end. */
function isAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  const before = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, dot - 5), dot));
  if (!before) return false;
  const word = before[1]!;
  return word.length === 1 || /^(?:e\.g|i\.e|Mr|Mrs|Ms|Dr|Prof|St|vs|etc|No|Inc|Ltd|Co)$/.test(word);
}
