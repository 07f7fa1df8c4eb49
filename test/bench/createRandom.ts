// A small seeded PRNG (mulberry32) so that every benchmark run generates the same inputs.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A uniformly chosen item. */
  pick<T>(items: readonly T[]): T;
  /** An item chosen with a Zipf-like bias towards the start of the list (s ≈ 1). */
  zipf<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    // Inverse of the continuous CDF of 1/x on [1, n + 1]: rank r has weight ≈ 1/r.
    zipf: (items) => items[Math.min(items.length - 1, Math.floor(Math.exp(next() * Math.log(items.length + 1)) - 1))]!,
  };
}
