import * as vscode from 'vscode';
import { layerToWrite } from '../../../server/src/core/review/claimTagEdits';
import { Commands, type SuggestionItem, type TagClaimArgs, type TagClaimsArgs } from '../../../server/src/protocol';
import type { BriefmarkApi } from '../BriefmarkApi';
import type { BriefScope } from '../views/BriefScope';
import { fileName } from '../views/claimNode';
import { layerLabels } from '../views/layerNodes';
import { toVscodeRange } from '../views/showLocation';
import { formatConfidence, plainText } from '../views/suggestionNodes';
import type { TreeNode } from '../views/TreeNode';
import { activeBriefEditor } from './activeBriefEditor';

// Tagging the sentences Briefmark suggests as claims, each with the kind and layer it infers:
// one from its row in the Claims view, or several picked from a list as one edit (one undo).

export interface SuggestionChoice extends vscode.QuickPickItem {
  item: SuggestionItem;
}

/** A pick-list row per suggestion, in document order: the sentence, then kind · layer · confidence; the likely ones checked. */
export function suggestionChoices(suggestions: readonly SuggestionItem[], labels: ReadonlyMap<string, string>): SuggestionChoice[] {
  return suggestions.map((item) => ({
    label: plainText(item.text),
    detail: `${item.kind} · ${labels.get(item.layer) ?? item.layer} · confidence ${formatConfidence(item.confidence)}`,
    picked: item.likely,
    item,
  }));
}

/** The server command's arguments: the picked sentences, each with its inferred kind and layer. */
export function claimsToTag(uri: string, items: readonly SuggestionItem[]): TagClaimsArgs {
  return { uri, claims: items.map((item) => ({ range: item.range, kind: item.kind, layer: layerToWrite(item) })) };
}

/**
 * Whether the words in the suggestion's range are still its sentence (the text is the range's
 * with white space collapsed): after an edit the list may be a moment behind the brief, and a
 * tag must not land on other words.
 */
export function stillThere(item: Pick<SuggestionItem, 'text'>, textInRange: string): boolean {
  return textInRange.replace(/\s+/g, ' ').trim() === item.text.replace(/\s+/g, ' ').trim();
}

/** The inline action of a "Suggested" row: tags that sentence with its inferred kind and layer. */
export async function tagSuggestion(api: BriefmarkApi, arg: unknown): Promise<void> {
  const row = (arg as TreeNode | undefined)?.suggestion;
  if (!row) {
    void vscode.window.showInformationMessage('Pick a suggested claim in the Claims view, or run Tag Suggested Claims… in a brief.');
    return;
  }
  const { item, uri } = row;
  const args: TagClaimArgs = { uri, range: item.range, kind: item.kind, layer: layerToWrite(item) };
  await tag(uri, [item], () => api.executeCommand(Commands.tagClaim, args));
}

/**
 * "Tag Suggested Claims…": every suggestion of the active brief (or the brief the views follow),
 * the likely ones checked, in one multi-select list; the picked ones are tagged in one edit.
 */
export async function tagSuggestedClaims(api: BriefmarkApi, scope: BriefScope): Promise<void> {
  const brief = activeBriefEditor()?.document.uri ?? scope.brief;
  if (!brief) {
    void vscode.window.showInformationMessage('Open a Markdown brief first: Briefmark suggests claims one brief at a time.');
    return;
  }
  const name = fileName(brief.toString());
  const [{ suggestions }, summary] = await Promise.all([api.suggestions(brief), api.summary(brief)]);
  if (suggestions.length === 0) {
    await noSuggestions(brief, name);
    return;
  }
  const likely = suggestions.filter((s) => s.likely).length;
  const picked = await vscode.window.showQuickPick(suggestionChoices(suggestions, layerLabels(summary)), {
    title: `Tag suggested claims in ${name}`,
    placeHolder: `${likely === 0 ? 'None' : likely} of ${suggestions.length} checked as likely claims: Space checks or unchecks, Enter tags the checked ones`,
    canPickMany: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!picked) return;
  if (picked.length === 0) {
    void vscode.window.showInformationMessage('No sentence was checked, so nothing was tagged.');
    return;
  }
  const items = picked.map((p) => p.item);
  const uri = brief.toString();
  await tag(uri, items, () => api.executeCommand(Commands.tagClaims, claimsToTag(uri, items)));
}

async function noSuggestions(brief: vscode.Uri, name: string): Promise<void> {
  const level = vscode.workspace.getConfiguration('briefmark', brief).get<string>('suggestClaims');
  if (level !== 'off') {
    void vscode.window.showInformationMessage(`No untagged sentence in ${name} reads like a claim.`);
    return;
  }
  const open = await vscode.window.showInformationMessage('Claim suggestions are turned off (briefmark.suggestClaims is "off").', 'Open Setting');
  if (open) await vscode.commands.executeCommand('workbench.action.openSettings', 'briefmark.suggestClaims');
}

/** Checks the sentences are where the list says, runs the server command, and says how it went. */
async function tag(uri: string, items: readonly SuggestionItem[], run: () => ReturnType<BriefmarkApi['executeCommand']>): Promise<void> {
  // The server tags open documents; opening one that is not is harmless.
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  if (!items.every((item) => stillThere(item, document.getText(toVscodeRange(item.range))))) {
    void vscode.window.showWarningMessage('The brief has changed since these suggestions were listed, so nothing was tagged: try again.');
    return;
  }
  const result = await run();
  if (!result.applied) {
    void vscode.window.showWarningMessage(result.message ?? (items.length === 1 ? 'The sentence was not tagged as a claim.' : 'The sentences were not tagged as claims.'));
    return;
  }
  // Applied with a message: some sentences were skipped (e.g. one overlaps a claim), and why.
  if (result.message) {
    void vscode.window.showWarningMessage(result.message);
    return;
  }
  vscode.window.setStatusBarMessage(`$(check) Tagged ${items.length === 1 ? '1 claim' : `${items.length} claims`} in ${fileName(uri)}`, 4000);
}
