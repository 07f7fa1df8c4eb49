// Parses the `{…}` of a Pandoc bracketed span: `.class`, `#id`, `key=value`, `key="quoted value"`.

import { isWhiteSpace } from '../text/foldText';

export interface AttributeValue {
  value: string;
  /** Offsets of the whole `key=value` item. */
  start: number;
  end: number;
  /** Offsets of the value alone (inside the quotes when quoted). */
  valueStart: number;
  valueEnd: number;
}

export interface SpanAttributes {
  classes: Array<{ name: string; start: number; end: number }>;
  id: AttributeValue | undefined;
  values: Map<string, AttributeValue>;
  errors: Array<{ message: string; start: number; end: number }>;
}

const NAME_CHAR = /[\p{L}\p{N}_\-:.]/u;

// Read by char code: `text[i]` makes a string of each character of a two-byte text (any brief
// with a curly quote or a dash), and a brief has thousands of spans.

/** What NAME_CHAR matches, for one UTF-16 unit. */
function isNameCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46;
  return NAME_CHAR.test(String.fromCharCode(c));
}

/** Every code point of `name` is a NAME_CHAR. */
function isName(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 128) return [...name].every((ch) => NAME_CHAR.test(ch));
  for (let i = 0; i < name.length; i++) if (!isNameCode(name.charCodeAt(i))) return false;
  return true;
}

const DOT = 46;
const HASH = 35;
const EQUALS = 61;

/** `text` is the whole block; `[from, to)` is the inside of the braces. */
export function parseSpanAttributes(text: string, from: number, to: number): SpanAttributes {
  const out: SpanAttributes = { classes: [], id: undefined, values: new Map(), errors: [] };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === DOT || c === HASH) {
      i++;
      while (i < to && !isWhiteSpace(text.charCodeAt(i))) i++;
      const name = text.slice(start + 1, i);
      if (name === '' || (c === DOT && !isName(name))) {
        out.errors.push({ message: `"${text.slice(start, i)}" is not a valid ${c === DOT ? 'class' : 'id'}.`, start, end: i });
      } else if (c === DOT) {
        out.classes.push({ name, start, end: i });
      } else if (out.id) {
        out.errors.push({ message: `A span has one id; "#${name}" is a second one.`, start, end: i });
      } else {
        out.id = { value: name, start, end: i, valueStart: start + 1, valueEnd: i };
      }
      continue;
    }
    while (i < to && isNameCode(text.charCodeAt(i))) i++;
    const key = text.slice(start, i);
    if (key === '' || text.charCodeAt(i) !== EQUALS) {
      while (i < to && !isWhiteSpace(text.charCodeAt(i))) i++;
      out.errors.push({ message: `"${text.slice(start, i)}" is not an attribute: use .class, #id or key=value.`, start, end: Math.max(i, start + 1) });
      continue;
    }
    i++; // '='
    const parsed = readValue(text, i, to);
    if (parsed.error) {
      out.errors.push({ message: parsed.error, start, end: parsed.end });
      i = parsed.end;
      continue;
    }
    if (out.values.has(key)) out.errors.push({ message: `The attribute "${key}" is given twice.`, start, end: parsed.end });
    else out.values.set(key, { value: parsed.value, start, end: parsed.end, valueStart: parsed.valueStart, valueEnd: parsed.valueEnd });
    i = parsed.end;
  }
  return out;
}

function readValue(text: string, i: number, to: number): { value: string; valueStart: number; valueEnd: number; end: number; error?: string } {
  const quote = text.charCodeAt(i);
  if (quote === 34 /* " */ || quote === 39 /* ' */) {
    let value = '';
    let j = i + 1;
    let copied = j;
    while (j < to && text.charCodeAt(j) !== quote) {
      // A backslash escapes the next character: the value keeps that character, not the backslash.
      if (text.charCodeAt(j) === 92 /* \ */ && j + 1 < to) {
        value += text.slice(copied, j);
        copied = ++j;
      }
      j++;
    }
    value += text.slice(copied, j);
    if (j >= to) return { value, valueStart: i + 1, valueEnd: to, end: to, error: `The quoted value starting here is never closed (missing ${text[i]}).` };
    return { value, valueStart: i + 1, valueEnd: j, end: j + 1 };
  }
  let j = i;
  while (j < to && !isWhiteSpace(text.charCodeAt(j))) j++;
  if (j === i) return { value: '', valueStart: i, valueEnd: i, end: i, error: 'The attribute has no value after "=".' };
  return { value: text.slice(i, j), valueStart: i, valueEnd: j, end: j };
}
