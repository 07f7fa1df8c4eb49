import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { PieceDocument } from '../../../../server/src/lsp/workspace/PieceDocument';
import { prng } from '../../helpers';

// PieceDocument stands in for vscode-languageserver-textdocument's TextDocument: after the same
// changes, it must answer every question as that library does.

describe('PieceDocument', () => {
  it('answers as TextDocument after random changes, with LF, CRLF and CR line ends', () => {
    const rand = prng(0xd0c);
    const bits = ['word ', 'é', '’', '\n', '\r\n', '\r', '\n\n', '😀', ' ', 'x'];
    const start = 'First line\r\nsecond line\nthird ’ line\rfourth\n\nlast';
    const reference = TextDocument.create('file:///a.md', 'markdown', 1, start);
    const pieces = new PieceDocument('file:///a.md', 'markdown', 1, start);
    for (let version = 2; version < 800; version++) {
      const text = reference.getText();
      const a = Math.floor(rand() * (text.length + 1));
      const b = Math.min(text.length, a + Math.floor(rand() * 5));
      // Ranges as a client sends them, sometimes backwards, sometimes past the end.
      let range = { start: reference.positionAt(a), end: reference.positionAt(b) };
      if (rand() < 0.1) range = { start: range.end, end: range.start };
      if (rand() < 0.05) range = { start: range.start, end: { line: range.end.line + 3, character: 99 } };
      const insert = Array.from({ length: Math.floor(rand() * 3) }, () => bits[Math.floor(rand() * bits.length)]).join('');
      const change = rand() < 0.02 ? { text: insert } : { range, text: insert };
      TextDocument.update(reference, [change], version);
      pieces.update([change], version);
      const now = reference.getText();
      expect(pieces.version).toBe(version);
      expect(pieces.lineCount).toBe(reference.lineCount);
      for (let k = 0; k < 6; k++) {
        const offset = Math.floor(rand() * (now.length + 3)) - 1;
        expect(pieces.positionAt(offset)).toEqual(reference.positionAt(offset));
        const position = { line: Math.floor(rand() * (reference.lineCount + 1)) - (rand() < 0.1 ? 1 : 0), character: Math.floor(rand() * 30) };
        expect(pieces.offsetAt(position)).toBe(reference.offsetAt(position));
        const line = Math.floor(rand() * (reference.lineCount + 2)) - 1;
        expect(pieces.getLineRange(line)).toEqual(reference.getLineRange(line));
        expect(pieces.getEOLCharacters(line)).toBe(reference.getEOLCharacters(line));
        const r = { start: reference.positionAt(offset), end: reference.positionAt(offset + 20) };
        expect(pieces.getText(r)).toBe(reference.getText(r));
      }
      if (version % 50 === 0) expect(pieces.getText()).toBe(now);
    }
    expect(pieces.getText()).toBe(reference.getText());
  });

  it('takes a paste of many lines at once', () => {
    const many = 'line\n'.repeat(25_000);
    const reference = TextDocument.create('file:///a.md', 'markdown', 1, 'a\nb\nc');
    const pieces = new PieceDocument('file:///a.md', 'markdown', 1, 'a\nb\nc');
    const change = { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: many };
    TextDocument.update(reference, [change], 2);
    pieces.update([change], 2);
    expect(pieces.lineCount).toBe(reference.lineCount);
    expect(pieces.positionAt(60_000)).toEqual(reference.positionAt(60_000));
    expect(pieces.getText()).toBe(reference.getText());
  });
});
