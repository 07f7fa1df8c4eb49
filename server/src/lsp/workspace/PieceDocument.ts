import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceText } from '../../core/text/pieceText';

/**
 * An open document, as vscode-languageserver-textdocument's TextDocument keeps it (the same line
 * rules: CR, LF and CRLF end a line), but with its text in pieces (PieceText). That library makes
 * a new copy of the whole text at each change, and for a brief over 64 K characters the copy is a
 * large object that cost a keystroke more than its re-analysis; here a change costs the size of
 * the change, and the whole text is made when something asks for it.
 */
export class PieceDocument implements TextDocument {
  private content: PieceText;
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.content = PieceText.of(text);
  }

  /** The text as pieces: what the analysis reads on a keystroke. */
  get source(): PieceText {
    return this.content;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    if (!range) return this.content.toString();
    return this.content.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  /** Applies changes in order, as TextDocument.update does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) this.applyEdit(wellFormed(change.range), change.text);
      else {
        this.content = PieceText.of(change.text);
        this.lineOffsets = undefined;
      }
    }
    this.version = version;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(Math.min(offset, this.content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineOffsets[mid]! > clamped) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(clamped, lineOffsets[line]!) - lineOffsets[line]! };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line]!;
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1]! : this.content.length;
    return this.beforeEol(Math.min(lineOffset + position.character, next), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    const last = lineOffsets.length - 1;
    if (line > last) return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - lineOffsets[last]! } };
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line]!;
    const next = line < last ? lineOffsets[line + 1]! : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line < 0 || line >= lineOffsets.length) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.content.length;
    return this.content.slice(this.beforeEol(next, lineOffsets[line]!), next);
  }

  private applyEdit(range: Range, text: string): void {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    this.content = this.content.edit(start, end, text);
    const insertedEnd = start + text.length;
    const crlfAt = (offset: number) => this.content.charCodeAt(offset - 1) === CR && this.content.charCodeAt(offset) === LF;
    // A CRLF pair across an edge of the edit is not in the inserted text's own line offsets.
    if (!this.lineOffsets || crlfAt(start) || crlfAt(insertedEnd)) {
      this.lineOffsets = undefined;
      return;
    }
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineOffsetsOf(text, false, start);
    let lineOffsets = this.lineOffsets;
    // Spread into splice's arguments, a paste of very many lines would overflow the stack.
    if (added.length < 10_000) lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
    else this.lineOffsets = lineOffsets = [...lineOffsets.slice(0, startLine + 1), ...added, ...lineOffsets.slice(endLine + 1)];
    const diff = text.length - (end - start);
    if (diff !== 0) for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i]! += diff;
  }

  private getLineOffsets(): number[] {
    return (this.lineOffsets ??= lineOffsetsOf(this.content.toString(), true, 0));
  }

  private beforeEol(offset: number, lineOffset: number): number {
    let at = offset;
    while (at > lineOffset && isEol(this.content.charCodeAt(at - 1))) at--;
    return at;
  }
}

const CR = 13;
const LF = 10;

function isEol(c: number): boolean {
  return c === CR || c === LF;
}

function lineOffsetsOf(text: string, atLineStart: boolean, offset: number): number[] {
  const out = atLineStart ? [offset] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isEol(c)) continue;
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    out.push(offset + i + 1);
  }
  return out;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
