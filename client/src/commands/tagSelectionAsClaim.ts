import * as vscode from 'vscode';
import { Commands, type TagClaimArgs } from '../../../server/src/protocol';
import type { BriefmarkApi } from '../BriefmarkApi';
import { activeBriefEditor } from './activeBriefEditor';

/** One action: the server wraps the selection in `[…]{.claim #id}`, making the id from its words. */
export async function tagSelectionAsClaim(api: BriefmarkApi): Promise<void> {
  const editor = activeBriefEditor();
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Select the words of the claim in a Markdown brief first.');
    return;
  }
  const { start, end } = editor.selection;
  const args: TagClaimArgs = {
    uri: editor.document.uri.toString(),
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
  };
  const result = await api.executeCommand(Commands.tagClaim, args);
  if (!result.applied) void vscode.window.showWarningMessage(result.message ?? 'The selection was not tagged as a claim.');
}
