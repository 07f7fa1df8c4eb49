import * as vscode from 'vscode';
import type { BriefmarkApi } from './BriefmarkApi';
import { claimsLabel, claimsText, claimsTooltip, countClaims, countKinds } from './claimCounts';
import { debounce } from './debounce';
import { isBriefDocument } from './views/scope';
import { folderSchemes } from './folderSchemes';
import { ClientCommands, Views } from './ids';

// The server sends summaryChanged after edits; one request per pause in typing is enough.
const DEBOUNCE_MS = 250;

/** The claim counts of the active Markdown brief in the status bar; a click opens the Claims view. */
export function registerStatusBar(context: vscode.ExtensionContext, api: BriefmarkApi): void {
  const item = vscode.window.createStatusBarItem('briefmark.claims', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Briefmark Claims';
  item.command = ClientCommands.showClaims;
  // Only the answer to the latest request is shown: an older one may arrive after it.
  let latest = 0;

  const update = async (): Promise<void> => {
    const request = ++latest;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isBrief(document)) {
      item.hide();
      return;
    }
    try {
      const summary = await api.summary(document.uri);
      if (request !== latest) return;
      const counts = countClaims(summary);
      item.text = claimsText(counts);
      item.tooltip = claimsTooltip(counts, countKinds(summary));
      item.accessibilityInformation = { label: claimsLabel(counts), role: 'button' };
      item.show();
    } catch (error) {
      // The server is restarting or stopped: no count is better than a wrong one.
      if (request === latest) item.hide();
      api.log.debug(`Status bar: no claim counts (${String(error)})`);
    }
  };
  const updateSoon = debounce(() => void update(), DEBOUNCE_MS);

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    api.onDidChangeSummary(() => updateSoon.run()),
    updateSoon,
    vscode.commands.registerCommand(ClientCommands.showClaims, () => vscode.commands.executeCommand(`${Views.claims}.focus`)),
  );
  void update();
}

function isBrief(document: vscode.TextDocument): boolean {
  return isBriefDocument(document, folderSchemes());
}
