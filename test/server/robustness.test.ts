import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  ExecuteCommandRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type Hover,
  type MarkupContent,
  type SemanticTokens,
} from 'vscode-languageserver-protocol';
import { ClaimsRequest, ExportRequest, MentionsRequest, SummaryRequest } from '../../server/src/protocol';
import { decodeTokens, FixtureWorkspace, NOTES, positionOf, startOn, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Requests on documents the server does not know, bad command arguments, garbage text and
// malformed parameters: every one gets an answer, and the server keeps answering afterwards.
// Cancelled requests answer RequestCancelled (-32800).

describe('robustness', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;

  const hoverValue = async (at: string, position: { line: number; character: number }) => {
    const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: at }, position })) as Hover | null;
    return h ? (h.contents as MarkupContent).value : null;
  };
  const stillAnswers = async () => expect(await hoverValue(uri, positionOf(text, 'Harbour Institute', 1))).toMatch(/^\*\*Harbour Institute\*\* · actor/);
  const command = (name: string, args?: unknown[]) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: name, ...(args ? { arguments: args } : {}) });

  beforeAll(async () => ({ ws, client, uri, text } = await startWithBrief()));
  afterAll(() => stopAll(client, ws));

  it('answers null or empty for documents it does not have open', async () => {
    const unknown = { uri: ws.uri('nowhere/never-opened.md') };
    const notOpen = { uri: ws.uri(NOTES) };
    const position = { line: 2, character: 6 };
    const range = { start: position, end: { line: 3, character: 10 } };
    for (const textDocument of [unknown, notOpen]) {
      expect(await client.connection.sendRequest(HoverRequest.type, { textDocument, position })).toBeNull();
      expect(await client.connection.sendRequest(CompletionRequest.type, { textDocument, position })).toBeNull();
      expect(await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position })).toBeNull();
      expect(await client.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } })).toBeNull();
      expect(await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument, position })).toBeNull();
      expect(await client.connection.sendRequest(RenameRequest.type, { textDocument, position, newName: 'x' })).toBeNull();
      expect(await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } })).toEqual([]);
      expect(await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument })).toEqual({ data: [] });
      expect(await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument, range })).toEqual({ data: [] });
    }
    await stillAnswers();
  });

  it('answers applied:false with a message for bad command arguments', async () => {
    expect(await command('briefmark.tagClaim', [{ uri }])).toEqual({ applied: false, message: 'briefmark.tagClaim needs { uri, range }.' });
    expect(await command('briefmark.tagClaim', [{ uri, range: { start: { line: 'one' }, end: null } }])).toEqual({ applied: false, message: 'briefmark.tagClaim needs { uri, range }.' });
    expect(await command('briefmark.tagClaim', [{ uri: ws.uri(NOTES), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } } }])).toEqual({
      applied: false,
      message: 'Open the brief first: claims are tagged in open documents.',
    });
    expect(await command('briefmark.tagClaim', [{ uri, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } } }])).toEqual({ applied: false, message: 'Select the words of the claim first.' });
    expect(await command('briefmark.review.set', [42])).toEqual({ applied: false, message: 'briefmark.review.set needs { uri, claimId, status }.' });
    expect(await command('briefmark.review.set')).toEqual({ applied: false, message: 'briefmark.review.set needs { uri, claimId, status }.' });
    expect(await command('briefmark.glossary.add', [null])).toEqual({ applied: false, message: 'briefmark.glossary.add needs { uri, term, kind }.' });
    expect(await command('briefmark.glossary.add', [{ uri, term: 'Heat reuse', kind: 'concept', id: 'Not An Id' }])).toEqual({ applied: false, message: '"Not An Id" is not a valid id.' });
    expect(client.appliedEdits).toEqual([]);
    await stillAnswers();
  });

  it('survives garbage text: NUL bytes, 10,000 "[", unclosed braces, lone surrogates', async () => {
    const garbage = ws.uri('garbage.md');
    const body = [
      '\u0000'.repeat(2000),
      '['.repeat(10_000),
      '{'.repeat(3000) + '}'.repeat(10),
      ']{.claim #'.repeat(500),
      '[x]{.claim #a #b .actor .concept ref= ref="unterminated',
      '\ud800\udc00\ud800 lone \udfff surrogates',
      '[Harbour Institute]{.actor ref=harbour-institute}' + '\u0000[{'.repeat(2000),
      '`'.repeat(999) + '<!-- -->' + '```',
      'x'.repeat(50_000),
    ].join('\n');
    await client.open(garbage, body);
    const d = await client.waitForVersion(garbage, 1);
    const lines = body.split('\n');
    for (const x of d) {
      expect(x.range.start.line).toBeLessThan(lines.length);
      expect(x.range.end.character).toBeLessThanOrEqual(lines[x.range.end.line]!.length);
    }
    const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    const all = { start: { line: 0, character: 0 }, end };
    expect(await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: garbage } })).toHaveProperty('data');
    for (const position of [{ line: 0, character: 5 }, { line: 1, character: 9_999 }, { line: 3, character: 20 }, { line: 6, character: 3 }, end]) {
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: garbage }, position });
      await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: garbage }, position });
      await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: garbage }, position });
    }
    expect(Array.isArray(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: garbage }, range: all, context: { diagnostics: d } }))).toBe(true);
    // Typing into the garbage, including a change far past its end.
    await client.change(garbage, [{ range: { start: { line: 1, character: 5000 }, end: { line: 1, character: 5000 } }, text: ']{.claim}' }]);
    await client.change(garbage, [{ range: { start: { line: 9999, character: 0 }, end: { line: 9999, character: 3 } }, text: '\n\n[tail]{.claim #tail}' }]);
    await client.waitForVersion(garbage, 3);
    // The change past the end was applied at the end: the new claim is there, in a paragraph of its own.
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    const tokens = decodeTokens(((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: garbage } })) as SemanticTokens).data, legend);
    expect(tokens.at(-1)).toEqual({ line: lines.length + 1, character: 1, length: 4, type: 'claim', modifiers: ['unchecked'] });
    await client.close(garbage);
    await stillAnswers();
  });

  it('survives malformed parameters', async () => {
    const bad = [
      [HoverRequest.method, { textDocument: { uri: 42 }, position: null }],
      [HoverRequest.method, { textDocument: { uri }, position: { line: -5, character: -1 } }],
      [CompletionRequest.method, { textDocument: { uri }, position: { line: 1e9, character: 1e9 } }],
      [CodeActionRequest.method, { textDocument: { uri }, range: null, context: null }],
      [DefinitionRequest.method, {}],
      [SummaryRequest.method, { uri: 17 }],
      [WorkspaceSymbolRequest.method, { query: null }],
    ] as const;
    for (const [method, params] of bad) {
      // An answer or an error, never silence: the request settles either way.
      await client.connection.sendRequest(method, params).then(
        () => undefined,
        (error: { code?: number }) => expect(typeof error.code).toBe('number'),
      );
    }
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: ws.uri('never-opened.md'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 9 }] });
    await stillAnswers();
  });

  it('answers a request it does not know with MethodNotFound', async () => {
    await expect(client.connection.sendRequest('briefmark/nothing', {})).rejects.toMatchObject({ code: -32601 });
    await stillAnswers();
  });
});

