import { isWhiteSpace } from '../text/foldText';
import { hashRange, hashWord, sameWord } from '../text/tokenize';
import { growArray } from '../text/growArray';

// Sentences of one block of prose, as claims are made of them. Briefs are not tidy prose: list
// items and numbered legal paragraphs without a full stop, "U.S." and "No. 3", quotes and
// footnote markers after the full stop. A sentence's range leaves out the list marker ("- ",
// "1. ", "(a) ") and the white space around it; headings, table rows and rules are not prose.

export interface Sentence {
  start: number;
  end: number;
  /** It starts a list item or a numbered paragraph. */
  item: boolean;
  /** It runs to the end of its line or item without a full stop, "!" or "?". */
  open: boolean;
  /** It ends with a question mark. */
  question: boolean;
}

const CLOSERS = new Set([34, 39, 41, 42, 93, 95, 0x2019, 0x201d, 0xbb]); // " ' ) * ] _ ’ ” »
const TERMINATOR = /[.!?\u2026]/g;
const FOOTNOTE = /^(?:\^[^\]\s]+|(?:footnote|note|fn)\s*\d+|\d{1,3})$/i;
// A full stop after these words does not end a sentence (compared lower-cased).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st vs etc no nos nr inc ltd co corp art arts para paras fig figs cf al approx ca jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep jr sr vol vols pp ch sec secs reg dept est min max op ed eds ibid viz esp incl govt univ assn intl natl bros'.split(' '),
);
const ABBREVIATION_HASHES = new Map([...ABBREVIATIONS].map((a) => [hashWord(a), a]));
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
// Abbreviations that may well end a sentence when a capital follows.
const MAY_END = new Set(['etc', 'al', 'inc', 'ltd', 'co', 'corp']);

/** Sentences as parallel arrays, reused from block to block: a brief has thousands of sentences. */
export class SentenceList {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** IS_ITEM, IS_OPEN and IS_QUESTION bits. */
  flags = new Uint8Array(64);

  push(start: number, end: number, flags: number): void {
    if (this.count === this.starts.length) {
      this.starts = growArray(this.starts, this.count + 1, this.count);
      this.ends = growArray(this.ends, this.count + 1, this.count);
      this.flags = growArray(this.flags, this.count + 1, this.count);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count++] = flags;
  }
}

export const IS_ITEM = 1;
export const IS_OPEN = 2;
export const IS_QUESTION = 4;

/** The prose sentences of `text` (a block, already masked), in order. */
export function splitSentences(text: string): Sentence[] {
  const list = splitSentencesInto(text, new SentenceList());
  const out: Sentence[] = [];
  for (let i = 0; i < list.count; i++) {
    const flags = list.flags[i]!;
    out.push({ start: list.starts[i]!, end: list.ends[i]!, item: (flags & IS_ITEM) !== 0, open: (flags & IS_OPEN) !== 0, question: (flags & IS_QUESTION) !== 0 });
  }
  return out;
}

