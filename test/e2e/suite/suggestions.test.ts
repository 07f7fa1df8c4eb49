import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SuggestionItem } from '../../../server/src/protocol';
import { ClientCommands } from '../../../client/src/ids';
import type { TreeNode } from '../../../client/src/views/TreeNode';
import { briefmarkApi, hoverText, positionOf, runAnswering, waitFor, workspaceUri } from './helpers';

// Suggested claims: the Claims view's "Suggested (N)" group with its inline "Tag as Claim", the
// "Tag Suggested Claims…" pick list, and the inferred kind of a bare claim; on a brief written
// for these tests (two likely claims, two doubtful sentences, one claim without kind=).

const NAME = 'suggested-claims-brief.md';
const BRIEF = [
  '# Shared compute for public research',
  '',
  "A short brief written for the end-to-end tests of Briefmark's Claims view.",
  '',
  '## Infrastructure',
  '',
  'Member states should pool their purchases of accelerators through one joint procurement.',
  '',
  'Public research labs in Europe used 40 percent more GPU hours in 2025 than in 2023.',
  '',
  // Its layer is written, so the workspace's Models layer (which the views test counts) stays as it was.
  '[Shared accelerators lower the cost of training for public research labs]{.claim #shared-accelerators layer=infrastructure}.',
  '',
  '## Models',
  '',
  'European governments must require providers of foundation models to publish how they evaluate',
  'systemic risk.',
  '',
].join('\n');

const POOL = 'Member states should pool their purchases of accelerators through one joint procurement.';
const REQUIRE = 'European governments must require providers of foundation models to publish how they evaluate\nsystemic risk.';

const claimsNodes = () => vscode.commands.executeCommand<TreeNode[]>('briefmark.debug.viewNodes', 'claims');

/** The Claims view's "Suggested" group once it lists `count` rows. */
async function suggestedRows(count: number): Promise<TreeNode[]> {
  return waitFor(`${count} suggested claims in the Claims view`, async () => {
    const group = (await claimsNodes()).find((n) => n.id === 'claims/suggested');
    return group?.children?.length === count && group.children;
  });
}

/** `[sentence]{.claim #id kind=… layer=…}`, as the server writes a tag (no layer= when nothing pointed to one). */
function tagged(sentence: string, id: string, item: SuggestionItem): string {
  return `[${sentence}]{.claim #${id} kind=${item.kind}${item.layerSource === 'none' ? '' : ` layer=${item.layer}`}}`;
}

describe('suggested claims', () => {
  const uri = workspaceUri(NAME);
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.workspace.fs.writeFile(uri, Buffer.from(BRIEF));
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await briefmarkApi();
    await vscode.commands.executeCommand(ClientCommands.scopeBrief);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('lists the likely suggestions after the status groups, collapsed, each with its inferred kind and layer', async () => {
    const rows = await suggestedRows(2);
    const roots = await claimsNodes();
    assert.deepEqual(roots.map((n) => n.label), ['Unchecked (1)', 'Suggested (2)']);
    assert.equal(roots[1]!.expanded, false);
    assert.deepEqual(rows.map((r) => r.suggestion!.item.text), [POOL, REQUIRE.replace('\n', ' ')]);
    for (const row of rows) {
      const { kind, layer } = row.suggestion!.item;
      assert.ok(['factual', 'statistical', 'predictive', 'normative'].includes(kind), kind);
      assert.match(row.description ?? '', new RegExp(`^${kind} · `));
      assert.ok(layer, 'a layer');
      assert.equal(row.contextValue, 'suggestedClaim');
    }
    // The doubtful sentences are offered by Tag Suggested Claims… only.
    const { suggestions } = await (await briefmarkApi()).suggestions(uri);
    assert.ok(suggestions.some((s) => !s.likely), 'a doubtful sentence too');
    assert.deepEqual(suggestions.filter((s) => s.likely).map((s) => s.text), [POOL, REQUIRE.replace('\n', ' ')]);
  });

  it('tags two suggestions with the inline action, then undo restores the brief byte for byte', async () => {
    const [pool] = await suggestedRows(2);
    await vscode.commands.executeCommand(ClientCommands.tagSuggestion, pool);
    const [mustRequire] = await suggestedRows(1);
    await vscode.commands.executeCommand(ClientCommands.tagSuggestion, mustRequire);
    await waitFor('no likely suggestion left', async () => !(await claimsNodes()).some((n) => n.id === 'claims/suggested'));

    const expected = BRIEF.replace(POOL, tagged(POOL, 'member-states-should-pool', pool!.suggestion!.item))
      .replace(REQUIRE, tagged(REQUIRE, 'european-governments-must-require', mustRequire!.suggestion!.item));
    assert.equal(editor.document.getText(), expected);
    const { claims } = await (await briefmarkApi()).claims(uri);
    assert.deepEqual(claims.map((c) => [c.id, c.kindSource]).sort(), [['european-governments-must-require', 'explicit'], ['member-states-should-pool', 'explicit'], ['shared-accelerators', 'inferred']]);

    editor = await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), BRIEF);
    // The dirty flag reaches the extension host just after the text.
    await waitFor('the brief back to its saved state', () => !editor.document.isDirty);
    await suggestedRows(2);
  });

  it('tags the likely suggestions picked in Tag Suggested Claims… in one edit, undone at once', async () => {
    const rows = await suggestedRows(2);
    // Enter on the list as it opens: the likely sentences are the ones checked.
    await runAnswering(ClientCommands.tagSuggestedClaims);
    const expected = BRIEF.replace(POOL, tagged(POOL, 'member-states-should-pool', rows[0]!.suggestion!.item))
      .replace(REQUIRE, tagged(REQUIRE, 'european-governments-must-require', rows[1]!.suggestion!.item));
    assert.equal(editor.document.getText(), expected);
    editor = await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), BRIEF);
    // The dirty flag reaches the extension host just after the text.
    await waitFor('the brief back to its saved state', () => !editor.document.isDirty);
  });

  it('names the active brief on the group in workspace scope', async () => {
    await vscode.commands.executeCommand(ClientCommands.scopeWorkspace);
    try {
      const group = await waitFor('the group in workspace scope', async () => {
        const found = (await claimsNodes()).find((n) => n.id === 'claims/suggested');
        return found?.description === NAME && found;
      });
      assert.ok(group.tooltip!.fields.some(([name, value]) => name === 'Brief' && value.includes('active brief')));
    } finally {
      await vscode.commands.executeCommand(ClientCommands.scopeBrief);
    }
  });

  it('shows the inferred kind of a claim without kind= on hover and in its Claims row', async () => {
    const { claims } = await (await briefmarkApi()).claims(uri);
    const bare = claims.find((c) => c.id === 'shared-accelerators')!;
    assert.equal(bare.kindSource, 'inferred');
    assert.ok(bare.kind, 'an inferred kind');
    const at = positionOf(editor.document, 'lower the cost', 2);
    const text = await waitFor('the claim hover', async () => {
      const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at));
      return hover.includes('shared-accelerators') && hover;
    });
    // The layer is written (layer=infrastructure), so "inferred" on the kind's line is about the kind.
    const kindLine = text.split('\n').find((line) => /kind/i.test(line) && !/layer/i.test(line));
    assert.ok(kindLine, text);
    assert.match(kindLine, new RegExp(`${bare.kind}.*inferred`, 'i'));

    const unchecked = (await claimsNodes()).find((n) => n.label === 'Unchecked (1)')!;
    assert.deepEqual(unchecked.children![0]!.tooltip!.fields.find(([name]) => name === 'Kind'), ['Kind', `${bare.kind} (inferred)`]);
  });
});
