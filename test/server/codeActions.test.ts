import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction, type Diagnostic, type Range, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, BRIEF, FixtureWorkspace, GLOSSARY, openBrief, rangeOf, startOn, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Each code action's edit, applied to the text it edits.

describe('code actions', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  let diagnostics: Diagnostic[];

  const actions = async (range: Range, diags: Diagnostic[], only?: string[]) =>
    (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: diags, ...(only ? { only } : {}) } })) as CodeAction[];
  /** What an editor asks with the cursor on a diagnostic: an empty range and the diagnostic. */
  const fixes = (d: Diagnostic) => actions({ start: d.range.start, end: d.range.start }, [d]);
  const diagnostic = (code: string) => {
    const found = diagnostics.find((d) => d.code === code);
    if (!found) throw new Error(`no ${code} diagnostic`);
    return found;
  };
  /** The one text document edit of an action, and the document text after it. */
  const applied = (action: CodeAction | undefined, before: string) => {
    const change = action!.edit!.documentChanges![0] as TextDocumentEdit;
    return { change, after: applyEdits(before, change.edits as never) };
  };

  beforeAll(async () => {
    ({ ws, client, uri, text } = await startWithBrief());
    diagnostics = client.diagnostics.get(uri)!;
  });
  afterAll(() => stopAll(client, ws));

  it('replaces a deprecated wording with the preferred label', async () => {
    const d = diagnostic('deprecated-wording');
    const [action, ...rest] = await fixes(d);
    expect(rest).toEqual([]);
    expect(action).toMatchObject({ title: 'Replace with "Strategic autonomy"', kind: 'quickfix', isPreferred: true, diagnostics: [d] });
    const { change, after } = applied(action, text);
    expect(change.textDocument).toEqual({ uri, version: 1 });
    expect(change.edits).toEqual([{ range: rangeOf(text, 'strategic independence'), newText: 'Strategic autonomy' }]);
    expect(after).toBe(text.replace('still say strategic independence when', 'still say Strategic autonomy when'));
  });

  it('offers each did-you-mean id for an unknown id, the closest one preferred', async () => {
    const d = diagnostic('unknown-id');
    const found = await fixes(d);
    expect(found.map((a) => [a.title, a.isPreferred])).toEqual([
      ['Change to "compute"', true],
      ['Change to "compute-gap"', false],
    ]);
    expect(applied(found[1], text).after).toBe(text.replace('ref=compute-gapp}', 'ref=compute-gap}'));
  });

  it('adds an id made from the claim\'s words to a claim without one', async () => {
    const d = diagnostic('claim-without-id');
    const [action, ...rest] = await fixes(d);
    expect(rest).toEqual([]);
    expect(action).toMatchObject({ title: 'Add claim id #regional-clouds-could-host', kind: 'quickfix', isPreferred: true });
    const { change, after } = applied(action, text);
    expect(change.edits).toEqual([{ range: { start: rangeOf(text, ' kind=predictive').start, end: rangeOf(text, ' kind=predictive').start }, newText: ' #regional-clouds-could-host' }]);
    expect(after).toBe(text.replace('{.claim kind=predictive}', '{.claim #regional-clouds-could-host kind=predictive}'));
  });

  it('tags a possible claim as a claim with the kind and layer inferred for it, preferred', async () => {
    const sentence = 'The Harbour Institute should double its grid budget to close the compute gap.';
    const d = diagnostics.find((x) => x.code === 'possible-claim' && x.range.start.line === rangeOf(text, sentence).start.line)!;
    expect(d.data).toEqual({ claimKind: 'normative', claimLayer: 'infrastructure' });
    const [action, ...rest] = await fixes(d);
    expect(rest).toEqual([]);
    expect(action).toMatchObject({ title: 'Tag as claim (normative, infrastructure)', kind: 'quickfix', isPreferred: true, diagnostics: [d] });
    const { change, after } = applied(action, text);
    expect(change.textDocument).toEqual({ uri, version: 1 });
    const { start, end } = rangeOf(text, sentence);
    expect(change.edits).toEqual([
      { range: { start, end: start }, newText: '[' },
      { range: { start: end, end }, newText: ']{.claim #harbour-institute-should-double kind=normative layer=infrastructure}' },
    ]);
    expect(after).toBe(text.replace(sentence, `[${sentence}]{.claim #harbour-institute-should-double kind=normative layer=infrastructure}`));
  });

  it('tags a possible claim without the kind and layer a client did not send back, or that are unknown', async () => {
    const sentence = 'The Harbour Institute should double its grid budget to close the compute gap.';
    const d = diagnostics.find((x) => x.code === 'possible-claim' && x.range.start.line === rangeOf(text, sentence).start.line)!;
    for (const data of [undefined, { claimKind: 'guess', claimLayer: 'nowhere' }]) {
      const [action, ...rest] = await fixes({ ...d, data });
      expect(rest).toEqual([]);
      expect(action).toMatchObject({ title: 'Tag as claim #harbour-institute-should-double', kind: 'quickfix', isPreferred: true });
      expect(applied(action, text).after).toBe(text.replace(sentence, `[${sentence}]{.claim #harbour-institute-should-double}`));
    }
    const [kindOnly] = await fixes({ ...d, data: { claimKind: 'predictive', claimLayer: 'nowhere' } });
    expect(kindOnly?.title).toBe('Tag as claim (predictive)');
    expect(applied(kindOnly, text).after).toBe(text.replace(sentence, `[${sentence}]{.claim #harbour-institute-should-double kind=predictive}`));
  });

  it('offers the possible-claim fix and the deprecated-wording fix of one sentence side by side', async () => {
    const sentence = 'Some officials still say strategic independence when they mean strategic autonomy.';
    const hint = diagnostics.find((x) => x.code === 'possible-claim' && x.range.start.line === rangeOf(text, sentence).start.line)!;
    const wording = diagnostic('deprecated-wording');
    const found = await actions({ start: wording.range.start, end: wording.range.start }, [hint, wording]);
    expect(found.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([
      ['Tag as claim (factual, cross-cutting)', 'quickfix', true],
      ['Replace with "Strategic autonomy"', 'quickfix', true],
    ]);
    expect(applied(found[0], text).after).toBe(text.replace(sentence, `[${sentence}]{.claim #some-officials-still-say kind=factual layer=cross-cutting}`));
  });

  it('tags a selection as a claim, trimming the white space around it, and offers to add it to the glossary', async () => {
    const selected = rangeOf(text, ' a sovereign stack begins with steady tide');
    const found = await actions(selected, []);
    expect(found.map((a) => [a.title, a.kind])).toEqual([
      ['Tag as claim #sovereign-stack-begins-steady', 'refactor.rewrite'],
      ['Add "a sovereign stack begins with steady tide" to the glossary as a concept', 'refactor.rewrite'],
      ['Add "a sovereign stack begins with steady tide" to the glossary as an actor', 'refactor.rewrite'],
    ]);
    expect(applied(found[0], text).after).toBe(text.replace('that a sovereign stack begins with steady tide.', 'that [a sovereign stack begins with steady tide]{.claim #sovereign-stack-begins-steady}.'));
    expect(found[1]!.command).toEqual({
      title: 'Add to glossary',
      command: 'briefmark.glossary.add',
      arguments: [{ uri, term: 'a sovereign stack begins with steady tide', kind: 'concept' }],
    });
  });

  it('offers no "tag as claim" for words already inside a claim, and still offers to add them to the glossary', async () => {
    const found = await actions(rangeOf(text, 'narrowest point'), []);
    expect(found.map((a) => a.title)).toEqual(['Add "narrowest point" to the glossary as a concept', 'Add "narrowest point" to the glossary as an actor']);
  });

  it('offers only the kinds asked for', async () => {
    const selected = rangeOf(text, 'a sovereign stack begins with steady tide');
    expect(await actions(selected, [], ['quickfix'])).toEqual([]);
    const d = diagnostic('deprecated-wording');
    expect(await actions(d.range, [d], ['refactor.extract'])).toEqual([]);
    // A quick-fix request over the diagnostic's range (as from a problems list) gets the fix only.
    expect((await actions(d.range, [d], ['quickfix'])).map((a) => a.title)).toEqual(['Replace with "Strategic autonomy"']);
  });

  it('adds an unknown term to the team glossary, keeping every other byte of it', async () => {
    const d = diagnostic('unknown-term');
    const [action, ...rest] = await fixes(d);
    expect(rest).toEqual([]);
    expect(action?.title).toBe('Add "kelp rafts" to team.glossary.yaml as concept "kelp-rafts"');
    const glossary = await ws.read(GLOSSARY);
    const change = action!.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: ws.uri(GLOSSARY), version: null });
    expect(action!.edit!.documentChanges).toHaveLength(1);
    const after = applyEdits(glossary, change.edits as never);
    const entryEnd = glossary.indexOf('    broader: [sovereign-stack]\n') + '    broader: [sovereign-stack]\n'.length;
    expect(after).toBe(glossary.slice(0, entryEnd) + '  - id: kelp-rafts\n    label: kelp rafts\n' + glossary.slice(entryEnd));
    // One small edit, not a rewrite of the file.
    expect(change.edits).toHaveLength(1);
    expect((change.edits[0] as TextEdit).newText.length).toBeLessThan(60);
  });

  it('answers an empty list for a document that is not open', async () => {
    const result = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: ws.uri('notes/grid-notes.md') }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } }, context: { diagnostics: [] } });
    expect(result).toEqual([]);
  });

  it('never changes the brief on disk', async () => {
    expect(await ws.read(BRIEF)).toBe(text);
  });
});

describe('code actions without a team glossary', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;

  beforeAll(async () => {
    ws = await FixtureWorkspace.create({ without: [GLOSSARY] });
    client = await startOn(ws);
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  it('creates team.glossary.yaml in the folder, with the entry', async () => {
    const { uri } = await openBrief(client, ws);
    const d = client.diagnostics.get(uri)!.find((x) => x.code === 'unknown-term')!;
    const [action] = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: d.range.start, end: d.range.start }, context: { diagnostics: [d] } })) as CodeAction[];
    expect(action?.title).toBe('Add "kelp rafts" to team.glossary.yaml as concept "kelp-rafts"');
    expect(action?.edit).toEqual({
      documentChanges: [
        { kind: 'create', uri: ws.uri(GLOSSARY), options: { ignoreIfExists: true } },
        { textDocument: { uri: ws.uri(GLOSSARY), version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'version: 1\nconcepts:\n  - id: kelp-rafts\n    label: kelp rafts\n' }] },
      ],
    });
    expect(ws.exists(GLOSSARY)).toBe(false);
  });
});
