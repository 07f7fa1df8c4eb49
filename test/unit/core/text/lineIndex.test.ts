import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';
import { PieceText } from '../../../../server/src/core/text/pieceText';

describe('LineIndex', () => {
  const text = 'ab\ncd\r\n\nlast';
  const lines = new LineIndex(text);

  it('counts lines (a trailing newline opens an empty last line)', () => {
    expect(lines.lineCount).toBe(4);
    expect(new LineIndex('').lineCount).toBe(1);
    expect(new LineIndex('x\n').lineCount).toBe(2);
  });

  it('converts offsets to 0-based positions', () => {
    expect(lines.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(2)).toEqual({ line: 0, character: 2 });
    expect(lines.positionAt(3)).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(6)).toEqual({ line: 1, character: 3 }); // the \n after \r
    expect(lines.positionAt(7)).toEqual({ line: 2, character: 0 });
    expect(lines.positionAt(8)).toEqual({ line: 3, character: 0 });
    expect(lines.positionAt(12)).toEqual({ line: 3, character: 4 });
  });

  it('clamps offsets outside the text', () => {
    expect(lines.positionAt(-5)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(1000)).toEqual({ line: 3, character: 4 });
  });

  it('counts UTF-16 code units', () => {
    const astral = new LineIndex('😀x\ny');
    expect(astral.positionAt(3)).toEqual({ line: 0, character: 3 });
    expect(astral.offsetAt({ line: 1, character: 0 })).toBe(4);
  });

  it('converts positions back to offsets, clamping to the line', () => {
    expect(lines.offsetAt({ line: 1, character: 1 })).toBe(4);
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(lines.offsetAt({ line: 3, character: 99 })).toBe(12);
    expect(lines.offsetAt({ line: 9, character: 0 })).toBe(12);
    expect(lines.offsetAt({ line: -1, character: 3 })).toBe(0);
    expect(lines.offsetAt({ line: 2, character: -4 })).toBe(7);
  });

  it('round-trips every offset', () => {
    for (let offset = 0; offset <= text.length; offset++) expect(lines.offsetAt(lines.positionAt(offset))).toBe(offset);
  });

  it('gives line starts, clamped', () => {
    expect([0, 1, 2, 3].map((l) => lines.lineStart(l))).toEqual([0, 3, 7, 8]);
    expect(lines.lineStart(-1)).toBe(0);
    expect(lines.lineStart(10)).toBe(8);
  });

  it('builds ranges and diagnostics, keeping data', () => {
    expect(lines.range(1, 4)).toEqual({ start: { line: 0, character: 1 }, end: { line: 1, character: 1 } });
    const withData = lines.diagnostic({ severity: 'error', code: 'unknown-id', message: 'm', start: 3, end: 5, data: { suggestions: ['x'] } });
    expect(withData).toEqual({ severity: 'error', code: 'unknown-id', message: 'm', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, data: { suggestions: ['x'] } });
    const without = lines.diagnostic({ severity: 'hint', code: 'c', message: 'm', start: 0, end: 0 });
    expect('data' in without).toBe(false);
  });
});

describe('LineIndex of a text in pieces', () => {
  it('finds the same lines as in the string, across pieces and the slices it reads', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `line ${i}${i % 3 ? '' : '\r'}`).join('\n');
    const pieces = PieceText.fromPieces(text.match(/[\s\S]{1,777}/g)!);
    const a = new LineIndex(text);
    const b = new LineIndex(pieces);
    expect(b.lineCount).toBe(a.lineCount);
    for (let offset = 0; offset <= text.length; offset += 997) expect(b.positionAt(offset)).toEqual(a.positionAt(offset));
    expect(b.positionAt(text.length + 5)).toEqual(a.positionAt(text.length + 5));
    expect(b.offsetAt({ line: 19_999, character: 99 })).toBe(a.offsetAt({ line: 19_999, character: 99 }));
  });
});
