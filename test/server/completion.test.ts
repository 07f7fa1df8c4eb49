import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, CompletionResolveRequest, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-protocol';
import { CAPABILITIES } from './lspClient';
import { FixtureWorkspace, positionAt, startOn } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Completion inside a span's `{…}`: classes, claim keys, layer ids, actor and concept ids, and the
// range each item replaces.

const CLASS_LABELS = ['.claim', '.concept', '.actor', '.notag'];
const CLAIM_KEYS = ['layer=', 'kind=', 'actor=', 'about=', 'stance=', 'source='];

describe('completion', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  const uri = () => ws.uri('completion.md');

  /** Puts `line` (with `|` marking the cursor) into the document and asks for completion there. */
  const complete = async (line: string, target = client): Promise<{ list: CompletionList | null; cursor: Position; at: (column: number) => Position }> => {
    const cursorAt = line.indexOf('|');
    const body = `Some words before.\n\n${line.replace('|', '')}\n`;
    await target.change(uri(), [{ text: body }]);
    const cursor = positionAt(body, body.indexOf('\n\n') + 2 + cursorAt);
    const list = (await target.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri() }, position: cursor })) as CompletionList | null;
    return { list, cursor, at: (column) => ({ line: cursor.line, character: column }) };
  };
  const labels = (list: CompletionList | null) => list?.items.map((i: CompletionItem) => i.label);

  beforeAll(async () => {
    ws = await FixtureWorkspace.create();
    client = await startOn(ws);
    await client.open(uri(), 'Some words before.\n');
    await client.waitForVersion(uri(), 1);
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  it('offers the classes after "{."', async () => {
    const { list, cursor, at } = await complete('[Grid queues grow]{.|');
    expect(labels(list)).toEqual(CLASS_LABELS);
    // The "." is part of the word the item replaces.
    expect(list?.itemDefaults?.editRange).toEqual({ start: at(19), end: cursor });
    expect(list?.isIncomplete).toBe(false);
  });

  it('offers the classes after a partly typed class', async () => {
    const { list, cursor, at } = await complete('[Grid queues grow]{.cl|');
    expect(labels(list)).toEqual(CLASS_LABELS);
    expect(list?.itemDefaults?.editRange).toEqual({ start: at(19), end: cursor });
  });

  it('offers the claim keys (then the classes) in a claim', async () => {
    const { list, cursor } = await complete('[Grid queues grow]{.claim #grid-queues |}');
    expect(labels(list)).toEqual([...CLAIM_KEYS, ...CLASS_LABELS]);
    expect(list?.itemDefaults?.editRange).toEqual({ start: cursor, end: cursor });
    expect(list?.items[0]).toMatchObject({ label: 'layer=', kind: 10, command: { command: 'editor.action.triggerSuggest' } });
  });

  it('offers the layer ids after layer=', async () => {
    const { list, cursor } = await complete('[Grid queues grow]{.claim layer=|}');
    expect(labels(list)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
    expect(list?.items[0]).toMatchObject({ label: 'infrastructure', detail: 'Infrastructure', kind: 20 });
    expect(list?.itemDefaults?.editRange).toEqual({ start: cursor, end: cursor });
  });

  it('offers actor ids after actor=, replacing what is typed', async () => {
    const { list, cursor, at } = await complete('[Grid queues grow]{.claim actor=harb|}');
    const items = list!.items;
    expect(items.find((i) => i.label === 'harbour-institute')).toMatchObject({ detail: 'Harbour Institute', kind: 18 });
    // Actors only: no concept id is offered.
    expect(items.some((i) => i.label === 'sovereign-stack' || i.label === 'strategic-autonomy')).toBe(false);
    expect(items.every((i) => i.kind === 18)).toBe(true);
    expect(list?.itemDefaults?.editRange).toEqual({ start: at(32), end: cursor });
  });

  it('offers concept ids after a comma in about=', async () => {
    const { list, cursor, at } = await complete('[Grid queues grow]{.claim about=sovereign-stack,comp|}');
    const items = list!.items;
    const gap = items.find((i) => i.label === 'compute-gap')!;
    expect(gap).toMatchObject({ detail: 'Compute gap', kind: 21 });
    // The list stays lean; the definition comes with completionItem/resolve.
    expect(gap.documentation).toBeUndefined();
    const resolved = await client.connection.sendRequest(CompletionResolveRequest.type, gap);
    expect(resolved.documentation).toMatchObject({ kind: 'markdown' });
    expect((resolved.documentation as { value: string }).value).toContain('What public labs can use in accelerator time, set against what they ask for.');
    expect(items.find((i) => i.label === 'compute')?.detail).toBe('Compute');
    expect(items.some((i) => i.label === 'harbour-institute')).toBe(false);
    // Narrowed to what is typed: every id or label holds "comp", and the editor asks again as one types.
    expect(items.every((i) => i.label.includes('comp') || (i.detail ?? '').toLowerCase().includes('comp'))).toBe(true);
    expect(list?.isIncomplete).toBe(true);
    // Only the id after the comma is replaced.
    expect(list?.itemDefaults?.editRange).toEqual({ start: at(48), end: cursor });
  });

  it('answers at most 150 ids, the brief\'s own first, and marks a long list incomplete', async () => {
    const { list } = await complete('[Grid queues grow]{.claim actor=|}');
    expect(list!.items.length).toBe(150);
    expect(list!.isIncomplete).toBe(true);
    // The brief mentions the Harbour Institute: it comes before the 1,400 built-in actors.
    expect(list!.items[0]!.label).toBe('harbour-institute');
    const short = await complete('[Grid queues grow]{.claim kind=|}');
    expect(short.list!.isIncomplete).toBe(false);
  });

  it('offers concept ids for ref= in a .concept span and actor ids in an .actor span', async () => {
    const concept = await complete('[the stack]{.concept ref=|}');
    expect(concept.list!.items.some((i) => i.label === 'sovereign-stack')).toBe(true);
    expect(concept.list!.items.some((i) => i.label === 'harbour-institute')).toBe(false);
    const actor = await complete('[the institute]{.actor ref=|}');
    expect(actor.list!.items.some((i) => i.label === 'harbour-institute')).toBe(true);
    expect(actor.list!.items.some((i) => i.label === 'sovereign-stack')).toBe(false);
  });

  it('offers ref= as the only key of an .actor or .concept span', async () => {
    const { list } = await complete('[the institute]{.actor |}');
    expect(labels(list)).toEqual(['ref=']);
    expect(list?.items[0]?.detail).toBe('The actor id');
  });

  it('offers a claim id made from the claim\'s words after #', async () => {
    const { list, cursor, at } = await complete('[Grid queues grow every winter]{.claim #|}');
    expect(labels(list)).toEqual(['#grid-queues-grow-every']);
    expect(list?.itemDefaults?.editRange).toEqual({ start: at(39), end: cursor });
  });

  it('offers the enum values of kind= and stance=', async () => {
    expect(labels((await complete('[Grid queues grow]{.claim kind=|}')).list)).toEqual(['factual', 'statistical', 'predictive', 'normative']);
    expect(labels((await complete('[Grid queues grow]{.claim stance=|}')).list)).toEqual(['pro', 'con', 'neutral']);
  });

  it('offers nothing outside a span\'s braces', async () => {
    expect((await complete('Plain words |here')).list).toBeNull();
    expect((await complete('[Grid queues grow]{.claim} |after')).list).toBeNull();
    expect((await complete('Braces {without a span |}')).list).toBeNull();
  });

  it('gives each item its own textEdit when the client has no itemDefaults', async () => {
    const plain = await startOn(ws, { capabilities: { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, completion: {} } } });
    try {
      await plain.open(uri(), 'Some words before.\n');
      await plain.waitForVersion(uri(), 1);
      const { list, cursor, at } = await complete('[Grid queues grow]{.claim layer=inf|}', plain);
      expect(list?.itemDefaults).toBeUndefined();
      expect(list?.items[0]).toMatchObject({ label: 'infrastructure', textEdit: { range: { start: at(32), end: cursor }, newText: 'infrastructure' } });
    } finally {
      await plain.stop();
    }
  });

  it('answers null for a document that is not open', async () => {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: ws.uri('notes/grid-notes.md') }, position: { line: 3, character: 40 } });
    expect(result).toBeNull();
  });
});
