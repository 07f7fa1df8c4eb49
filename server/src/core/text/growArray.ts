/**
 * `array` when it has `size` places, else a new typed array of its type, at least twice as long,
 * holding its first `keep` values: the scratch arrays the analysis reuses from block to block grow
 * this way.
 */
export function growArray<T extends Int32Array | Uint8Array>(array: T, size: number, keep = 0): T {
  if (array.length >= size) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  if (keep > 0) bigger.set(array.subarray(0, keep));
  return bigger;
}
