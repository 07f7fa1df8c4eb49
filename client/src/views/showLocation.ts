import * as vscode from 'vscode';
import type { Range } from '../../../server/src/core/types';

/** Opens the document with the range selected and in the middle of the editor. */
export async function showLocation(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
}

/** A protocol range (plain numbers) as a vscode.Range. */
export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
