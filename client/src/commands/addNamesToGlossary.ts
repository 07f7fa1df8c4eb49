import * as vscode from 'vscode';
import { Commands, type AddEntriesToGlossaryArgs, type CandidateItem } from '../../../server/src/protocol';
import type { BriefmarkApi } from '../BriefmarkApi';
import type { BriefScope } from '../views/BriefScope';
import { candidatesInScope } from '../views/registerViews';
import type { TreeNode } from '../views/TreeNode';

// "Add Names to Glossary…": names no entry matches, added to the team glossary as one edit (one
// undo), each with its label, its acronym or long form as an alias and its guessed kind and type.

export interface NameChoice extends vscode.QuickPickItem {
  item: CandidateItem;
}

/** A pick-list row per name: what it is, how often it occurs, and its other wording. */
export function nameChoices(candidates: readonly CandidateItem[]): NameChoice[] {
  return candidates.map((item) => ({
    label: item.label,
    description: `${item.type ? `${item.kind} · ${item.type}` : item.kind} · ${item.count}×`,
    detail: item.aliases.length > 0 ? `also ${item.aliases.join(', ')}` : undefined,
    item,
  }));
}

/** The server command's arguments for `items`, found in `uri`. */
export function entriesToAdd(uri: string, items: readonly CandidateItem[]): AddEntriesToGlossaryArgs {
  return { uri, entries: items.map((c) => ({ term: c.label, kind: c.kind, ...(c.type ? { type: c.type } : {}), ...(c.aliases.length > 0 ? { aliases: c.aliases } : {}) })) };
}

/** From a "Not in the glossary" row: that name. Otherwise a multi-select list of the scope's names. */
export async function addNamesToGlossary(api: BriefmarkApi, scope: BriefScope, arg: unknown): Promise<void> {
  const row = (arg as TreeNode | undefined)?.candidate;
  if (row) return add(api, row.uri, [row.item]);
  const found = await candidatesInScope(api, scope);
  if (!found) {
    void vscode.window.showInformationMessage('Open a Markdown brief first, or switch the Briefmark views to the workspace.');
    return;
  }
  if (found.candidates.length === 0) {
    void vscode.window.showInformationMessage(scope.target ? 'Every name in this brief is in the glossary.' : 'Every name in the workspace is in the glossary.');
    return;
  }
  const picked = await vscode.window.showQuickPick(nameChoices(found.candidates), {
    title: 'Add names to the team glossary',
    placeHolder: 'Pick the names to add (Space to select, Enter to add)',
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!picked || picked.length === 0) return;
  await add(api, found.uri, picked.map((p) => p.item));
}

async function add(api: BriefmarkApi, uri: string, items: readonly CandidateItem[]): Promise<void> {
  const result = await api.executeCommand(Commands.addEntriesToGlossary, entriesToAdd(uri, items));
  if (!result.applied) {
    void vscode.window.showWarningMessage(result.message ?? 'The names were not added to the glossary.');
    return;
  }
  const what = items.length === 1 ? `“${items[0]!.label}”` : `${items.length} names`;
  vscode.window.setStatusBarMessage(`$(check) Added ${what} to the team glossary`, 4000);
}
