import type { TextSource } from '../text/pieceText';

// Splits a Markdown brief into blocks (runs of lines separated by blank lines outside code and
// comments) and finds the line-level regions where nothing is matched: front matter, fenced and
// indented code, HTML comments and reference definitions. The split is a left-to-right state
// machine, so an edit only needs the blocks from the one it touches up to where the state
// agrees again with the previous split.

export interface RawBlock {
  /** Offset of the block's first line. */
  start: number;
  /** Offset where the next block starts (or the text's length). */
  end: number;
  /** Whether the block starts inside a list (indented lines are then not code). */
  inList: boolean;
  /** Absolute [start, end) pairs of skipped regions, in order. */
  skips: number[];
}

interface LineState {
  fence: { char: number; length: number } | undefined;
  comment: boolean;
  prevBlank: boolean;
  inList: boolean;
}

/**
 * Splits `text` from `from` (a block start). `shouldStop` is asked at each new block start after
 * the first; when it returns true the split ends there (the caller reuses what follows).
 * `frontMatterEnd`: where the front matter ends in `text` (0: none); found here by default for a
 * split from the start, given by a caller that splits a window of a longer text.
 */
export function splitBlocks(text: string, from = 0, inList = false, shouldStop?: (start: number, inList: boolean) => boolean, frontMatterEnd = from === 0 ? findFrontMatterEnd(text) : 0): RawBlock[] {
  const blocks: RawBlock[] = [];
  const state: LineState = { fence: undefined, comment: false, prevBlank: true, inList };
  let block: RawBlock = { start: from, end: text.length, inList, skips: [] };
  let lineStart = from;
  if (frontMatterEnd > 0) {
    block.skips.push(0, frontMatterEnd);
    lineStart = frontMatterEnd;
  }
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    if (!state.fence && !state.comment && state.prevBlank && lineStart > block.start && !isBlank(text, lineStart, lineEnd)) {
      if (shouldStop?.(lineStart, state.inList)) {
        block.end = lineStart;
        blocks.push(block);
        return blocks;
      }
      block.end = lineStart;
      blocks.push(block);
      block = { start: lineStart, end: text.length, inList: state.inList, skips: [] };
    }
    scanLine(text, lineStart, lineEnd, next, state, block.skips);
    lineStart = next;
  }
  block.end = text.length;
  blocks.push(block);
  return blocks;
}

function scanLine(text: string, start: number, end: number, next: number, state: LineState, skips: number[]): void {
  if (state.fence) {
    if (isClosingFence(text, start, end, state.fence)) state.fence = undefined;
    skips.push(start, next);
    return;
  }
  let from = start;
  if (state.comment) {
    const close = indexWithin(text, '-->', start, end);
    if (close === -1) {
      skips.push(start, next);
      return;
    }
    skips.push(start, close + 3);
    state.comment = false;
    from = close + 3;
    if (isBlank(text, from, end)) return;
  } else {
    if (isBlank(text, start, end)) {
      state.prevBlank = true;
      return;
    }
    const indent = indentWidth(text, start, end);
    if (indent >= 4 && state.prevBlank && !state.inList) {
      skips.push(start, next); // indented code
      return;
    }
    const fence = openingFence(text, start, end, indent);
    if (fence) {
      state.fence = fence;
      state.prevBlank = false;
      skips.push(start, next);
      return;
    }
    if (indent < 4 && isReferenceDefinition(text, start + indent, end)) {
      state.prevBlank = false;
      skips.push(start, next);
      return;
    }
    if (indent < 4 && isListMarker(text, start + indent, end)) state.inList = true;
    else if (state.prevBlank && indent === 0) state.inList = false;
  }
  state.prevBlank = false;
  scanComments(text, from, end, next, state, skips);
}

/** Finds `<!-- … -->` in a line, stepping over inline code; an unclosed one runs on. */
function scanComments(text: string, from: number, end: number, next: number, state: LineState, skips: number[]): void {
  if (indexWithin(text, '<!--', from, end) === -1) return;
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 96 /* ` */) {
      let run = 1;
      while (i + run < end && text.charCodeAt(i + run) === 96) run++;
      const close = findBacktickRun(text, i + run, end, run);
      i = close === -1 ? i + run : close + run;
      continue;
    }
    if (c === 60 /* < */ && text.startsWith('<!--', i)) {
      const close = indexWithin(text, '-->', i + 4, end);
      if (close !== -1) {
        skips.push(i, close + 3);
        i = close + 3;
        continue;
      }
      skips.push(i, next);
      state.comment = true;
      return;
    }
    i++;
  }
}

