import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { ClientCommands } from '../../../client/src/ids';
import { briefmarkApi, extensionId, hoverText, openBrief, positionOf, waitFor } from './helpers';

/** Process ids of the installed extension's language server. */
function serverPids(): number[] {
  const server = join(vscode.extensions.getExtension(extensionId)!.extensionPath, 'dist', 'server.js');
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')
    .filter((line) => line.includes(server)).map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function hoverWorks(document: vscode.TextDocument): Promise<boolean> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'close its compute gap', 12));
  return hoverText(hovers).includes('Compute sovereignty gap');
}

describe('the language server process', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = (await openBrief()).document;
    await briefmarkApi();
    await waitFor('the first hover', () => hoverWorks(document));
  });

  it('is restarted after it crashes', async () => {
    const [pid] = serverPids();
    assert.ok(pid, 'the language server runs');
    process.kill(pid, 'SIGKILL');
    const restarted = await waitFor('a new server process', () => {
      const pids = serverPids();
      return pids.length > 0 && !pids.includes(pid) && pids;
    });
    assert.equal(restarted.length, 1);
    await waitFor('hover from the restarted server', () => hoverWorks(document));
  });

  it('restarts on request', async () => {
    const [before] = serverPids();
    await vscode.commands.executeCommand(ClientCommands.restartServer);
    await waitFor('a new server process', () => serverPids().some((p) => p !== before));
    await waitFor('hover after the restart', () => hoverWorks(document));
    const summary = await (await briefmarkApi()).summary(document.uri);
    assert.equal(summary.layers.length, 4);
  });
});
