// A fixed set of word hashes (tokenize's 30-bit hashes) in a small open-addressing table. Some
// sets are asked about nearly every word of a brief ("is this a connector?"); a JS Set answers
// through a builtin call and a hash of its own, where this is two array reads for most words.

const EMPTY = -1;

export class WordHashSet {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(hashes: Iterable<number>) {
    const unique = [...new Set(hashes)];
    let size = 16;
    while (size < unique.length * 4) size *= 2; // at most a quarter full: a miss ends at once
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    for (const hash of unique) {
      let at = spread(hash) & this.mask;
      while (this.slots[at] !== EMPTY) at = (at + 1) & this.mask;
      this.slots[at] = hash;
    }
  }

  has(hash: number): boolean {
    let at = spread(hash) & this.mask;
    for (;;) {
      const slot = this.slots[at]!;
      if (slot === hash) return true;
      if (slot === EMPTY) return false;
      at = (at + 1) & this.mask;
    }
  }
}

function spread(hash: number): number {
  const h = Math.imul(hash, 0x9e3779b1);
  return h ^ (h >>> 15);
}
