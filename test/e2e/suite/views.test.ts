import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClientCommands } from '../../../client/src/ids';
import type { ViewContents } from '../../../client/src/views/registerViews';
import { briefName, briefmarkApi, openBrief, waitFor, workspaceUri } from './helpers';

const contents = () => vscode.commands.executeCommand<ViewContents>('briefmark.debug.viewContents');

describe('the sidebar views', () => {
  before(async () => {
    await openBrief();
    await briefmarkApi();
    await vscode.commands.executeCommand(ClientCommands.scopeBrief);
  });

  it('lists the three layers with their counts, and cross-cutting', async () => {
    const { layers } = await waitFor('the Layers view', async () => {
      const c = await contents();
      return c.layers.length > 0 && c;
    });
    assert.deepEqual(layers.map((l) => l.label), ['Infrastructure', 'Models', 'Economic value', 'Cross-cutting']);
    assert.match(layers[0].description ?? '', /9 concepts.*7 actors.*2 claims/);
    assert.match(layers[2].description ?? '', /4 concepts/);
    assert.deepEqual(layers[0].children.map((c) => c.label), ['Concepts (9)', 'Actors (7)', 'Claims (2)']);
  });

  it('groups the review queue by status, then the likely untagged claims', async () => {
    const { claims } = await contents();
    const { suggestions } = await (await briefmarkApi()).suggestions(vscode.window.activeTextEditor!.document.uri);
    const likely = suggestions.filter((s) => s.likely).length;
    assert.ok(likely > 0, 'the example brief has likely claims to tag');
    assert.deepEqual(claims.map((g) => g.label), ['Unchecked (1)', 'Stale (1)', 'Disputed (1)', 'Verified (1)', `Suggested (${likely})`]);
    assert.match(claims[0].children[0].label, /Europe should fund a shared evaluation centre/);
    assert.match(claims[1].children[0].label, /Sovereign cloud offers/);
  });

  it('lists the glossary by kind and layer, then the names not in it', async () => {
    const { entries } = await (await briefmarkApi()).glossary(vscode.window.activeTextEditor!.document.uri);
    const concepts = entries.filter((e) => e.kind === 'concept').length;
    const actors = entries.length - concepts;
    assert.ok(concepts >= 350 && actors >= 900, `${concepts} concepts, ${actors} actors`);
    const { glossary } = await contents();
    assert.deepEqual(glossary.map((g) => g.label), [`Concepts (${concepts})`, `Actors (${actors})`, 'Not in the glossary (1)']);
    assert.deepEqual(glossary[0].children.map((c) => c.label), ['Infrastructure', 'Models', 'Economic value', 'Cross-cutting']);
    assert.equal(glossary[0].children.reduce((n, c) => n + Number(c.description), 0), concepts);
    // The long form and its acronym are one name: "Nordic Compute Exchange (NCX)", then "the NCX".
    assert.deepEqual(glossary[2], { label: 'Not in the glossary (1)', description: '3 mentions', children: [{ label: 'Nordic Compute Exchange', description: 'other · 3×' }] });
  });

  it('follows the scope toggle to the whole workspace', async () => {
    // Counted from the workspace as it is: how many of the example's claims land in Models depends
    // on the layers Briefmark infers for claims without layer=.
    const modelsClaims = async () => {
      const { layers } = await contents();
      return layers[1]?.label === 'Models' ? Number(/(\d+) claims?\b/.exec(layers[1].description ?? '')?.[1] ?? 0) : undefined;
    };
    await vscode.commands.executeCommand(ClientCommands.scopeWorkspace);
    const before = await waitFor('the workspace summary', modelsClaims);
    assert.ok(before >= 1, `${before} claims in Models`);
    const second = workspaceUri('second-brief.md');
    await vscode.workspace.fs.writeFile(second, Buffer.from('# Second\n\n[Open models need public compute]{.claim #open-compute layer=models}.\n'));
    try {
      await waitFor('the second brief in the workspace summary', async () => (await modelsClaims()) === before + 1);
      await vscode.commands.executeCommand(ClientCommands.scopeBrief);
      const { layers } = await contents();
      // Back to the brief's own Models claims (how many depends on the layers Briefmark infers).
      const own = (await (await briefmarkApi()).summary(workspaceUri(briefName))).layers.find((l) => l.id === 'models')!.claims.total;
      assert.ok(own >= 1 && own < before + 1, `${own} claims in the brief's Models layer`);
      assert.match(layers[1].description ?? '', new RegExp(`\\b${own} claims?\\b`));
    } finally {
      await vscode.workspace.fs.delete(second);
    }
  });

  it('reveals a concept\'s first mention, as a click in the Layers view does', async () => {
    await vscode.commands.executeCommand(ClientCommands.revealMention, { kind: 'concept', id: 'compute-sovereignty-gap' });
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'compute gap');
  });

  it('opens a glossary entry where the team defined it', async () => {
    const { entries } = await (await briefmarkApi()).glossary(vscode.window.activeTextEditor!.document.uri);
    await vscode.commands.executeCommand(ClientCommands.openGlossaryEntry, entries.find((e) => e.id === 'switching-cost'));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.uri.path, /team\.glossary\.yaml$/);
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /id: switching-cost/);
    await openBrief();
  });
});