/** The prose sentences of `text` into `list` (emptied first), which is returned. */
export function splitSentencesInto(text: string, list: SentenceList): SentenceList {
  list.count = 0;
  reader.begin(text, list);
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = classifyLine(text, lineStart, lineEnd);
    if (line.kind === 'prose') {
      if (line.item) reader.close(lineStart, true);
      reader.read(line.textStart, lineEnd, line.item);
    } else {
      reader.close(lineStart, true);
      // A setext underline makes the paragraph above it a heading.
      if (line.kind === 'underline') dropLine(list, text, lineStart);
      if (line.kind === 'table') readCells(reader, text, lineStart, lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  reader.close(text.length, true);
  reader.begin('', list); // keeps no block's text
  return list;
}

/** Reads sentences across lines: one that a line does not finish goes on at the next. */
class SentenceReader {
  private text = '';
  private out = new SentenceList();
  /** Start of the sentence being read, or -1 between sentences. */
  private start = -1;
  private item = false;
  /** The last mark found, and where that search started (no mark lies between the two). */
  private found = -1;
  private searchedFrom = 0;

  /** Starts on a new text, whose sentences go to `out`. */
  begin(text: string, out: SentenceList): void {
    this.text = text;
    this.out = out;
    this.start = -1;
    this.item = false;
    this.found = -1;
    this.searchedFrom = 0;
  }

  read(from: number, to: number, item: boolean): void {
    const text = this.text;
    if (item) this.item = true;
    let i = from;
    while (i < to) {
      if (this.start === -1) {
        while (i < to && text.charCodeAt(i) <= 32) i++;
        if (i >= to) return;
        this.start = i;
      }
      const mark = this.markFrom(Math.max(i, this.start + 1));
      if (mark === -1 || mark >= to) return;
      const end = sentenceEnd(text, mark, to);
      if (end === -1) i = mark + 1;
      else {
        this.close(end, false);
        i = end;
      }
    }
  }

  /**
   * The first mark at or after `from`, or -1. The regex engine finds it far faster than a loop
   * over every character; and a search that ran past its line is remembered, since the lines of a
   * wrapped paragraph would otherwise each search again up to the same full stop.
   */
  private markFrom(from: number): number {
    if (this.found === -1 || this.found < from || this.searchedFrom > from) {
      TERMINATOR.lastIndex = from;
      this.found = TERMINATOR.test(this.text) ? TERMINATOR.lastIndex - 1 : -1;
      this.searchedFrom = from;
      // No mark to the end of the text: say so for every later search too.
      if (this.found === -1) this.found = this.searchedFrom = this.text.length;
    }
    return this.found === this.text.length ? -1 : this.found;
  }

  /** Ends the sentence being read, if any, at `end`. */
  close(end: number, open: boolean): void {
    if (this.start === -1) return;
    let s = this.start;
    let e = trimEnd(this.text, s, end);
    if (endsWithEmphasis(this.text, s, e)) [s, e] = balanceEmphasis(this.text, s, e);
    if (e > s) this.out.push(s, e, (this.item ? IS_ITEM : 0) | (open ? IS_OPEN : 0) | (endsWithQuestion(this.text, s, e) ? IS_QUESTION : 0));
    this.start = -1;
    this.item = false;
  }
}

/**
 * One reader for every split (a split is synchronous). Optimised code that reads a reader's fields
 * depends on its instances' hidden class, which V8 keeps only while an instance is alive: with a
 * reader per call, each full GC threw that code away, and the splits after it ran unoptimised.
 */
const reader = new SentenceReader();

/** The cells of a table's body row, each read as an item; the header and delimiter rows are not prose. */
function readCells(reader: SentenceReader, text: string, lineStart: number, lineEnd: number): void {
  const next = lineEnd + 1 < text.length ? text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) === -1 ? text.length : text.indexOf('\n', lineEnd + 1)) : '';
  if (DELIMITER_ROW.test(text.slice(lineStart, lineEnd)) || DELIMITER_ROW.test(next)) return;
  let cell = text.indexOf('|', lineStart) + 1;
  for (let i = cell; i <= lineEnd; i++) {
    if (i < lineEnd && (text.charCodeAt(i) !== 124 || text.charCodeAt(i - 1) === 92)) continue;
    reader.read(cell, i, true);
    reader.close(i, true);
    cell = i + 1;
  }
}

const DELIMITER_ROW = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/;

interface Line {
  kind: 'prose' | 'heading' | 'table' | 'rule' | 'underline' | 'blank';
  item: boolean;
  /** Where the line's words start: after indentation, quote and list markers. */
  textStart: number;
}

// Sticky: tried at a line's first word without slicing the line.
const ITEM = /(?:[-*+]|\d{1,9}[.)]|\(?[a-z]\)|\(?(?:[ivxlc]{1,6}|\d{1,3}|[A-Z])\))[ \t]+/y;
const HEADING = /#{1,6}(?:[ \t]|$)/my;
const UNDERLINE = /(?:=+|-{2,})[ \t]*$/my;
const RULE = /(?:[-*_][ \t]*){3,}$/my;

// One Line, filled anew for each line: a brief has tens of thousands of lines.
const LINE: Line = { kind: 'blank', item: false, textStart: 0 };

function lineOf(kind: Line['kind'], item: boolean, textStart: number): Line {
  LINE.kind = kind;
  LINE.item = item;
  LINE.textStart = textStart;
  return LINE;
}

function classifyLine(text: string, start: number, end: number): Line {
  let i = start;
  // Indentation and block-quote markers.
  for (;;) {
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 0)) i++;
    if (text.charCodeAt(i) === 62 /* > */ && i < end) i++;
    else break;
  }
  if (i >= end) return lineOf('blank', false, end);
  const c = text.charCodeAt(i);
  // Most lines start with a letter: no pattern is tried on them but the list marker's.
  if (c === 35 /* # */ && matchesAt(HEADING, text, i)) return lineOf('heading', false, end);
  if (c === 124 /* | */) return lineOf('table', false, end);
  if ((c === 61 /* = */ || c === 45) /* - */ && matchesAt(UNDERLINE, text, i)) return lineOf('underline', false, end);
  if ((c === 45 || c === 42 || c === 95) /* - * _ */ && matchesAt(RULE, text, i)) return lineOf('rule', false, end);
  let item = false;
  // A list marker, then perhaps a legal point's letter: "- (a) ", "1. ", "(ii) ". A line that
  // starts with a word (a letter not followed by ")") is none, and most lines do.
  for (let k = 0; k < 2 && i < end && !startsWord(text, i); k++) {
    ITEM.lastIndex = i;
    if (!ITEM.test(text) || ITEM.lastIndex > end) break;
    item = true;
    i = ITEM.lastIndex;
  }
  return lineOf('prose', item, i);
}

function startsWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  return c >= 97 && c <= 122 && text.charCodeAt(at + 1) !== 41;
}

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** A setext underline follows a one-paragraph heading: its sentences on the line above are not prose. */
function dropLine(out: SentenceList, text: string, underline: number): void {
  const above = text.lastIndexOf('\n', underline - 2) + 1;
  while (out.count > 0 && out.starts[out.count - 1]! >= above) out.count--;
}

/**
 * Where a sentence ends when the mark at `at` ends it: after closing quotes, brackets, emphasis
 * and footnote markers, before white space or the line's end; -1 when the mark ends nothing.
 */
function sentenceEnd(text: string, at: number, lineEnd: number): number {
  let j = at + 1;
  while (j < lineEnd && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++; // "?!" "..."
  for (;;) {
    const c = text.charCodeAt(j);
    if (j < lineEnd && CLOSERS.has(c)) j++;
    else if (j < lineEnd && isSuperscriptDigit(c)) j++;
    else if (c === 91 /* [ */) {
      const close = footnoteEnd(text, j, lineEnd);
      if (close === -1) break;
      j = close;
    } else break;
  }
  // Masked text (a span's attributes, code) counts as white space: "now.]{.claim #c} Then…".
  if (j < lineEnd && !isWhiteSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 0) return -1;
  if (text.charCodeAt(at) === 46 && isAbbreviation(text, at, j, lineEnd)) return -1;
  if (startsLowerCase(text, j, lineEnd)) return -1;
  return j;
}

/** After a footnote marker at `at` ("[^3]", "[footnote 12]", "[4]"), or -1 when there is none. */
function footnoteEnd(text: string, at: number, lineEnd: number): number {
  const close = text.indexOf(']', at);
  if (close === -1 || close > lineEnd || close - at > 24) return -1;
  const next = text.charCodeAt(close + 1);
  if (next === 40 || next === 91 || next === 123) return -1; // a link or a span: "[x](…)", "[x]{…}"
  return FOOTNOTE.test(text.slice(at + 1, close)) ? close + 1 : -1;
}

/** "U.S." "e.g." "No." "Art." — a full stop that closes an abbreviation, not the sentence. */
function isAbbreviation(text: string, dot: number, after: number, lineEnd: number): boolean {
  let k = dot;
  while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  // One letter: "U.S.", "e.g.", "J. Smith" (a sentence ending in a one-letter word is rarer).
  if (dot - k <= 1) return dot - k === 1;
  if (dot - k > MAX_ABBREVIATION) return false;
  const word = ABBREVIATION_HASHES.get(hashRange(text, k, dot, true));
  // A hash may collide: the word itself is compared too (only here, before a full stop).
  if (word === undefined || !sameWord(text, k, dot, word, true)) return false;
  if (MAY_END.has(word)) {
    const next = nextVisible(text, after, lineEnd);
    return !(next >= 65 && next <= 90);
  }
  return true;
}

/** The next character is a lower-case letter: "approx. three", "pp. ii", a sentence that goes on. */
function startsLowerCase(text: string, from: number, lineEnd: number): boolean {
  const c = nextVisible(text, from, lineEnd);
  return c >= 97 && c <= 122;
}

function nextVisible(text: string, from: number, lineEnd: number): number {
  let k = from;
  while (k < lineEnd && (isWhiteSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 0)) k++;
  return k < lineEnd ? text.charCodeAt(k) : -1;
}

/** ¹ ² ³ and ⁰–⁹: footnote markers. */
function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** Only a mark at either end can be left out (balanceEmphasis), and most sentences have none there. */
function endsWithEmphasis(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  return first === 42 || first === 95 || last === 42 || last === 95;
}

/**
 * A sentence that starts or ends inside `*…*` or `_…_` leaves out the delimiter it does not
 * close: "*A brief. Figures are estimates.*" is "A brief." and "Figures are estimates.", so
 * tagging either keeps the emphasis whole.
 */
function balanceEmphasis(text: string, start: number, end: number): [number, number] {
  let stars = 0;
  let lows = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42) stars++;
    else if (c === 95) lows++;
  }
  if (stars % 2 === 0 && lows % 2 === 0) return [start, end];
  for (const [mark, count] of [[42, stars], [95, lows]] as const) {
    if (count % 2 === 0) continue;
    if (text.charCodeAt(end - 1) === mark) while (end > start && text.charCodeAt(end - 1) === mark) end--;
    else if (text.charCodeAt(start) === mark) while (start < end && text.charCodeAt(start) === mark) start++;
  }
  return [start, end];
}

function endsWithQuestion(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (!CLOSERS.has(c) && !isSuperscriptDigit(c)) return false;
  }
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return end;
}
