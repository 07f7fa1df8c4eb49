import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SemanticTokensRangeRequest, SemanticTokensRequest, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { decodeTokens, FixtureWorkspace, NOTES, openBrief, REVIEW, startOn, tokenAt, type DecodedToken } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Semantic tokens, decoded from the relative encoding with the legend the server advertised.

describe('semantic tokens', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  let legend: SemanticTokensLegend;
  let tokens: DecodedToken[];

  const full = async (at: string) => {
    const result = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: at } })) as SemanticTokens;
    return decodeTokens(result.data, legend);
  };

  beforeAll(async () => {
    ws = await FixtureWorkspace.create();
    client = await startOn(ws);
    legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    ({ uri, text } = await openBrief(client, ws));
    tokens = await full(uri);
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  it('marks a concept mention found by the glossary', () => {
    expect(tokens).toContainEqual(tokenAt(text, 'sovereign stack', 'concept', [], 2));
  });

  it('marks an actor mention found by the glossary', () => {
    expect(tokens).toContainEqual(tokenAt(text, 'Harbour Institute', 'actor', []));
  });

  it('marks an explicit [..]{.actor ref=..} mention with the explicit modifier', () => {
    expect(tokens).toContainEqual(tokenAt(text, 'The harbour team', 'actor', ['explicit']));
  });

  it('marks a deprecated wording as a mention of its entry', () => {
    expect(tokens).toContainEqual(tokenAt(text, 'strategic independence', 'concept', []));
  });

  it('marks claims with their status, cut around the mentions inside them', () => {
    // grid-wait: verified; its first words are a mention of the built-in "grid capacity".
    expect(tokens).toContainEqual(tokenAt(text, 'Grid connections', 'concept', []));
    expect(tokens).toContainEqual(tokenAt(text, ' for new server halls take three years or more', 'claim', ['verified']));
    // chip-bottleneck: disputed, with "sovereign stack" inside it.
    expect(tokens).toContainEqual(tokenAt(text, 'Chip supply is the narrowest point of the ', 'claim', ['disputed']));
    expect(tokens).toContainEqual(tokenAt(text, 'sovereign stack', 'concept', [], 3));
    // price-rise: reviewed under another wording, so stale.
    expect(tokens).toContainEqual(tokenAt(text, 'Public buyers pay twice what they paid for accelerator time two years ago', 'claim', ['stale']));
    // No id, no record: unchecked.
    expect(tokens).toContainEqual(tokenAt(text, 'Regional ', 'claim', ['unchecked']));
    expect(tokens).toContainEqual(tokenAt(text, ' could host most public workloads', 'claim', ['unchecked']));
  });

  it('asks the editor to refresh the tokens when the review sidecar changes, and shows the new status', async () => {
    const before = client.tokenRefreshes;
    const reviewUri = ws.uri(REVIEW);
    const review = await ws.read(REVIEW);
    await client.open(reviewUri, review, 'yaml');
    await client.change(reviewUri, [{ text: review.replace('status: disputed', 'status: verified') }]);
    await client.waitFor(() => (client.tokenRefreshes > before ? true : undefined), 'a semantic tokens refresh');
    expect(await full(uri)).toContainEqual(tokenAt(text, 'Chip supply is the narrowest point of the ', 'claim', ['verified']));
    await client.change(reviewUri, [{ text: review }]);
    await client.waitFor(() => (client.tokenRefreshes > before + 1 ? true : undefined), 'a second refresh');
    expect(await full(uri)).toContainEqual(tokenAt(text, 'Chip supply is the narrowest point of the ', 'claim', ['disputed']));
  });

  it('never marks the markup, nor text in a span with an unknown id', () => {
    const line17 = tokens.filter((t) => t.line === 17);
    expect(line17).toEqual([tokenAt(text, 'The harbour team', 'actor', ['explicit'])]);
  });

  it('lists every token of the brief in order, without overlaps', () => {
    expect(tokens).toEqual([
      tokenAt(text, 'chips', 'concept', [], 1), // the heading; front matter is never matched
      tokenAt(text, 'sovereign stack', 'concept', [], 1),
      tokenAt(text, 'Harbour Institute', 'actor', []),
      tokenAt(text, 'sovereign stack', 'concept', [], 2),
      tokenAt(text, 'strategic independence', 'concept', []),
      tokenAt(text, 'strategic autonomy', 'concept', []),
      tokenAt(text, 'Grid connections', 'concept', []),
      tokenAt(text, ' for new server halls take three years or more', 'claim', ['verified']),
      tokenAt(text, 'Chip supply is the narrowest point of the ', 'claim', ['disputed']),
      tokenAt(text, 'sovereign stack', 'concept', [], 3),
      tokenAt(text, 'Public buyers pay twice what they paid for accelerator time two years ago', 'claim', ['stale']),
      tokenAt(text, 'Regional ', 'claim', ['unchecked']),
      tokenAt(text, 'clouds', 'concept', []),
      tokenAt(text, ' could host most public workloads', 'claim', ['unchecked']),
      tokenAt(text, 'The harbour team', 'actor', ['explicit']),
      tokenAt(text, 'Harbour Institute', 'actor', [], 1),
      tokenAt(text, 'compute gap', 'concept', [], 1),
    ]);
  });

  it('answers a range request with the tokens of that range only', async () => {
    const result = (await client.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri },
      range: { start: { line: 11, character: 0 }, end: { line: 14, character: 0 } },
    })) as SemanticTokens;
    expect(decodeTokens(result.data, legend)).toEqual([
      tokenAt(text, 'Chip supply is the narrowest point of the ', 'claim', ['disputed']),
      tokenAt(text, 'sovereign stack', 'concept', [], 3),
      tokenAt(text, 'Public buyers pay twice what they paid for accelerator time two years ago', 'claim', ['stale']),
    ]);
  });

  it('cuts a claim that spans two lines into one token per line', async () => {
    const scratch = ws.uri('scratch.md');
    const body = 'Intro line.\n\n[Grid operators in the north\nanswer slowly]{.claim #slow-answers}\n';
    await client.open(scratch, body);
    await client.waitForVersion(scratch, 1);
    expect(await full(scratch)).toEqual([
      { line: 2, character: 1, length: 27, type: 'claim', modifiers: ['unchecked'] },
      { line: 3, character: 0, length: 13, type: 'claim', modifiers: ['unchecked'] },
    ]);
    await client.close(scratch);
  });

  it('answers empty data for a document that is not open', async () => {
    expect(await full(ws.uri(NOTES))).toEqual([]);
  });
});
