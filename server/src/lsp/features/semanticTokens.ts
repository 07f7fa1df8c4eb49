import { SemanticTokensBuilder, type Range, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BriefReport } from '../../core/analysis/resolveBrief';
import { TokenModifiers, TokenTypes, type TokenModifier, type TokenType } from '../../protocol';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TokenTypes], tokenModifiers: [...TokenModifiers] };

interface Piece {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

const typeIndex = (type: TokenType) => TokenTypes.indexOf(type);
const modifierBit = (modifier: TokenModifier) => 1 << TokenModifiers.indexOf(modifier);

/**
 * Tokens for mentions and claims. Tokens may neither overlap nor span lines, so a claim is cut
 * around the mentions inside it and at line ends.
 */
export function buildSemanticTokens(document: TextDocument, report: BriefReport, range?: Range): SemanticTokens {
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Number.MAX_SAFE_INTEGER;
  const mentions: Piece[] = [];
  for (const m of report.mentions) {
    const start = document.offsetAt(m.range.start);
    const end = document.offsetAt(m.range.end);
    if (end < from || start > to) continue;
    mentions.push({ start, end, type: typeIndex(m.kind), modifiers: m.explicit ? modifierBit('explicit') : 0 });
  }
  const pieces: Piece[] = [...mentions];
  for (const c of report.claims) {
    const start = document.offsetAt(c.range.start);
    const end = document.offsetAt(c.range.end);
    if (end < from || start > to) continue;
    const piece = { type: typeIndex('claim'), modifiers: modifierBit(c.status) };
    let at = start;
    for (const m of mentions) {
      if (m.end <= at || m.start >= end) continue;
      if (m.start > at) pieces.push({ start: at, end: m.start, ...piece });
      at = Math.max(at, m.end);
    }
    if (at < end) pieces.push({ start: at, end, ...piece });
  }
  pieces.sort((a, b) => a.start - b.start);
  const builder = new SemanticTokensBuilder();
  const text = document.getText();
  for (const p of pieces) pushByLine(builder, document, text, p);
  return builder.build();
}

function pushByLine(builder: SemanticTokensBuilder, document: TextDocument, text: string, piece: Piece): void {
  let start = piece.start;
  while (start < piece.end) {
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1 || lineEnd > piece.end) lineEnd = piece.end;
    const length = lineEnd - start - (text[lineEnd - 1] === '\r' ? 1 : 0);
    if (length > 0) {
      const position = document.positionAt(start);
      builder.push(position.line, position.character, length, piece.type, piece.modifiers);
    }
    start = lineEnd + 1;
  }
}
