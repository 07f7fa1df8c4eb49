import * as vscode from 'vscode';

/** Who signs a review: the `briefmark.reviewer` setting, else the platform's default (git's user.name on the desktop). */
export async function reviewerName(brief: vscode.Uri, fallback: (brief: vscode.Uri) => Promise<string | undefined>): Promise<string | undefined> {
  const configured = vscode.workspace.getConfiguration('briefmark', brief).get<string>('reviewer')?.trim();
  return configured || fallback(brief);
}
