/**
 * Writes `value` as JSON.stringify(value, null, indent) would, byte for byte, but in chunks as it
 * goes instead of one string: the report of a 10 MB brief is over 100 MB of JSON, and building it
 * whole cost more time (and memory) than the analysis. The top `depth` levels of objects and
 * arrays are walked here; what lies deeper is stringified item by item. Plain data only (no
 * toJSON, no replacer). Written by hand: the streaming JSON packages do far more (async sources,
 * back-pressure) than a synchronous report needs.
 */
export function writeJson(value: unknown, write: (chunk: string) => void, indent = 0, depth = 4): void {
  const out = new ChunkWriter(write);
  emit(value, depth, '');
  out.flush();

  function emit(v: unknown, levels: number, pad: string): void {
    if (levels === 0 || v === null || typeof v !== 'object') {
      const text = JSON.stringify(v, null, indent) ?? 'null';
      out.add(indent && pad && typeof v === 'object' && v !== null ? text.replaceAll('\n', '\n' + pad) : text);
      return;
    }
    const inner = indent ? pad + ' '.repeat(indent) : '';
    const open = indent ? '\n' + inner : '';
    const close = indent ? '\n' + pad : '';
    if (Array.isArray(v)) {
      if (v.length === 0) return out.add('[]');
      if (levels === 1) return leaves(v, pad, close);
      out.add('[');
      for (let i = 0; i < v.length; i++) {
        out.add(i === 0 ? open : ',' + open);
        const item: unknown = v[i];
        emit(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, levels - 1, inner);
      }
      return out.add(close + ']');
    }
    let first = true;
    for (const key of Object.keys(v)) {
      const item = (v as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      out.add((first ? '{' : ',') + open + JSON.stringify(key) + (indent ? ': ' : ':'));
      first = false;
      emit(item, levels - 1, inner);
    }
    out.add(first ? '{}' : close + '}');
  }

  /**
   * An array whose items are leaves (a brief's mentions, its diagnostics), stringified a batch at
   * a time: per item, the calls and small strings cost more than the text itself.
   */
  function leaves(v: unknown[], pad: string, close: string): void {
    out.add('[');
    for (let i = 0; i < v.length; i += LEAF_BATCH) {
      const text = JSON.stringify(v.slice(i, i + LEAF_BATCH), null, indent);
      if (!indent) {
        // The comma goes apart: joined to the batch, it made a rope that encoding the batch copied whole first.
        if (i > 0) out.add(',');
        out.add(text.slice(1, -1));
      } else {
        // "[\n" + the items, one indent in, + "\n]": the items, every line moved right by `pad`.
        const items = text.slice(2, -2);
        out.add((i === 0 ? '\n' : ',\n') + pad + items.replaceAll('\n', '\n' + pad));
      }
    }
    out.add(close + ']');
  }
}

const LEAF_BATCH = 256;

/** Gathers small pieces into chunks of about 64 KB: one write per piece would cost more than the text. A large piece goes out as it is. */
class ChunkWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly write: (chunk: string) => void) {}

  add(text: string): void {
    if (text.length >= 1 << 14) {
      // A batch of leaves is a chunk by itself: joined to the others, it would be copied once more.
      this.flush();
      this.write(text);
      return;
    }
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
