import * as vscode from 'vscode';

/** The URI schemes of the workspace's folders ('file' on the desktop; a remote or virtual scheme on the web). */
export function folderSchemes(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme);
}
