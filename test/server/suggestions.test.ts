import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { thresholdOf } from '../../server/src/core/analysis/claimModel';
import { SuggestionsRequest, type SuggestionItem } from '../../server/src/protocol';
import { FixtureWorkspace, NOTES, openBrief, rangeOf, startOn, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// `briefmark/suggestions`: a brief's untagged sentences that read like claims, each with the kind
// and layer a tag would write, `likely` from the brief's briefmark.suggestClaims threshold up —
// exactly the sentences the editor hints at.

/** A long brief nobody opens. */
const BIG = 'big.md';
const BIG_TEXT = `# A long brief\n\n${'The Harbour Institute should double its grid budget to close the compute gap. Regional clouds could host most public workloads.\n\n'.repeat(3000)}`;

describe('suggestions request', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  /** The settings the client answers, per scope URI. */
  const scoped = new Map<string, Record<string, unknown>>();

  const suggestions = async (at: string) => (await client.connection.sendRequest(SuggestionsRequest, { uri: at })).suggestions;
  const hints = (d: Diagnostic[] | undefined) => (d ?? []).filter((x) => x.code === 'possible-claim');
  const reconfigure = async (accept: (d: Diagnostic[]) => boolean) => {
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    return client.waitForDiagnostics(uri, accept);
  };
  /** What the editor shows for a likely suggestion. */
  const hintOf = (s: SuggestionItem) => ({
    range: s.range,
    message: `This sentence reads like a ${s.kind} claim: tag it so reviewers can check it.`,
    data: { claimKind: s.kind, claimLayer: s.layer },
  });

  beforeAll(async () => {
    ws = await FixtureWorkspace.create({ extra: { [BIG]: BIG_TEXT } });
    client = await startOn(ws, { settings: (scope) => scoped.get(scope ?? '') ?? {} });
    ({ uri, text } = await openBrief(client, ws));
  });
  afterAll(() => stopAll(client, ws));

  it('lists every sentence that reads like a claim in document order; likely ones are those the editor hints at', async () => {
    const list = await suggestions(uri);
    const sentence = (needle: string) => rangeOf(text, needle);
    expect(list.map((s) => [s.text, s.range, s.kind, s.layer])).toEqual([
      ['The Harbour Institute argues that a sovereign stack begins with steady tide.', sentence('The Harbour Institute argues that a sovereign stack begins with steady tide.'), 'factual', 'cross-cutting'],
      ['Some officials still say strategic independence when they mean strategic autonomy.', sentence('Some officials still say strategic independence when they mean strategic autonomy.'), 'factual', 'cross-cutting'],
      [
        '[The harbour team]{.actor ref=harbour-institute} also counted the [compute gap]{.concept ref=compute-gapp}.',
        sentence('[The harbour team]{.actor ref=harbour-institute} also counted the [compute gap]{.concept ref=compute-gapp}.'),
        'factual',
        'cross-cutting',
      ],
      ['The Harbour Institute should double its grid budget to close the compute gap.', sentence('The Harbour Institute should double its grid budget to close the compute gap.'), 'normative', 'infrastructure'],
    ]);
    // Which others pass the default "likely" threshold is the claim model's call (checked against the hints below).
    expect(list[3]!.likely).toBe(true);
    // Confidences with two decimals, from the model's "all" threshold up; the likely ones from "likely" up.
    for (const s of list) {
      expect(s.confidence).toBe(Math.round(s.confidence * 100) / 100);
      expect(s.confidence).toBeGreaterThanOrEqual(thresholdOf('all'));
      expect(s.confidence).toBeLessThanOrEqual(1);
      if (s.likely) expect(s.confidence).toBeGreaterThanOrEqual(Math.round(thresholdOf('likely') * 100) / 100);
    }
    const shown = hints(client.diagnostics.get(uri)).map(({ range, message, data }) => ({ range, message, data }));
    expect(shown).toEqual(list.filter((s) => s.likely).map(hintOf));
  });

  it('marks every sentence likely at "all", and lists none at "off"', async () => {
    const before = await suggestions(uri);
    scoped.set(uri, { suggestClaims: 'all' });
    const all = await reconfigure((d) => hints(d).length === before.length);
    const atAll = await suggestions(uri);
    expect(atAll).toEqual(before.map((s) => ({ ...s, likely: true })));
    expect(hints(all).map(({ range, message, data }) => ({ range, message, data }))).toEqual(atAll.map(hintOf));

    scoped.set(uri, { suggestClaims: 'off' });
    await reconfigure((d) => d.length > 0 && hints(d).length === 0);
    expect(await suggestions(uri)).toEqual([]);

    scoped.delete(uri);
    await reconfigure((d) => hints(d).length === before.filter((s) => s.likely).length);
    expect(await suggestions(uri)).toEqual(before);
  });

  it('answers a brief that is not open from its file, as it answers once the brief is open', async () => {
    const notesUri = ws.uri(NOTES);
    const notes = await ws.read(NOTES);
    const closed = await suggestions(notesUri);
    expect(closed.map((s) => [s.range, s.kind, s.layer])).toEqual([
      [rangeOf(notes, 'The sovereign stack depends on tide gauge records as much as on chips.'), 'factual', 'infrastructure'],
      [rangeOf(notes, 'We call the whole of it [the stack]{.concept ref=sovereign-stack} for short.'), 'factual', 'infrastructure'],
      [rangeOf(notes, '[Harbour]{.actor ref=harbour-institute} keeps a list of stalled grid connections.'), 'factual', 'infrastructure'],
    ]);
    await openBrief(client, ws, NOTES);
    expect(await suggestions(notesUri)).toEqual(closed);
    // Its likely ones are those its hints show once it is open.
    const shown = hints(client.diagnostics.get(notesUri)).map(({ range, message, data }) => ({ range, message, data }));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(closed.filter((s) => s.likely).map(hintOf));
    await client.close(notesUri);

    // The closed brief's own setting counts.
    scoped.set(notesUri, { suggestClaims: 'off' });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect(await suggestions(notesUri)).toEqual([]);
    scoped.set(notesUri, { suggestClaims: 'all' });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect(await suggestions(notesUri)).toEqual(closed.map((s) => ({ ...s, likely: true })));
    scoped.delete(notesUri);
  });

  it('answers none for a brief that does not exist, and refuses a request without a uri', async () => {
    expect(await suggestions(ws.uri('missing.md'))).toEqual([]);
    await expect(client.connection.sendRequest(SuggestionsRequest, {} as never)).rejects.toMatchObject({ code: -32602, message: 'briefmark/suggestions needs { uri }.' });
    await expect(client.connection.sendRequest(SuggestionsRequest, null as never)).rejects.toMatchObject({ code: -32602, message: 'briefmark/suggestions needs { uri }.' });
  });

  it('answers a cancelled request with RequestCancelled', async () => {
    // A brief that is not open is read from disk first: the cancellation arrives meanwhile.
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(SuggestionsRequest, { uri: ws.uri(BIG) }, source.token);
    source.cancel();
    await expect(pending).rejects.toMatchObject({ code: -32800, message: 'The request was cancelled.' });
    // The server keeps answering.
    expect(await suggestions(uri)).toHaveLength(4);
  });

  it('follows unsaved edits: a sentence tagged as a claim is no longer suggested', async () => {
    const sentence = 'The Harbour Institute should double its grid budget to close the compute gap.';
    const { start, end } = rangeOf(text, sentence);
    await client.change(uri, [
      { range: { start: end, end }, text: ']{.claim #double-grid}' },
      { range: { start, end: start }, text: '[' },
    ]);
    const list = await suggestions(uri);
    expect(list.map((s) => s.text)).toEqual([
      'The Harbour Institute argues that a sovereign stack begins with steady tide.',
      'Some officials still say strategic independence when they mean strategic autonomy.',
      '[The harbour team]{.actor ref=harbour-institute} also counted the [compute gap]{.concept ref=compute-gapp}.',
    ]);
  });
});
