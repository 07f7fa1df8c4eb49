import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeConfigurationNotification, HoverRequest, SemanticTokensRequest, type Diagnostic, type SemanticTokens } from 'vscode-languageserver-protocol';
import { FixtureWorkspace, NOTES, openBrief, positionOf, rangeOf, startOn } from './fixtureWorkspace';
import { fileUri, type LspClient } from './lspClient';

// `briefmark.*` settings, asked of the client per resource with workspace/configuration, and asked
// again after workspace/didChangeConfiguration.

describe('settings', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  let folderUri: string;
  /** The settings the client answers, per scope URI. */
  const scoped = new Map<string, Record<string, unknown>>();
  const asked: Array<string | undefined> = [];

  const codes = (d: Diagnostic[] | undefined) => (d ?? []).map((x) => x.code);
  const reconfigure = async (accept: (d: Diagnostic[]) => boolean) => {
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    return client.waitForDiagnostics(uri, accept);
  };

  beforeAll(async () => {
    ws = await FixtureWorkspace.create({ extra: { 'broken.glossary.yaml': 'version: 1\nconcepts:\n  - id: heat-reuse\n' } });
    folderUri = fileUri(ws.dir);
    uri = ws.uri('energy-brief.md');
    scoped.set(uri, { requireClaimSource: true });
    client = await startOn(ws, {
      settings: (scope) => {
        asked.push(scope);
        return scoped.get(scope ?? '') ?? {};
      },
    });
    ({ text } = await openBrief(client, ws));
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  it('reports a broken glossary under the default briefmark.glossaryFiles', async () => {
    const d = await client.waitForDiagnostics(ws.uri('broken.glossary.yaml'));
    expect(codes(d)).toEqual(['invalid-glossary']);
  });

  it('asks for the settings of the folder and of each open document', () => {
    expect(asked).toContain(folderUri);
    expect(asked).toContain(uri);
  });

  it('warns about claims without a source when briefmark.requireClaimSource is true for the brief', () => {
    const d = client.diagnostics.get(uri)!.filter((x) => x.code === 'claim-without-source');
    expect(d).toEqual([
      { range: rangeOf(text, 'Chip supply is the narrowest point of the sovereign stack'), severity: 2, code: 'claim-without-source', source: 'briefmark', message: 'This claim has no source: add source=…, a [@citation] or a link.', data: { claimId: 'chip-bottleneck' } },
      { range: rangeOf(text, 'Public buyers pay twice what they paid for accelerator time two years ago'), severity: 2, code: 'claim-without-source', source: 'briefmark', message: 'This claim has no source: add source=…, a [@citation] or a link.', data: { claimId: 'price-rise' } },
      { range: rangeOf(text, 'Regional clouds could host most public workloads'), severity: 2, code: 'claim-without-source', source: 'briefmark', message: 'This claim has no source: add source=…, a [@citation] or a link.' },
    ]);
  });

  it('reads settings per resource: another brief keeps the default', async () => {
    const notes = await openBrief(client, ws, NOTES);
    expect(asked).toContain(notes.uri);
    // No claim-without-source for its unsourced claim: only the possible-claim hints of the default
    // "likely" level (which sentences, test/server/suggestions.test.ts checks).
    const notesCodes = codes(client.diagnostics.get(notes.uri));
    expect(notesCodes).not.toContain('claim-without-source');
    expect(new Set(notesCodes)).toEqual(new Set(['possible-claim']));
    await client.close(notes.uri);
  });

  it('drops the possible-claim hints after briefmark.suggestClaims becomes false', async () => {
    expect(codes(client.diagnostics.get(uri))).toContain('possible-claim');
    scoped.set(uri, { requireClaimSource: true, suggestClaims: 'off' });
    const d = await reconfigure((list) => !codes(list).includes('possible-claim'));
    // Same range, analysis first: claim-without-source comes before disputed-claim and stale-claim.
    expect(codes(d)).toEqual(['deprecated-wording', 'claim-without-source', 'disputed-claim', 'claim-without-source', 'stale-claim', 'claim-without-id', 'claim-without-source', 'unknown-id', 'unknown-term', 'malformed-span']);
  });

  it('reports one information diagnostic and nothing else for a brief over briefmark.maxFileSize', async () => {
    scoped.set(uri, { maxFileSize: 100 });
    const d = await reconfigure((list) => list.length === 1);
    expect(d).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        code: 'file-too-large',
        source: 'briefmark',
        message: `Not analysed: the file has ${text.length.toLocaleString('en')} characters, more than the limit of 100 (briefmark.maxFileSize).`,
      },
    ]);
    const tokens = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) as SemanticTokens;
    expect(tokens.data).toEqual([]);
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'Harbour Institute', 2) })).toBeNull();
  });

  it('analyses the brief again when the limit is lifted', async () => {
    scoped.set(uri, {});
    const d = await reconfigure((list) => list.length > 1);
    expect(codes(d)).toEqual(['possible-claim', 'deprecated-wording', 'disputed-claim', 'stale-claim', 'claim-without-id', 'unknown-id', 'unknown-term', 'possible-claim', 'malformed-span']);
  });

  it('uses the folder\'s briefmark.useBuiltinGlossary', async () => {
    scoped.set(folderUri, { useBuiltinGlossary: false });
    const d = await reconfigure((list) => (list.find((x) => x.code === 'unknown-id')?.message as string | undefined)?.includes('"compute"') === false);
    expect(d.find((x) => x.code === 'unknown-id')?.message).toBe('Unknown concept id "compute-gapp". Did you mean "compute-gap"?');
    // "clouds" was a built-in concept; the team's entries stay.
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'clouds', 1) })).toMatchObject({ contents: { value: expect.stringMatching(/^\*\*Claim\*\* \*\(no id\)\*/) } });
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'sovereign stack', 1, 2) })).toMatchObject({ contents: { value: expect.stringMatching(/^\*\*Sovereign stack\*\*/) } });
  });

  it('uses the folder\'s briefmark.glossaryFiles', async () => {
    scoped.set(folderUri, { glossaryFiles: ['**/*.terms.yaml'] });
    const d = await reconfigure((list) => !codes(list).includes('deprecated-wording'));
    // The team glossary no longer applies: its ids are unknown, the built-in entries are back.
    expect(d.find((x) => x.code === 'unknown-id' && (x.message as string).startsWith('Unknown actor id "harbour-institute"'))).toBeDefined();
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'sovereign stack', 1, 2) })).toBeNull();
  });

  it('clears the diagnostics of a file that is no longer a glossary under briefmark.glossaryFiles', async () => {
    // broken.glossary.yaml had an invalid-glossary error before the pattern changed.
    const broken = ws.uri('broken.glossary.yaml');
    await client.waitForDiagnostics(broken, (d) => d.length === 0);
    expect(client.diagnostics.get(broken)).toEqual([]);
  });
});
