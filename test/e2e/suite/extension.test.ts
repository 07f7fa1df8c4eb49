import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { briefmarkApi, extensionId, openBrief } from './helpers';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
}

describe('the installed extension', () => {
  it('is the packaged .vsix, not a development folder', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    assert.match(extension.extensionPath, new RegExp(`/extensions/${extensionId}-\\d+\\.\\d+\\.\\d+$`));
    const files = listFiles(extension.extensionPath);
    assert.ok(files.includes('dist/extension.js') && files.includes('dist/server.js'), files.join(', '));
    // The allow-list .vscodeignore keeps sources, tests and source maps out of the package.
    assert.deepEqual(files.filter((f) => /^(client|test|scripts|node_modules)\/|\.map$|\.ts$/.test(f)), []);
  });

  it('activates on a Markdown brief and exports its API', async () => {
    await openBrief();
    const api = await briefmarkApi();
    const summary = await api.summary(vscode.window.activeTextEditor!.document.uri);
    assert.deepEqual(summary.layers.map((l) => l.id), ['infrastructure', 'models', 'economic-value', 'cross-cutting']);
  });
});