export function findBacktickRun(text: string, from: number, end: number, length: number): number {
  let i = from;
  while (i < end) {
    const at = text.indexOf('`', i);
    if (at === -1 || at >= end) return -1;
    let run = 1;
    while (at + run < end && text.charCodeAt(at + run) === 96) run++;
    if (run === length) return at;
    i = at + run;
  }
  return -1;
}

/**
 * findFrontMatterEnd of a text read in growing prefixes: the front matter is short, and the text
 * need not be made whole for it. A match that reaches the prefix's end may be a line cut short
 * ("---" of "----"): it counts only when the prefix is the whole text.
 */
export function frontMatterEndOf(text: TextSource): number {
  if (typeof text === 'string') return findFrontMatterEnd(text);
  if (text.slice(0, 3) !== '---') return 0;
  for (let size = 4096; ; size *= 4) {
    if (size >= text.length) return findFrontMatterEnd(text.slice(0, text.length));
    const prefix = text.slice(0, size);
    if (prefix.indexOf('\n') === -1) continue; // the first line is longer still
    const end = findFrontMatterEnd(prefix);
    if (end === 0 && !FRONT_MATTER_OPEN.test(prefix)) return 0;
    if (end > 0 && end < prefix.length) return end;
  }
}

/** The first line of front matter. */
const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/;

/** End of the YAML front matter (`---` … `---`) at the very start, or 0. */
export function findFrontMatterEnd(text: string): number {
  if (!FRONT_MATTER_OPEN.test(text)) return 0;
  // Searched in place from the second line (no copy of the text: this runs on keystrokes).
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = text.indexOf('\n') + 1;
  const match = close.exec(text);
  return match ? match.index + match[0].length : 0;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function indentWidth(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - (width % 4);
    else break;
  }
  return width;
}

function openingFence(text: string, start: number, end: number, indent: number): { char: number; length: number } | undefined {
  if (indent > 3) return undefined;
  const at = start + indent;
  const char = text.charCodeAt(at);
  if (char !== 96 && char !== 126) return undefined;
  let length = 0;
  while (at + length < end && text.charCodeAt(at + length) === char) length++;
  if (length < 3) return undefined;
  if (char === 96 && text.slice(at + length, end).includes('`')) return undefined;
  return { char, length };
}

function isClosingFence(text: string, start: number, end: number, fence: { char: number; length: number }): boolean {
  const indent = indentWidth(text, start, end);
  if (indent > 3) return false;
  let i = start + indent;
  let length = 0;
  while (i < end && text.charCodeAt(i) === fence.char) {
    length++;
    i++;
  }
  return length >= fence.length && isBlank(text, i, end);
}

function isReferenceDefinition(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 91 /* [ */ || text.charCodeAt(start + 1) === 64 /* @ */) return false;
  const close = indexWithin(text, ']:', start, end);
  return close > start + 1 && !text.slice(start + 1, close).includes(']');
}

/**
 * `text.indexOf(needle, from)` limited to matches that end by `end`, else -1. Never looks past
 * `end`: an unbounded indexOf per line made splitting quadratic (a 1 MB brief without comments took 130 ms).
 */
// Lines are searched in order: the next occurrence found once serves every line before it,
// so a document is searched once per needle instead of once per line.
const nextOccurrence = new Map<string, { text: string; from: number; found: number }>();

function indexWithin(text: string, needle: string, from: number, end: number): number {
  let next = nextOccurrence.get(needle);
  if (!next || next.text !== text || from < next.from || (next.found !== -1 && next.found < from)) {
    next = { text, from, found: text.indexOf(needle, from) };
    nextOccurrence.set(needle, next);
  }
  return next.found !== -1 && next.found + needle.length <= end ? next.found : -1;
}

function isListMarker(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 45 || c === 42 || c === 43) return start + 1 >= end || text.charCodeAt(start + 1) === 32 || text.charCodeAt(start + 1) === 9;
  let i = start;
  while (i < end && i - start < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === start) return false;
  const d = text.charCodeAt(i);
  return (d === 46 || d === 41) && (i + 1 >= end || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9);
}
