import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClientCommands } from '../../../client/src/ids';
import type { ViewContents } from '../../../client/src/views/registerViews';
import { briefmarkApi, openBrief, waitFor } from './helpers';

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
    assert.match(layers[0].description ?? '', /8 concepts.*7 actors.*2 claims/);
    assert.match(layers[2].description ?? '', /2 concepts/);
    assert.deepEqual(layers[0].children.map((c) => c.label), ['Concepts', 'Actors', 'Claims']);
  });

  it('groups the review queue by status', async () => {
    const { claims } = await contents();
    const groups = Object.fromEntries(claims.map((g) => [g.label, g.children.map((c) => c.label)]));
    assert.deepEqual(Object.keys(groups).slice(0, 4), ['Unchecked', 'Stale', 'Disputed', 'Verified']);
    assert.equal(groups.Stale.length, 1);
    assert.match(groups.Stale[0], /Sovereign cloud offers/);
  });

  it('lists the glossary by kind and layer', async () => {
    const { glossary } = await contents();
    assert.deepEqual(glossary.map((g) => g.label), ['Concepts', 'Actors']);
    assert.ok(glossary[0].children.some((c) => c.label === 'Infrastructure'));
  });

  it('follows the scope toggle to the whole workspace', async () => {
    await vscode.commands.executeCommand(ClientCommands.scopeWorkspace);
    const { layers } = await contents();
    assert.equal(layers.length, 4);
    await vscode.commands.executeCommand(ClientCommands.scopeBrief);
  });
});
