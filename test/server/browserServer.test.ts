import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, SemanticTokensRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import type { FileHost, FileStat } from '../../server/src/core/host';
import { ClaimsRequest, SummaryRequest } from '../../server/src/protocol';
import { BRIEF, FIXTURE, FixtureWorkspace, NOTES, positionOf, startOn, stopAll } from './fixtureWorkspace';
import { LspClient } from './lspClient';

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
    [node, web] = await Promise.all([startOn(ws), startOn(ws, { transport: 'webWorker' })]);
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

  it('indexes the briefs that are not open, through the client, as the Node server does', async () => {
    const claims = async (client: LspClient) => (await client.connection.sendRequest(ClaimsRequest, {})).claims.map((c) => [c.uri, c.id, c.status, c.kind, c.layer]).sort();
    const fromWeb = await claims(web);
    expect(fromWeb.map((c) => c[1])).toContain('halls-waiting');
    expect(fromWeb).toEqual(await claims(node));
    expect(await web.connection.sendRequest(SummaryRequest, {})).toEqual(await node.connection.sendRequest(SummaryRequest, {}));
  });
});

/** A workspace in memory under `memfs:/`, as a FileSystemProvider would serve it. */
function memoryFiles(files: Record<string, string>): FileHost & { reads: string[] } {
  const reads: string[] = [];
  const folderOf = (uri: string) => (uri.endsWith('/') ? uri : uri + '/');
  return {
    reads,
    async readFile(uri) {
      reads.push(uri);
      return files[uri];
    },
    async listFiles(folder) {
      return Object.keys(files).filter((f) => f.startsWith(folderOf(folder))).sort();
    },
    async stat(uri): Promise<FileStat | undefined> {
      if (files[uri] !== undefined) return { type: 'file', size: files[uri]!.length };
      return Object.keys(files).some((f) => f.startsWith(folderOf(uri))) ? { type: 'folder', size: 0 } : undefined;
    },
  };
}

describe('the web-worker server in a virtual workspace', () => {
  const root = 'memfs:/review';
  const fixture = (rel: string) => readFileSync(join(FIXTURE, rel), 'utf8');
  const files = memoryFiles({
    [`${root}/${BRIEF}`]: fixture(BRIEF),
    [`${root}/energy-brief.review.yaml`]: fixture('energy-brief.review.yaml'),
    [`${root}/team.glossary.yaml`]: fixture('team.glossary.yaml'),
    [`${root}/${NOTES}`]: fixture(NOTES),
  });
  let web: LspClient;
  const uri = `${root}/${BRIEF}`;
  const text = fixture(BRIEF);

  beforeAll(async () => {
    web = await LspClient.start({ transport: 'webWorker', folders: [], folderUris: [root], files, acceptEdits: true });
    await web.open(uri, text);
    await web.waitForVersion(uri, 1);
  });
  afterAll(() => web?.stop());

  it('reads the folder’s team glossary and the brief’s review sidecar through the client', async () => {
    const hover = (await web.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'sovereign stack begins') })) as Hover;
    expect((hover.contents as MarkupContent).value).toContain('`sovereign-stack` from team.glossary.yaml');
    expect(files.reads).toContain(`${root}/team.glossary.yaml`);
    const { claims } = await web.connection.sendRequest(ClaimsRequest, { uri });
    expect(claims.find((c) => c.id === 'chip-bottleneck')?.status).toBe('disputed');
  });

  it('indexes the brief that is not open', async () => {
    const { claims } = await web.connection.sendRequest(ClaimsRequest, {});
    expect(claims.filter((c) => c.uri === `${root}/${NOTES}`).map((c) => c.id)).toEqual(['halls-waiting']);
    expect(files.reads).toContain(`${root}/${NOTES}`);
  });
});
