import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { normalUri, type FileHost, type FileStat } from '../../server/src/core/host';
import { ClaimsRequest } from '../../server/src/protocol';
import { BRIEF, FIXTURE, NOTES, positionOf } from './fixtureWorkspace';
import { inProcessTransport } from './inProcessServer';
import { LspClient } from './lspClient';

// A workspace the server cannot reach itself (a virtual workspace: a GitHub repository opened
// without cloning, a FileSystemProvider's folder): both builds read it through the client. The
// Node server keeps its own disk for file: URIs and asks the client for the rest.

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

// The Node build over stdio, the web build in a worker thread, and the sources in this process.
describe.each([['stdio', 'stdio'], ['webWorker', 'webWorker'], ['in-process', inProcessTransport]] as const)('the %s server in a virtual workspace', (_name, transport) => {
  const root = 'memfs:/review';
  const fixture = (rel: string) => readFileSync(join(FIXTURE, rel), 'utf8');
  const files = memoryFiles({
    [`${root}/${BRIEF}`]: fixture(BRIEF),
    [`${root}/energy-brief.review.yaml`]: fixture('energy-brief.review.yaml'),
    [`${root}/team.glossary.yaml`]: fixture('team.glossary.yaml'),
    [`${root}/${NOTES}`]: fixture(NOTES),
  });
  let server: LspClient;
  const uri = `${root}/${BRIEF}`;
  const text = fixture(BRIEF);

  beforeAll(async () => {
    server = await LspClient.start({ transport, folders: [], folderUris: [root], files, acceptEdits: true });
    await server.open(uri, text);
    await server.waitForVersion(uri, 1);
  });
  afterAll(() => server?.stop());

  it('reads the folder’s team glossary and the brief’s review sidecar through the client', async () => {
    const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'sovereign stack begins') })) as Hover;
    expect((hover.contents as MarkupContent).value).toContain('`sovereign-stack` from team.glossary.yaml');
    expect(files.reads).toContain(`${root}/team.glossary.yaml`);
    const { claims } = await server.connection.sendRequest(ClaimsRequest, { uri });
    expect(claims.find((c) => c.id === 'chip-bottleneck')?.status).toBe('disputed');
  });

  it('indexes the brief that is not open', async () => {
    const { claims } = await server.connection.sendRequest(ClaimsRequest, {});
    expect(claims.filter((c) => c.uri === `${root}/${NOTES}`).map((c) => c.id)).toEqual(['halls-waiting']);
    expect(files.reads).toContain(`${root}/${NOTES}`);
  });
});

describe('files a client lists in another spelling of their URI', () => {
  const root = 'memfs:/review';
  const fixture = (rel: string) => readFileSync(join(FIXTURE, rel), 'utf8');
  const uri = `${root}/${BRIEF}`;
  const files = memoryFiles({ [uri]: fixture(BRIEF), [`${root}/team.glossary.yaml`]: fixture('team.glossary.yaml') });
  // "%65" is "e": each file as the open document's URI names it, spelled as some client might
  // list it; and one URI that does not parse, which must not stop the folder from loading.
  const listed: FileHost = {
    listFiles: async (folder) => [...(await files.listFiles(folder)).map((f) => f.replace(/(?<=:.*)e/g, '%65')), 'b%d:/review/x.md'],
    readFile: (file) => files.readFile(normalUri(file)),
    stat: (file) => files.stat(normalUri(file)),
  };
  let server: LspClient;

  beforeAll(async () => {
    server = await LspClient.start({ transport: inProcessTransport, folders: [], folderUris: [root], files: listed });
    await server.open(uri, fixture(BRIEF));
    await server.waitForVersion(uri, 1);
  });
  afterAll(() => server?.stop());

  it('are one brief with the open document, not two', async () => {
    const { claims } = await server.connection.sendRequest(ClaimsRequest, {});
    const ids = claims.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(claims.map((c) => c.uri))).toEqual(new Set([uri]));
  });

  it('find the team glossary', async () => {
    const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(fixture(BRIEF), 'sovereign stack begins') })) as Hover;
    expect((hover.contents as MarkupContent).value).toContain('team.glossary.yaml');
  });
});
