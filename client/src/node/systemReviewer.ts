import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import * as vscode from 'vscode';

const GIT_TIMEOUT_MS = 2000;

/** Who signs a review on this machine when the setting is empty: git's user.name, else the OS user. */
export async function systemReviewer(brief: vscode.Uri): Promise<string | undefined> {
  const cwd = brief.scheme === 'file' ? vscode.Uri.joinPath(brief, '..').fsPath : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return (await gitUserName(cwd)) ?? osUserName();
}

function gitUserName(cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim() || undefined);
    });
  });
}

function osUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    // No user entry (some containers): the server then writes the reviewer setting, if any.
    return undefined;
  }
}
