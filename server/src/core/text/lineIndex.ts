import { PieceText, type TextSource } from './pieceText';
import type { OffsetDiagnostic, Diagnostic, Position, Range } from '../types';

/** Converts UTF-16 offsets to LSP positions (0-based line and character) and back. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: TextSource) {
    const starts = [0];
    const read = (part: string, at: number) => {
      for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1)) starts.push(at + i + 1);
    };
    // A text in pieces is read piece by piece, neither made whole nor copied.
    if (typeof text === 'string') read(text, 0);
    else if (text instanceof PieceText) text.forEachPiece(read);
    else read(text.toString(), 0);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 0), this.lineStarts.length - 1)]!;
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line]!;
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! - 1 : this.text.length;
    return Math.min(start + Math.max(position.character, 0), next);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  diagnostic(d: OffsetDiagnostic): Diagnostic {
    const out: Diagnostic = { severity: d.severity, code: d.code, message: d.message, range: this.range(d.start, d.end) };
    if (d.data) out.data = d.data;
    return out;
  }
}
