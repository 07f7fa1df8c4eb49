import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefinitionRequest, HoverRequest, SemanticTokensRequest } from 'vscode-languageserver-protocol';
import { ClaimsRequest, SummaryRequest } from '../../server/src/protocol';
import { BRIEF, FixtureWorkspace, positionOf, startOn, stopAll } from './fixtureWorkspace';
import { fileUri, type LspClient } from './lspClient';

// The web-worker build of the server (dist/browser/server.js), run with a web worker's globals
// only (webWorkerServer.ts): it reads files through the client and indexes on its own thread.

describe('the web-worker server, beside the Node server on one workspace', () => {
  let ws: FixtureWorkspace;
  let node: LspClient;
  let web: LspClient;
  let uri: string;
  let text: string;

  beforeAll(async () => {
    ws = await FixtureWorkspace.create();
    // As the extension's web client does: the built-in glossary's files are where it says.
    const builtinGlossaryFolder = fileUri(resolve(__dirname, '../../server/glossaries'));
    [node, web] = await Promise.all([startOn(ws), startOn(ws, { transport: 'webWorker', initializationOptions: { builtinGlossaryFolder } })]);
    uri = ws.uri(BRIEF);
    text = await ws.read(BRIEF);
    await Promise.all([node, web].map(async (client) => (await client.open(uri, text), client.waitForVersion(uri, 1))));
  });
  afterAll(async () => {
    await web?.stop();
    await stopAll(node, ws);
  });

  it('starts and answers in a context without Node’s globals', () => {
    expect(web.initializeResult.capabilities.hoverProvider).toBe(true);
  });

  it('publishes the same diagnostics, tokens and hover as the Node server', async () => {
    expect(web.diagnostics.get(uri)!.length).toBeGreaterThan(3);
    expect(web.diagnostics.get(uri)).toEqual(node.diagnostics.get(uri));
    const tokens = async (client: LspClient) => (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.data;
    expect(await tokens(web)).toEqual(await tokens(node));
    const hover = (client: LspClient) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'sovereign stack begins') });
    expect(await hover(web)).toEqual(await hover(node));
  });

  it('goes to a built-in entry in the glossary file the client says the extension keeps', async () => {
    const definition = (client: LspClient) => client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'clouds', 2) });
    const links = await definition(web);
    expect(links).toHaveLength(1);
    expect(links).toEqual(await definition(node));
  });

  it('indexes the briefs that are not open, through the client, as the Node server does', async () => {
    const claims = async (client: LspClient) => (await client.connection.sendRequest(ClaimsRequest, {})).claims.map((c) => [c.uri, c.id, c.status, c.kind, c.layer]).sort();
    const fromWeb = await claims(web);
    expect(fromWeb.map((c) => c[1])).toContain('halls-waiting');
    expect(fromWeb).toEqual(await claims(node));
    expect(await web.connection.sendRequest(SummaryRequest, {})).toEqual(await node.connection.sendRequest(SummaryRequest, {}));
  });
});
