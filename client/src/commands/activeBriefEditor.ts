import * as vscode from 'vscode';
import { folderSchemes } from '../folderSchemes';
import { isBriefDocument } from '../views/scope';

/** The active editor when it shows a brief. */
export function activeBriefEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isBriefDocument(editor.document, folderSchemes()) ? editor : undefined;
}
