// The edges of the matcher's trie in one open-addressing hash table over typed arrays:
// (parent node, word hash) → child node. A look-up is a few array reads, with no boxing and no
// per-node Map.

const EMPTY = -1;

export class EdgeTable {
  private parents = new Int32Array(1024).fill(EMPTY);
  private hashes = new Int32Array(1024);
  private children = new Int32Array(1024);
  private size = 0;

  /** The child of `parent` under `hash`, or -1. */
  get(parent: number, hash: number): number {
    const parents = this.parents;
    const mask = parents.length - 1;
    let slot = mix(parent, hash) & mask;
    for (;;) {
      const p = parents[slot]!;
      if (p === EMPTY) return -1;
      if (p === parent && this.hashes[slot] === hash) return this.children[slot]!;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds an edge; the caller has checked with `get` that there is none. */
  set(parent: number, hash: number, child: number): void {
    if ((this.size + 1) * 2 > this.parents.length) this.grow();
    this.insert(parent, hash, child);
    this.size++;
  }

  private insert(parent: number, hash: number, child: number): void {
    const mask = this.parents.length - 1;
    let slot = mix(parent, hash) & mask;
    while (this.parents[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.parents[slot] = parent;
    this.hashes[slot] = hash;
    this.children[slot] = child;
  }

  /** Every edge as flat (parent, hash, child) triples, for a table built ahead of time. */
  triples(): number[] {
    const out: number[] = [];
    for (let slot = 0; slot < this.parents.length; slot++) {
      if (this.parents[slot] !== EMPTY) out.push(this.parents[slot]!, this.hashes[slot]!, this.children[slot]!);
    }
    return out;
  }

  /** A table of the edges `triples` lists, sized once. */
  static fromTriples(triples: readonly number[]): EdgeTable {
    const table = new EdgeTable();
    const edges = triples.length / 3;
    let capacity = 1024;
    while (edges * 2 > capacity) capacity *= 2;
    table.parents = new Int32Array(capacity).fill(EMPTY);
    table.hashes = new Int32Array(capacity);
    table.children = new Int32Array(capacity);
    for (let i = 0; i < triples.length; i += 3) table.insert(triples[i]!, triples[i + 1]!, triples[i + 2]!);
    table.size = edges;
    return table;
  }

  private grow(): void {
    const { parents, hashes, children } = this;
    const capacity = parents.length * 2;
    this.parents = new Int32Array(capacity).fill(EMPTY);
    this.hashes = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
    for (let slot = 0; slot < parents.length; slot++) {
      if (parents[slot] !== EMPTY) this.insert(parents[slot]!, hashes[slot]!, children[slot]!);
    }
  }
}

/** Spreads (parent, hash) over the slots (a murmur3-style finaliser). */
function mix(parent: number, hash: number): number {
  let h = hash ^ Math.imul(parent, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
