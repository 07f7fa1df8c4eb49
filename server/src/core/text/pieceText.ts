/** What the analysis reads of a text: a string is one, and so is a PieceText. */
export interface TextSource {
  readonly length: number;
  slice(start?: number, end?: number): string;
  charCodeAt(index: number): number;
  toString(): string;
}

/** Past this many pieces, the next edit starts again from the whole text. */
const MAX_PIECES = 64;

/**
 * A text kept as pieces, so that an edit does not copy the whole of it. In V8 a string over
 * 128 KB (64 K characters when one of them is beyond Latin-1, as a curly quote is) is a large
 * object in fresh pages: copying a 100 KB brief cost each keystroke 0.7–1 ms on the test machine,
 * several times the re-analysis itself. An edit here makes slices of the pieces it touches (which
 * share the original's memory); the whole text is made when it is first asked for, and the pieces
 * then start again from it. Immutable: an edit returns a new PieceText.
 */
export class PieceText implements TextSource {
  private whole: string | undefined;

  private constructor(
    private readonly pieces: readonly string[],
    /** Where each piece ends, in the text. */
    private readonly ends: readonly number[],
    readonly length: number,
  ) {
    if (pieces.length === 1) this.whole = pieces[0];
  }

  static of(text: string): PieceText {
    return new PieceText([text], [text.length], text.length);
  }

  /** The text made of these pieces, in order (a file decoded a part at a time). */
  static fromPieces(parts: readonly string[]): PieceText {
    const pieces = parts.filter((p) => p.length > 0);
    if (pieces.length === 0) pieces.push('');
    const ends: number[] = [];
    let at = 0;
    for (const piece of pieces) ends.push((at += piece.length));
    return new PieceText(pieces, ends, at);
  }

  /** The text with [start, end) replaced by `insert`. */
  edit(start: number, end: number, insert: string): PieceText {
    const from = Math.min(Math.max(start, 0), this.length);
    const to = Math.min(Math.max(end, from), this.length);
    if (this.pieces.length >= MAX_PIECES) return PieceText.of(this.toString()).edit(from, to, insert);
    const pieces: string[] = [];
    const first = this.pieceAt(from);
    const last = this.pieceAt(to);
    for (let i = 0; i < first; i++) pieces.push(this.pieces[i]!);
    const before = this.pieces[first]!.slice(0, from - this.startOf(first));
    const after = this.pieces[last]!.slice(to - this.startOf(last));
    // Typing in one place grows one small piece instead of adding a piece per keystroke.
    if (before.length + insert.length <= SMALL) pushPiece(pieces, before + insert);
    else {
      pushPiece(pieces, before);
      pushPiece(pieces, insert);
    }
    pushPiece(pieces, after);
    for (let i = last + 1; i < this.pieces.length; i++) pieces.push(this.pieces[i]!);
    return PieceText.fromPieces(pieces);
  }

  slice(start = 0, end = this.length): string {
    if (this.whole !== undefined) return this.whole.slice(start, end);
    const from = Math.min(Math.max(start < 0 ? this.length + start : start, 0), this.length);
    const to = Math.min(Math.max(end < 0 ? this.length + end : end, from), this.length);
    if (from === to) return '';
    const first = this.pieceAt(from);
    const last = this.pieceAt(to - 1);
    if (first === last) return this.pieces[first]!.slice(from - this.startOf(first), to - this.startOf(first));
    const parts = [this.pieces[first]!.slice(from - this.startOf(first))];
    for (let i = first + 1; i < last; i++) parts.push(this.pieces[i]!);
    parts.push(this.pieces[last]!.slice(0, to - this.startOf(last)));
    return parts.join('');
  }

  charCodeAt(index: number): number {
    if (this.whole !== undefined) return this.whole.charCodeAt(index);
    if (index < 0 || index >= this.length) return NaN;
    const i = this.pieceAt(index);
    return this.pieces[i]!.charCodeAt(index - this.startOf(i));
  }

  /** Calls `read` with each piece and where it starts, in order: the text read without a copy. */
  forEachPiece(read: (piece: string, at: number) => void): void {
    if (this.whole !== undefined) return read(this.whole, 0);
    for (let i = 0; i < this.pieces.length; i++) read(this.pieces[i]!, this.startOf(i));
  }

  /** The whole text, made once. */
  toString(): string {
    return (this.whole ??= this.pieces.join(''));
  }

  /** The piece holding `offset` (the last piece for the text's end). */
  private pieceAt(offset: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ends[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  private startOf(piece: number): number {
    return piece === 0 ? 0 : this.ends[piece - 1]!;
  }
}

/** A piece this short is joined to its neighbour rather than kept apart. */
const SMALL = 256;

function pushPiece(pieces: string[], piece: string): void {
  if (piece.length === 0) return;
  const previous = pieces.length - 1;
  if (previous >= 0 && pieces[previous]!.length + piece.length <= SMALL) pieces[previous] += piece;
  else pieces.push(piece);
}
