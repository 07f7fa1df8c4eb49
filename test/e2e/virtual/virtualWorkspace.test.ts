import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { ClientCommands } from '../../../client/src/ids';
import { briefmarkApi, hoverText, openBrief, place, positionOf, runAnswering, waitFor, workspaceUri } from '../suite/helpers';
import { SCHEME, SEED_VARIABLE } from './memoryFileSystem';

// Briefmark in a virtual workspace: the window's only folder is `briefmark-memfs:/examples`,
// which the test extension serves from memory. The team glossary, the review sidecar and the
// workspace index can reach it only through `vscode.workspace.fs`.

const decoder = new TextDecoder();
const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));

describe('a virtual workspace', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    assert.equal(vscode.workspace.workspaceFolders?.[0]?.uri.scheme, SCHEME, 'the window has the virtual folder open');
    editor = await openBrief();
    await briefmarkApi();
  });

  it('hovers a concept with the definition from the folder\'s team glossary', async () => {
    const at = positionOf(editor.document, 'close its compute gap', 'close its '.length + 2);
    const text = await waitFor('the hover', async () => {
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at));
      return text.includes('Compute sovereignty gap') && text;
    }, 60_000);
    assert.match(text, /The distance between the accelerator capacity European public research can use/);
  });

  it('publishes the team\'s deprecated wording, and the sidecar\'s statuses as diagnostics', async () => {
    const codes = await waitFor('diagnostics', () => {
      const list = vscode.languages.getDiagnostics(editor.document.uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
      return list.includes('stale-claim') && list;
    });
    assert.ok(codes.includes('deprecated-wording'), codes.join(', '));
    assert.ok(codes.includes('disputed-claim'), codes.join(', '));
  });

  it('colours the brief with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
    const tokens = await waitFor('semantic tokens', () =>
      vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri));
    const types = new Set<string>();
    for (let i = 3; i < tokens.data.length; i += 5) types.add(legend.tokenTypes[tokens.data[i]]);
    assert.deepEqual([...types].sort(), ['actor', 'claim', 'concept']);
  });

  it('summarises the brief per layer', async () => {
    const { layers } = await (await briefmarkApi()).summary(editor.document.uri);
    const infrastructure = layers.find((l) => l.id === 'infrastructure')!;
    assert.equal(infrastructure.concepts.length, 9);
    assert.equal(infrastructure.actors.length, 7);
    assert.equal(infrastructure.claims.total, 2);
  });

  it('verifies a claim into the review sidecar, written through the file system provider', async () => {
    place(editor, positionOf(editor.document, 'shared evaluation centre'));
    await runAnswering(ClientCommands.verify);
    const sidecar = workspaceUri('sovereign-compute-brief.review.yaml');
    const text = await read(sidecar);
    assert.match(text, /\n {2}evaluation-centre:\n {4}status: verified\n {4}reviewer: e2e-reviewer\n/);
    // Served from memory: the folder the provider was seeded from is as it was.
    const seed = readFileSync(join(process.env[SEED_VARIABLE]!, 'sovereign-compute-brief.review.yaml'), 'utf8');
    assert.doesNotMatch(seed, /evaluation-centre/);
    await waitFor('the verified status', async () => {
      const { claims } = await (await briefmarkApi()).claims(editor.document.uri);
      return claims.find((c) => c.id === 'evaluation-centre')?.status === 'verified';
    });
  });

  it('indexes a brief created in the folder', async () => {
    const second = workspaceUri('harbour-brief.md');
    await vscode.workspace.fs.writeFile(second, new TextEncoder().encode(
      '# Harbour notes\n\n[The port authority should rent GPUs from a sovereign cloud]{.claim #harbour-gpus layer=infrastructure}.\n'));
    const claim = await waitFor('the new brief in the workspace claims', async () => {
      const { claims } = await (await briefmarkApi()).claims();
      return claims.find((c) => c.id === 'harbour-gpus');
    }, 60_000);
    assert.equal(vscode.Uri.parse(claim.uri).toString(), second.toString());
  });
});