describe('cancellation', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;

  beforeAll(async () => {
    // Enough briefs that indexing them takes far longer than a cancel message takes to arrive.
    const extra: Record<string, string> = {};
    const paragraph = 'The sovereign stack needs grid connections, chips and the Harbour Institute to agree on a plan. ';
    for (let i = 0; i < 400; i++) extra[`many/brief-${i}.md`] = `# Brief ${i}\n\n${paragraph.repeat(30)}\n\n[Claim number ${i} about the sovereign stack]{.claim #claim-${i} about=sovereign-stack}\n`;
    ws = await FixtureWorkspace.create({ extra });
    client = await startOn(ws);
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  /** Sends a request and cancels it at once; resolves with what the server answered. */
  const sendAndCancel = async (method: string, params: unknown) => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(method, params, source.token);
    source.cancel();
    return pending.then(
      (result) => ({ result }),
      (error: { code: number; message: string }) => ({ error: { code: error.code, message: error.message } }),
    );
  };

  it('answers a cancelled workspace/symbol request with RequestCancelled', async () => {
    expect(await sendAndCancel(WorkspaceSymbolRequest.method, { query: 'claim' })).toEqual({ error: { code: -32800, message: 'The request was cancelled.' } });
  });

  it('answers a cancelled references request with RequestCancelled', async () => {
    const uri = ws.uri('many/brief-0.md');
    const body = await ws.read('many/brief-0.md');
    await client.open(uri, body);
    const answer = await sendAndCancel(ReferencesRequest.method, { textDocument: { uri }, position: positionOf(body, 'sovereign stack', 3), context: { includeDeclaration: true } });
    expect(answer).toEqual({ error: { code: -32800, message: 'The request was cancelled.' } });
  });

  it('answers a cancelled workspace summary with RequestCancelled', async () => {
    // A glossary change starts a new index run of every brief; the server publishes the glossary's
    // diagnostics in the same step, so once they arrive the run is under way.
    const glossary = ws.uri('team.glossary.yaml');
    client.diagnostics.delete(glossary);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: glossary, type: 2 }] });
    await client.waitForDiagnostics(glossary);
    expect(await sendAndCancel(SummaryRequest.method, {})).toEqual({ error: { code: -32800, message: 'The request was cancelled.' } });
  });

  it('answers cancelled workspace mentions and exports with RequestCancelled', async () => {
    const glossary = ws.uri('team.glossary.yaml');
    client.diagnostics.delete(glossary);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: glossary, type: 2 }] });
    await client.waitForDiagnostics(glossary);
    const cancelled = { error: { code: -32800, message: 'The request was cancelled.' } };
    expect(await sendAndCancel(MentionsRequest.method, { kind: 'concept', id: 'sovereign-stack' })).toEqual(cancelled);
    expect(await sendAndCancel(ExportRequest.method, { what: 'network', format: 'json' })).toEqual(cancelled);
  });

  it('answers the same requests in full when they are not cancelled', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'claim-399' })) as Array<{ name: string }>;
    expect(symbols.map((s) => s.name)).toEqual(['#claim-399']);
    const summary = await client.connection.sendRequest(SummaryRequest, {});
    // 400 generated claims (their one mention, "sovereign stack", is an infrastructure concept), four
    // of energy-brief.md (price-rise by its words, "accelerator time") and one of notes/grid-notes.md.
    expect(summary.layers[0]!.claims.total).toBe(405);
    // 31 mentions in each generated brief, three in energy-brief.md and two in notes/grid-notes.md.
    expect(await client.connection.sendRequest(MentionsRequest, { kind: 'concept', id: 'sovereign-stack' })).toHaveLength(400 * 31 + 3 + 2);
    const csv = (await client.connection.sendRequest(ExportRequest, { what: 'claims', format: 'csv' })).content;
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 404 + 1);
    expect((await client.connection.sendRequest(ClaimsRequest, {})).claims).toHaveLength(405);
  });
});
