import { parseSpanAttributes, type SpanAttributes } from './parseSpanAttributes';
import { growArray } from '../text/growArray';
import { findBacktickRun } from './splitBlocks';

// Inline Markdown inside one block: what is never matched (code spans, HTML tags, autolinks, bare
// URLs, link destinations, citation keys, span attributes) and the structures Briefmark reads
// (bracketed spans, links, citations). Offsets are relative to the block.

export interface Span {
  /** Offset of `[`. */
  open: number;
  textStart: number;
  textEnd: number;
  /** Offsets of `{` and one past `}`. */
  attrStart: number;
  attrEnd: number;
  attributes: SpanAttributes;
}

export interface Link {
  start: number;
  end: number;
  destination: string;
}

export interface Citation {
  key: string;
  start: number;
  end: number;
}

export interface InlineScan {
  /** [start, end) pairs never matched. */
  masks: number[];
  spans: Span[];
  links: Link[];
  citations: Citation[];
  /** Spans whose `{` is never closed. */
  unclosed: Array<{ start: number; end: number }>;
}

const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|^<[^\s<>@]+@[^\s<>@]+>/;
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;
const URL_START = /^(?:https?:\/\/|www\.)/i;
const CITATION_KEY = /^@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*/u;

// Where something scanInline reads may start: a backslash, a backtick, "<", "@", a bracket, or
// "ht"/"ww" not after a letter, digit, "/" or "." (a bare URL's start, the cheap test before
// URL_START). The regex engine finds the next one far faster than a loop over every character;
// prose has one every few dozen.
const NEXT = /[\\`<@[\]]|(?<![0-9A-Za-z/.])(?:[hH][tT]|[wW][wW])/g;

/** The offset of the next place of interest at or after `from`, or -1. */
function nextInteresting(text: string, from: number): number {
  NEXT.lastIndex = from;
  if (!NEXT.test(text)) return -1;
  const end = NEXT.lastIndex;
  // A two-letter match ("ht", "ww") starts one before its last letter; no single character of the class is t or w.
  const last = text.charCodeAt(end - 1) | 32;
  return last === 116 /* t */ || last === 119 /* w */ ? end - 2 : end - 1;
}

export function scanInline(text: string): InlineScan {
  const out: InlineScan = { masks: [], spans: [], links: [], citations: [], unclosed: [] };
  const stack: number[] = [];
  let parens: Int32Array | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    i = nextInteresting(text, i);
    if (i === -1) break;
    const c = text.charCodeAt(i);
    switch (c) {
      case 92 /* \ */:
        i += 2;
        continue;
      case 96 /* ` */: {
        let run = 1;
        while (i + run < n && text.charCodeAt(i + run) === 96) run++;
        const close = findBacktickRun(text, i + run, n, run);
        if (close === -1) i += run;
        else {
          out.masks.push(i, close + run);
          i = close + run;
        }
        continue;
      }
      case 60 /* < */: {
        const rest = text.slice(i, i + 512);
        const m = AUTOLINK.exec(rest) ?? HTML_TAG.exec(rest);
        if (m) {
          out.masks.push(i, i + m[0].length);
          i += m[0].length;
          continue;
        }
        break;
      }
      case 104 /* h */:
      case 72 /* H */:
      case 119 /* w */:
      case 87 /* W */:
        // NEXT stops at an h or a w only where a URL may start.
        if (URL_START.test(text.slice(i, i + 8))) {
          const end = urlEnd(text, i);
          out.masks.push(i, end);
          i = end;
          continue;
        }
        break;
      case 64 /* @ */:
        if (i === 0 || /[\s[;(-]/.test(text[i - 1]!)) {
          const m = CITATION_KEY.exec(text.slice(i, i + 200));
          if (m) {
            const key = m[0].slice(1).replace(/[.:?]+$/, '');
            out.citations.push({ key, start: i, end: i + 1 + key.length });
            out.masks.push(i, i + 1 + key.length);
            i += 1 + key.length;
            continue;
          }
        }
        break;
      case 91 /* [ */:
        stack.push(i);
        break;
      case 93 /* ] */: {
        const open = stack.pop();
        if (open === undefined) break;
        const after = text.charCodeAt(i + 1);
        if (after === 123 /* { */) i = closeSpan(text, open, i, out);
        else if (after === 40 /* ( */) i = closeLink(text, open, i, (parens ??= matchParens(text)), out);
        else if (after === 91 /* [ */) i = closeReference(text, i, out);
        else i++;
        continue;
      }
    }
    i++;
  }
  return out;
}

