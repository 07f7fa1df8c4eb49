// The edges of the matcher's trie in one open-addressing hash table: (parent node, word hash) →
// child node, and a value the owner keeps with the edge. A slot's numbers sit side by side in one
// Int32Array, so a look-up reads one cache line, not one per array: on a 10,000-entry glossary
// the table is larger than the cache, and every word of a brief probes it.

const EMPTY = -1;
/** Parent, hash, child, and a value the owner keeps with the edge (-1 until set): four to a slot keeps a slot inside one cache line (slot offsets are `<< 2`). */
const STRIDE = 4;

export class EdgeTable {
  private slots = emptySlots(1024);
  private size = 0;

  /** The child of `parent` under `hash`, or -1. */
  get(parent: number, hash: number): number {
    const at = this.slotOf(parent, hash);
    return at < 0 ? -1 : this.slots[at + 2]!;
  }

  /** Where the edge of `parent` under `hash` is kept, or -1: for childAt and valueAt. */
  slotOf(parent: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - STRIDE;
    let at = (mix(parent, hash) << 2) & mask;
    for (;;) {
      const p = slots[at]!;
      if (p === EMPTY) return -1;
      if (p === parent && slots[at + 1] === hash) return at;
      at = (at + STRIDE) & mask;
    }
  }

  childAt(slot: number): number {
    return this.slots[slot + 2]!;
  }

  /** The value kept with the edge at `slot` (-1 until set). */
  valueAt(slot: number): number {
    return this.slots[slot + 3]!;
  }

  /** Keeps `value` with the edge of `parent` under `hash`, which must exist. */
  setValue(parent: number, hash: number, value: number): void {
    this.slots[this.slotOf(parent, hash) + 3] = value;
  }

  /** Adds an edge; the caller has checked with `get` that there is none. */
  set(parent: number, hash: number, child: number): void {
    if ((this.size + 1) * 2 * STRIDE > this.slots.length) this.grow();
    insert(this.slots, parent, hash, child);
    this.size++;
  }

  /** Every edge as flat (parent, hash, child, value) quads, for a table built ahead of time. */
  quads(): number[] {
    const out: number[] = [];
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += STRIDE) {
      if (slots[at] !== EMPTY) out.push(slots[at]!, slots[at + 1]!, slots[at + 2]!, slots[at + 3]!);
    }
    return out;
  }

  /** A table of the edges, with their values, that `quads` lists, sized once. */
  static fromQuads(quads: readonly number[]): EdgeTable {
    const table = new EdgeTable();
    const edges = quads.length / STRIDE;
    let capacity = 1024;
    while (edges * 2 > capacity) capacity *= 2;
    table.slots = emptySlots(capacity);
    for (let i = 0; i < quads.length; i += STRIDE) insert(table.slots, quads[i]!, quads[i + 1]!, quads[i + 2]!, quads[i + 3]!);
    table.size = edges;
    return table;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = emptySlots((old.length / STRIDE) * 2);
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at] !== EMPTY) insert(this.slots, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
  }
}

function emptySlots(capacity: number): Int32Array {
  return new Int32Array(capacity * STRIDE).fill(EMPTY);
}

function insert(slots: Int32Array, parent: number, hash: number, child: number, value = EMPTY): void {
  const mask = slots.length - STRIDE;
  let at = (mix(parent, hash) << 2) & mask;
  while (slots[at] !== EMPTY) at = (at + STRIDE) & mask;
  slots[at] = parent;
  slots[at + 1] = hash;
  slots[at + 2] = child;
  slots[at + 3] = value;
}

/** Spreads (parent, hash) over the slots (a murmur3-style finaliser). */
function mix(parent: number, hash: number): number {
  let h = hash ^ Math.imul(parent, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
