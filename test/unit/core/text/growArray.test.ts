import { describe, expect, it } from 'vitest';
import { growArray } from '../../../../server/src/core/text/growArray';

describe('growArray', () => {
  it('gives the array back when it is long enough', () => {
    const a = new Int32Array(8);
    expect(growArray(a, 8)).toBe(a);
  });

  it('makes an array of the same type, at least twice as long, with the values kept that were asked for', () => {
    const a = Int32Array.from([1, 2, 3, 4]);
    const b = growArray(a, 5, 3);
    expect(b).toBeInstanceOf(Int32Array);
    expect(Array.from(b)).toEqual([1, 2, 3, 0, 0, 0, 0, 0]);
    const bytes = growArray(Uint8Array.from([9]), 100);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes).toHaveLength(100);
    expect(bytes[0]).toBe(0);
  });
});
