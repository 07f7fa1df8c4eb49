import { describe, expect, it } from 'vitest';
import { EdgeTable } from '../../../../server/src/core/matching/edgeTable';

describe('EdgeTable', () => {
  it('maps (parent, hash) to a child, and -1 when absent', () => {
    const t = new EdgeTable();
    t.set(0, 12345, 7);
    t.set(7, 12345, 8);
    expect(t.get(0, 12345)).toBe(7);
    expect(t.get(7, 12345)).toBe(8);
    expect(t.get(0, 54321)).toBe(-1);
    expect(t.get(8, 12345)).toBe(-1);
  });

  it('keeps every edge while it grows, colliding slots included', () => {
    const t = new EdgeTable();
    const edges: Array<[number, number, number]> = [];
    for (let i = 0; i < 20_000; i++) edges.push([i % 97, (i * 2654435761) & 0x3fffffff, i + 2]);
    for (const [p, h, c] of edges) t.set(p, h, c);
    expect(edges.every(([p, h, c]) => t.get(p, h) === c)).toBe(true);
    expect(t.get(96, 1)).toBe(-1);
  });
});

describe('EdgeTable values', () => {
  it('keeps a value with an edge, -1 until set, through growth', () => {
    const t = new EdgeTable();
    t.set(0, 1, 2);
    expect(t.valueAt(t.slotOf(0, 1))).toBe(-1);
    t.setValue(0, 1, 42);
    for (let i = 0; i < 5_000; i++) t.set(1 + (i % 13), i, i + 3);
    const slot = t.slotOf(0, 1);
    expect(t.childAt(slot)).toBe(2);
    expect(t.valueAt(slot)).toBe(42);
    expect(t.slotOf(0, 2)).toBe(-1);
    expect(t.valueAt(t.slotOf(5, 4))).toBe(-1);
  });
});
