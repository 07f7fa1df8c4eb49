import * as vscode from 'vscode';
import { Commands, type AddToGlossaryArgs } from '../../../server/src/protocol';
import type { ActorType } from '../../../server/src/core/types';
import type { BriefmarkApi } from '../BriefmarkApi';
import { activeBriefEditor } from './activeBriefEditor';
import { ACTOR_TYPES, KIND_CHOICES, layerChoices } from './glossaryEntryChoices';

/**
 * Adds the selected words to the team glossary: kind, layer, actor type and an optional
 * definition, asked in turn (Escape at any step adds nothing); the server makes the id.
 */
export async function addSelectionToGlossary(api: BriefmarkApi): Promise<void> {
  const editor = activeBriefEditor();
  const term = editor?.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
  if (!editor || !term) {
    void vscode.window.showInformationMessage('Select the term to add in a Markdown brief first.');
    return;
  }
  const title = `Add “${term}” to the team glossary`;
  const kindChoice = await vscode.window.showQuickPick(KIND_CHOICES, { title, placeHolder: 'Is it a concept or an actor?', ignoreFocusOut: true });
  if (!kindChoice) return;
  const kind = kindChoice.entryKind;
  const { layers } = await api.glossary(editor.document.uri);
  const layerChoice = await vscode.window.showQuickPick(layerChoices(layers), { title, placeHolder: 'Which layer does it belong to?', ignoreFocusOut: true });
  if (!layerChoice) return;
  let type: ActorType | undefined;
  if (kind === 'actor') {
    type = (await vscode.window.showQuickPick(ACTOR_TYPES.map((t) => ({ label: t, type: t })), { title, placeHolder: 'What kind of actor?', ignoreFocusOut: true }))?.type;
    if (!type) return;
  }
  const definition = await vscode.window.showInputBox({
    title,
    prompt: kind === 'concept' ? 'Definition in the team’s words (optional: Enter to leave it for later)' : 'Description in the team’s words (optional: Enter to leave it for later)',
    ignoreFocusOut: true,
  });
  if (definition === undefined) return;

  const args: AddToGlossaryArgs = { uri: editor.document.uri.toString(), term, kind, layer: layerChoice.layer, definition: definition.trim() || undefined, type };
  const result = await api.executeCommand(Commands.addToGlossary, args);
  if (!result.applied) {
    void vscode.window.showWarningMessage(result.message ?? `“${term}” was not added to the glossary.`);
    return;
  }
  vscode.window.setStatusBarMessage(`$(check) Added “${term}” to the team glossary`, 4000);
}