function closeSpan(text: string, open: number, bracket: number, out: InlineScan): number {
  const close = findAttributesEnd(text, bracket + 2);
  if (close === -1) {
    const lineEnd = text.indexOf('\n', bracket);
    let end = lineEnd === -1 ? text.length : lineEnd;
    // A CRLF line ends before its "\r": the range stays inside the line, as on an LF line.
    if (end > bracket + 1 && text.charCodeAt(end - 1) === 13) end--;
    out.unclosed.push({ start: bracket + 1, end });
    return bracket + 2;
  }
  out.spans.push({
    open,
    textStart: open + 1,
    textEnd: bracket,
    attrStart: bracket + 1,
    attrEnd: close + 1,
    attributes: parseSpanAttributes(text, bracket + 2, close),
  });
  out.masks.push(bracket + 1, close + 1);
  return close + 1;
}

function findAttributesEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return -1; // ran into a masked (skipped) region
    if (quote) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 125 /* } */) return i;
    else if (c === 123 /* { */ || (c === 10 && text.charCodeAt(i + 1) === 10)) return -1;
  }
  return -1;
}

function closeLink(text: string, open: number, bracket: number, parens: Int32Array, out: InlineScan): number {
  const close = parens[bracket + 1]!;
  if (close === -1) return bracket + 1;
  const inside = text.slice(bracket + 2, close).trim();
  const destination = inside.startsWith('<') ? inside.slice(1, inside.indexOf('>') >>> 0) : inside.split(/\s+/)[0] ?? '';
  out.links.push({ start: open, end: close + 1, destination });
  out.masks.push(bracket + 1, close + 1);
  return close + 1;
}

let parenScratch = new Int32Array(1024);

/**
 * For each `(`, the offset of the `)` that balances it (backslash escapes skipped, never across a
 * blank line), else -1. One pass, so a paragraph of unclosed `[a](` stays linear.
 */
function matchParens(text: string): Int32Array {
  // One scratch array for every block (a scan is synchronous and reads it only while it runs).
  const match = (parenScratch = growArray(parenScratch, text.length)).fill(-1, 0, text.length);
  const open: number[] = [];
  PAREN_MARKS.lastIndex = 0;
  while (PAREN_MARKS.test(text)) {
    const i = PAREN_MARKS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 92) PAREN_MARKS.lastIndex = i + 2;
    else if (c === 40) open.push(i);
    else if (c === 41) {
      const at = open.pop();
      if (at !== undefined) match[at] = i;
    } else open.length = 0; // a blank line
  }
  return match;
}

/** What matchParens reads: an escape, a parenthesis, a blank line (found by the regex engine, not char by char). */
const PAREN_MARKS = /[\\()]|\n\n/g;

function closeReference(text: string, bracket: number, out: InlineScan): number {
  const close = text.indexOf(']', bracket + 2);
  const newline = text.indexOf('\n', bracket);
  if (close === -1 || (newline !== -1 && newline < close)) return bracket + 1;
  out.masks.push(bracket + 1, close + 1);
  return close + 1;
}

function urlEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !/[\s<>\u0000]/.test(text[end]!)) end++;
  while (end > start && /[.,;:!?)\]*_'"]/.test(text[end - 1]!)) end--;
  return end;
}
