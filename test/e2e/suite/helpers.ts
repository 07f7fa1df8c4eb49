// Shared by the in-host tests: the installed extension, the example workspace, and polling
// (the language server answers asynchronously, so tests wait for a condition, not for a time).
import * as vscode from 'vscode';
import type { BriefmarkApi } from '../../../client/src/BriefmarkApi';

export const extensionId = 'briefmark.briefmark';
export const briefName = 'sovereign-compute-brief.md';

export async function briefmarkApi(): Promise<BriefmarkApi> {
  const extension = vscode.extensions.getExtension<{ api: BriefmarkApi }>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not installed`);
  const exports = await extension.activate();
  return exports.api;
}

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the example workspace open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export async function openBrief(name = briefName): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document);
}

/** The position of the `nth` occurrence of `text` in the document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" not found in ${document.uri.path}`);
  }
  return document.positionAt(at + offset);
}

export function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const start = positionOf(document, text);
  return new vscode.Range(start, start.translate(0, text.length));
}

/** Polls `probe` until it returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | PromiseLike<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/**
 * Runs a command that asks questions, answering each quick pick / input box with its default
 * (the active item or the prefilled value), as a person pressing Enter would.
 */
export async function runAnswering<T>(command: string, ...args: unknown[]): Promise<T> {
  let finished = false;
  const run = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).finally(() => { finished = true; });
  while (!finished) {
    await new Promise((r) => setTimeout(r, 150));
    if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return run;
}

/**
 * Runs a command that shows a multi-select pick list of one item: moves onto it (Down), checks it
 * (Space) and accepts (Enter), as a person picking it would.
 */
export async function runPickingOnly<T>(command: string, ...args: unknown[]): Promise<T> {
  let finished = false;
  const run = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).finally(() => { finished = true; });
  // Both commands do nothing until the list shows, so each round checks and accepts at once.
  while (!finished) {
    await new Promise((r) => setTimeout(r, 300));
    if (finished) break;
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
    await new Promise((r) => setTimeout(r, 100));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return run;
}

export function place(editor: vscode.TextEditor, at: vscode.Position, end = at): void {
  editor.selection = new vscode.Selection(at, end);
}
