import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { ClaimsRequest, SummaryRequest } from '../../server/src/protocol';
import { FixtureWorkspace, positionOf, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// The server knows every file by its URI. A folder whose name must be escaped in a URI (a space,
// "#", a letter beyond ASCII) is where two spellings of one file would show: the open brief
// counted twice, or the folder's team glossary not found.

describe('a workspace folder whose name is escaped in URIs', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;

  beforeAll(async () => ({ ws, client, uri, text } = await startWithBrief({}, { folderName: 'briefs #1 (draft) é', extra: { 'my notes/a b.md': 'The [sovereign stack]{.concept} again.\n' } })));
  afterAll(() => stopAll(client, ws));

  it('finds the folder’s team glossary for the open brief', async () => {
    // Node writes the brackets as they are, vscode-uri (as VS Code) escapes them: two spellings.
    expect(uri).toContain('briefs%20%231%20(draft)%20%C3%A9');
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'sovereign stack begins') })) as Hover;
    expect((hover.contents as MarkupContent).value).toContain('`sovereign-stack` from team.glossary.yaml');
  });

  it('lists the open brief’s claims once, and those of the briefs on disk by their URIs', async () => {
    const { claims } = await client.connection.sendRequest(ClaimsRequest, {});
    const byUri = new Map<string, number>();
    for (const c of claims) byUri.set(c.uri, (byUri.get(c.uri) ?? 0) + 1);
    expect([...byUri.values()].sort()).toEqual([1, 4]);
    expect(byUri.get(uri)).toBe(4);
  });

  it('summarises a brief on disk asked for by the client’s URI', async () => {
    const result = await client.connection.sendRequest(SummaryRequest, { uri: ws.uri('my notes/a b.md') });
    expect(result.layers.flatMap((l) => l.concepts.map((c) => [c.id, c.count]))).toEqual([['sovereign-stack', 1]]);
  });
});
