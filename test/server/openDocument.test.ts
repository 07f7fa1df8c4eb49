import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, SemanticTokensRequest, type Diagnostic, type Hover, type Position, type Range, type SemanticTokens } from 'vscode-languageserver-protocol';
import { SuggestionsRequest } from '../../server/src/protocol';
import { applyEdits, FixtureWorkspace, offsetAt, positionAt, positionOf, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Incremental sync: a sequence of small range edits (typing, deleting, pasting, several changes in
// one notification) leaves the server with the same diagnostics, tokens and hover as opening the
// final text fresh.

type Change = { range: Range; text: string };

describe('incremental sync', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;

  /** Sends changes one notification at a time, keeping the test's copy of the text in step. */
  const send = async (...changes: Change[]) => {
    for (const change of changes) text = applyEdits(text, [{ range: change.range, newText: change.text }]);
    await client.change(uri, changes);
  };
  const typeAt = async (position: Position, typed: string) => {
    let at = offsetAt(text, position);
    for (const c of typed) {
      const p = positionAt(text, at);
      await send({ range: { start: p, end: p }, text: c });
      at += c.length;
    }
  };
  const deleteBackwards = async (end: Position, count: number) => {
    let at = offsetAt(text, end);
    for (let i = 0; i < count; i++) {
      await send({ range: { start: positionAt(text, at - 1), end: positionAt(text, at) }, text: '' });
      at--;
    }
  };
  const observe = async () => {
    const tokens = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) as SemanticTokens;
    const hovers: Array<Hover | null> = [];
    for (const needle of ['Harbour Institute', 'sovereign stack', 'officials still', 'Harbour Institute agrees', 'national stack', 'grid budget']) {
      hovers.push((await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 1) })) as Hover | null);
    }
    // Every sentence that reads like a claim, the ones under the hints' threshold too.
    const { suggestions } = await client.connection.sendRequest(SuggestionsRequest, { uri });
    return { tokens: tokens.data, hovers, suggestions };
  };

  beforeAll(async () => ({ ws, client, uri, text } = await startWithBrief()));
  afterAll(() => stopAll(client, ws));

  it('ends where opening the final text ends', async () => {
    // Typing a sentence with a mention at the end of a paragraph.
    await typeAt(positionOf(text, 'begins with steady tide.', 24), ' The Harbour Institute agrees.');
    // Deleting a deprecated wording key by key, then typing the preferred one.
    await deleteBackwards(positionOf(text, 'strategic independence', 22), 'independence'.length);
    await typeAt(positionOf(text, 'say strategic ', 14), 'autonomy');
    // Tagging a sentence as a claim by typing its brackets and attributes.
    await typeAt(positionOf(text, 'Some officials'), '[');
    await typeAt(positionOf(text, 'mean strategic autonomy.', 'mean strategic autonomy.'.length), ']{.claim #officials-say}');
    // Breaking a claim's closing brace, then mending it.
    const brace = positionOf(text, 'about=compute-gap}', 17);
    await send({ range: { start: brace, end: { ...brace, character: brace.character + 1 } }, text: '' });
    await send({ range: { start: brace, end: brace }, text: '}' });
    // Replacing a whole line that crosses a span boundary.
    const line = positionOf(text, '[The harbour team]').line;
    await send({ range: { start: { line, character: 0 }, end: { line, character: text.split('\n')[line]!.length } }, text: '[The harbour team]{.actor ref=harbour-institute} counted the [compute gap]{.concept ref=compute-gap} again.' });
    // Joining two paragraphs by deleting the blank line between them.
    const join = positionOf(text, '{.claim kind=predictive}.\n\n', '{.claim kind=predictive}.'.length);
    await send({ range: { start: join, end: { line: join.line + 2, character: 0 } }, text: ' ' });
    // Pasting a paragraph with a deprecated wording and a possible claim.
    const paste = positionOf(text, 'Operators also promise');
    await send({ range: { start: paste, end: paste }, text: 'A national stack should cost less than 2 billion euros, says the Harbour Institute.\n\n' });
    // Two changes in one notification: the second range is in the text the first one left.
    const first = positionOf(text, 'grid budget');
    text = applyEdits(text, [{ range: { start: first, end: first }, newText: 'national ' }]);
    const second = positionOf(text, 'close the compute gap', 10);
    text = applyEdits(text, [{ range: { start: second, end: { ...second, character: second.character + 8 } }, newText: '' }]);
    await client.change(uri, [
      { range: { start: first, end: first }, text: 'national ' },
      { range: { start: second, end: { ...second, character: second.character + 8 } }, text: '' },
    ]);

    const version = client.version(uri)!;
    const incremental: Diagnostic[] = await client.waitForVersion(uri, version);
    const seenIncrementally = await observe();

    await client.close(uri);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.open(uri, text);
    const fresh = await client.waitForVersion(uri, 1);
    const seenFresh = await observe();

    expect(incremental).toEqual(fresh);
    expect(seenIncrementally).toEqual(seenFresh);
    // The edits did what they meant to: a claim was tagged, a wording replaced, a wording pasted.
    // The pasted sentence reads like a claim, with less confidence than the default hints ask for.
    expect(fresh.map((d) => d.code)).toEqual(['disputed-claim', 'stale-claim', 'claim-without-id', 'deprecated-wording', 'unknown-term', 'possible-claim', 'malformed-span']);
    expect(seenFresh.suggestions.find((s) => s.text.startsWith('A national stack'))).toMatchObject({ text: 'A national stack should cost less than 2 billion euros, says the Harbour Institute.', kind: 'normative', likely: false });
    expect(seenFresh.hovers[2]).not.toBeNull();
    expect(text).toContain('\n[Some officials still say strategic autonomy when they mean strategic autonomy.]{.claim #officials-say}\n');
    expect(text).toContain('{.claim kind=predictive}. [The harbour team]{.actor ref=harbour-institute} counted the [compute gap]{.concept ref=compute-gap} again.\n');
    expect(text).toContain('The Harbour Institute should double its national grid budget to close the gap.');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('ends where opening the final text ends after 300 random small edits (%s)', async (_name, eol) => {
    // mulberry32: the same edits on every run (SYNC_SEED=n tries other sequences).
    let seed = Number(process.env.SYNC_SEED ?? 20261123);
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pieces = ['[', ']', '{', '}', '{.claim #x}', ']{.actor ref=harbour-institute}', '\n', '\n\n', '\r\n', ' ', 'e', 'Harbour Institute ', 'sovereign stack', 'national stack', '#', '=', '`', '<!--', '-->', '---\n', '```\n', 'é', '💡'];
    await client.close(uri);
    text = (await ws.read('energy-brief.md')).replace(/\n/g, eol);
    await client.open(uri, text);
    await client.waitForVersion(uri, 1);
    for (let i = 0; i < 300; i++) {
      // Never inside a surrogate pair or a CRLF: an editor cannot put the cursor there.
      const inside = (offset: number) => offset > 0 && offset < text.length && (/[\udc00-\udfff]/.test(text[offset]!) || (text[offset] === '\n' && text[offset - 1] === '\r'));
      const at = Math.floor(random() * (text.length + 1));
      const safe = inside(at) ? at - 1 : at;
      if (random() < 0.4 && safe < text.length) {
        let end = Math.min(text.length, safe + 1 + Math.floor(random() * 3));
        if (inside(end)) end++;
        await send({ range: { start: positionAt(text, safe), end: positionAt(text, end) }, text: '' });
      } else {
        const p = positionAt(text, safe);
        await send({ range: { start: p, end: p }, text: pieces[Math.floor(random() * pieces.length)]! });
      }
    }
    const incremental = await client.waitForVersion(uri, client.version(uri)!);
    const tokens = ((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) as SemanticTokens).data;
    await client.close(uri);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.open(uri, text);
    expect(await client.waitForVersion(uri, 1)).toEqual(incremental);
    expect(((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) as SemanticTokens).data).toEqual(tokens);
  });
});
