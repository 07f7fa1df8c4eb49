// Parses the `{…}` of a Pandoc bracketed span: `.class`, `#id`, `key=value`, `key="quoted value"`.

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

/** `text` is the whole block; `[from, to)` is the inside of the braces. */
export function parseSpanAttributes(text: string, from: number, to: number): SpanAttributes {
  const out: SpanAttributes = { classes: [], id: undefined, values: new Map(), errors: [] };
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '.' || c === '#') {
      i++;
      while (i < to && !/\s/.test(text[i]!)) i++;
      const name = text.slice(start + 1, i);
      if (name === '' || (c === '.' && ![...name].every((ch) => NAME_CHAR.test(ch)))) {
        out.errors.push({ message: `"${text.slice(start, i)}" is not a valid ${c === '.' ? 'class' : 'id'}.`, start, end: i });
      } else if (c === '.') {
        out.classes.push({ name, start, end: i });
      } else if (out.id) {
        out.errors.push({ message: `A span has one id; "#${name}" is a second one.`, start, end: i });
      } else {
        out.id = { value: name, start, end: i, valueStart: start + 1, valueEnd: i };
      }
      continue;
    }
    while (i < to && NAME_CHAR.test(text[i]!)) i++;
    const key = text.slice(start, i);
    if (key === '' || text[i] !== '=') {
      while (i < to && !/\s/.test(text[i]!)) i++;
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
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    let value = '';
    let j = i + 1;
    while (j < to && text[j] !== quote) {
      if (text[j] === '\\' && j + 1 < to) j++;
      value += text[j];
      j++;
    }
    if (j >= to) return { value, valueStart: i + 1, valueEnd: to, end: to, error: `The quoted value starting here is never closed (missing ${quote}).` };
    return { value, valueStart: i + 1, valueEnd: j, end: j + 1 };
  }
  let j = i;
  while (j < to && !/\s/.test(text[j]!)) j++;
  if (j === i) return { value: '', valueStart: i, valueEnd: i, end: i, error: 'The attribute has no value after "=".' };
  return { value: text.slice(i, j), valueStart: i, valueEnd: j, end: j };
}
