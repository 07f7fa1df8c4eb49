import * as vscode from 'vscode';
import type { BriefmarkApi } from '../BriefmarkApi';
import type { BriefScope } from '../views/BriefScope';
import { fileName } from '../views/claimNode';
import { EXPORT_CHOICES, defaultExportName } from './exportChoices';

/**
 * Exports a report of the views' scope (the brief or the workspace) to a file the user picks,
 * then offers to open it.
 */
export async function exportReport(api: BriefmarkApi, scope: BriefScope): Promise<void> {
  const brief = scope.target;
  if (scope.scope === 'brief' && !brief) {
    void vscode.window.showInformationMessage('Open a Markdown brief to export its report, or switch the Briefmark views to the workspace.');
    return;
  }
  const choice = await vscode.window.showQuickPick(
    EXPORT_CHOICES.map((c) => ({ ...c, description: brief ? fileName(brief.toString()) : 'whole workspace' })),
    { title: 'Export a Briefmark report', placeHolder: 'Which report?' },
  );
  if (!choice) return;
  const name = defaultExportName(choice, brief && fileName(brief.toString()));
  const folder = brief && brief.scheme !== 'untitled' ? vscode.Uri.joinPath(brief, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: choice.label,
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: { [choice.filter]: [choice.extension] },
    saveLabel: 'Export',
  });
  if (!target) return;
  const content = await api.exportReport({ uri: brief, what: choice.what, format: choice.format });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  // Not awaited: the export is done; the offer to open it stays in the notification centre.
  void vscode.window.showInformationMessage(`Exported ${fileName(target.toString())}.`, 'Open').then((open) => {
    if (open) void vscode.window.showTextDocument(target);
  });
}
