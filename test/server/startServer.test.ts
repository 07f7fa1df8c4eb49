import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureWorkspace, GLOSSARY, REVIEW, startOn } from './fixtureWorkspace';
import { fork } from 'node:child_process';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { serverScript, type LspClient } from './lspClient';

// The initialize handshake: what any LSP client can rely on (DESIGN.md section 5).

describe('initialize', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;

  beforeAll(async () => {
    ws = await FixtureWorkspace.create();
    client = await startOn(ws);
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  it('advertises the semantic token legend of the protocol', () => {
    const provider = client.initializeResult.capabilities.semanticTokensProvider!;
    expect(provider.legend).toEqual({
      tokenTypes: ['concept', 'actor', 'claim'],
      tokenModifiers: ['explicit', 'unchecked', 'verified', 'disputed', 'retracted', 'stale'],
    });
    expect(provider.full).toBe(true);
    expect(provider.range).toBe(true);
  });

  it('advertises incremental text sync with open and close', () => {
    expect(client.initializeResult.capabilities.textDocumentSync).toEqual({ openClose: true, change: 2 });
  });

  it('advertises the five commands', () => {
    expect(client.initializeResult.capabilities.executeCommandProvider).toEqual({
      commands: ['briefmark.tagClaim', 'briefmark.tagClaims', 'briefmark.review.set', 'briefmark.glossary.add', 'briefmark.glossary.addEntries'],
    });
  });

  it('advertises the navigation, completion and code action providers', () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.hoverProvider).toBe(true);
    expect(caps.definitionProvider).toBe(true);
    expect(caps.referencesProvider).toBe(true);
    expect(caps.workspaceSymbolProvider).toBe(true);
    // The client said it supports prepareRename.
    expect(caps.renameProvider).toEqual({ prepareProvider: true });
    expect(caps.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'refactor.rewrite'] });
    expect(caps.completionProvider?.triggerCharacters).toEqual(['{', '.', '#', '=', ',', ' ']);
    expect(caps.workspace?.workspaceFolders).toEqual({ supported: true, changeNotifications: true });
    expect(client.initializeResult.serverInfo?.name).toBe('briefmark');
    expect(client.initializeResult.serverInfo?.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads the review file of a brief that is not open, and reports its orphan record', async () => {
    const diagnostics = await client.waitForDiagnostics(ws.uri(REVIEW), (d) => d.length > 0);
    expect(diagnostics).toEqual([
      {
        range: { start: { line: 20, character: 2 }, end: { line: 20, character: 15 } },
        severity: 2,
        code: 'orphan-review-record',
        source: 'briefmark',
        message: 'No claim with id "removed-claim" in the brief: it was renamed or removed.',
      },
    ]);
  });

  it('publishes no diagnostics for a valid team glossary', async () => {
    const diagnostics = await client.waitForDiagnostics(ws.uri(GLOSSARY));
    expect(diagnostics).toEqual([]);
  });
});

describe('the node IPC transport', () => {
  it('answers initialize and hover over --node-ipc as over stdio', async () => {
    const ws = await FixtureWorkspace.create();
    const child = fork(serverScript(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: ws.uri(''), workspaceFolders: [{ uri: ws.uri(''), name: 'ws' }], capabilities: {} });
      expect(result.serverInfo?.name).toBe('briefmark');
      await connection.sendNotification(InitializedNotification.type, {});
      const uri = ws.uri('ipc.md');
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Nvidia builds chips.\n' } });
      const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
      expect(JSON.stringify(hover?.contents)).toContain('**Nvidia**');
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
      await ws.dispose();
    }
  });
});
