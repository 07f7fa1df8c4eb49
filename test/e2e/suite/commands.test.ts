import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { ClientCommands } from '../../../client/src/ids';
import { briefmarkApi, openBrief, place, positionOf, rangeOf, runAnswering, runPickingOnly, waitFor, workspaceUri } from './helpers';

const sidecar = () => workspaceUri('sovereign-compute-brief.review.yaml');

describe('commands', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openBrief();
    await briefmarkApi();
  });

  it('verifies the claim at the cursor into the review sidecar, saved and undoable', async () => {
    place(editor, positionOf(editor.document, 'shared evaluation centre'));
    await runAnswering(ClientCommands.verify);
    const onDisk = readFileSync(sidecar().fsPath, 'utf8');
    assert.match(onDisk, /\n {2}evaluation-centre:\n {4}status: verified\n {4}reviewer: e2e-reviewer\n {4}date: \d{4}-\d\d-\d\d\n/);
    // The rest of the file is kept: comments and the other records in their order.
    assert.match(onDisk, /^# Review records for sovereign-compute-brief\.md/);
    assert.match(onDisk, /# Verified against an earlier wording/);
    const claims = await waitFor('the verified status', async () => {
      const { claims } = await (await briefmarkApi()).claims(editor.document.uri);
      return claims.find((c) => c.id === 'evaluation-centre')?.status === 'verified' && claims;
    });
    assert.equal(claims.length, 4);

    const document = await vscode.workspace.openTextDocument(sidecar());
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.doesNotMatch(document.getText(), /evaluation-centre/);
    await document.save();
    editor = await openBrief();
  });

  it('disputes a claim passed from the Claims view with a prefilled note kept', async () => {
    const api = await briefmarkApi();
    const { claims } = await api.claims(editor.document.uri);
    const claim = claims.find((c) => c.id === 'eu-labs-compete')!;
    await runAnswering(ClientCommands.dispute, { claim });
    const text = readFileSync(sidecar().fsPath, 'utf8');
    assert.match(text, /eu-labs-compete:\n {4}status: disputed\n {4}reviewer: e2e-reviewer\n/);
    assert.match(text, /needs a benchmark/);
  });

  it('moves to the next unchecked claim', async () => {
    place(editor, new vscode.Position(0, 0));
    await vscode.commands.executeCommand(ClientCommands.nextUnchecked);
    const claimStart = positionOf(editor.document, '[Europe should fund', 1);
    assert.ok(vscode.window.activeTextEditor!.selection.contains(claimStart) || vscode.window.activeTextEditor!.selection.start.isEqual(claimStart),
      `selection ${JSON.stringify(vscode.window.activeTextEditor!.selection)}`);
  });

  it('tags the selection as a claim with a generated id, undoably', async () => {
    const range = rangeOf(editor.document, 'The EU will need more than compute to capture value');
    place(editor, range.start, range.end);
    await vscode.commands.executeCommand(ClientCommands.tagClaim);
    const line = editor.document.lineAt(range.start.line).text;
    assert.match(line, /^\[The EU will need more than compute to capture value\]\{\.claim #[a-z0-9-]+\}/);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.isDirty, false);
  });

  it('adds the selected term to the team glossary', async () => {
    const range = rangeOf(editor.document, 'public supercomputers');
    place(editor, range.start, range.end);
    await runAnswering(ClientCommands.addToGlossary);
    const glossary = await vscode.workspace.openTextDocument(workspaceUri('team.glossary.yaml'));
    assert.match(glossary.getText(), /- id: public-supercomputer[s]?\n\s+label: [Pp]ublic supercomputers/);
    await vscode.window.showTextDocument(glossary);
    await vscode.commands.executeCommand('undo');
    assert.doesNotMatch(glossary.getText(), /public-supercomputer/);
    editor = await openBrief();
  });

  it('adds a name picked from the list of names not in the glossary, in one undoable edit', async () => {
    editor = await openBrief();
    const api = await briefmarkApi();
    await vscode.commands.executeCommand(ClientCommands.scopeBrief);
    await waitFor('the names not in the glossary', async () => (await api.candidates(editor.document.uri)).candidates.length === 1);
    await runPickingOnly(ClientCommands.addNamesToGlossary);
    const glossary = await vscode.workspace.openTextDocument(workspaceUri('team.glossary.yaml'));
    assert.match(glossary.getText(), /\n {2}- id: nordic-compute-exchange\n {4}label: Nordic Compute Exchange\n {4}type: other\n {4}aliases: \[NCX\]\n/);
    await waitFor('the name to leave the list', async () => (await api.candidates(editor.document.uri)).candidates.length === 0);
    await vscode.window.showTextDocument(glossary);
    await vscode.commands.executeCommand('undo');
    assert.doesNotMatch(glossary.getText(), /nordic-compute-exchange/);
    await glossary.save();
    await waitFor('the name back in the list', async () => (await api.candidates(editor.document.uri)).candidates.length === 1);
    editor = await openBrief();
  });

  it('exports the claims register of the brief to the file picked in the save dialog', async () => {
    editor = await openBrief();
    await vscode.commands.executeCommand(ClientCommands.scopeBrief);
    await runAnswering(ClientCommands.exportReport);
    const exported = await waitFor('the exported file', () => readdirSync(workspaceUri().fsPath).find((f) => /claims\.md$/.test(f)));
    const text = readFileSync(workspaceUri(exported).fsPath, 'utf8');
    for (const id of ['accelerator-dependence', 'cloud-share', 'eu-labs-compete', 'evaluation-centre']) assert.ok(text.includes(id), `${id} in\n${text}`);
  });
});
