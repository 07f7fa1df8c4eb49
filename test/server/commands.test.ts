import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecuteCommandRequest, type CreateFile, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fingerprintClaim } from '../../server/src/core/review/reviewFile';
import type { CommandResult } from '../../server/src/protocol';
import { CAPABILITIES } from './lspClient';
import { applyEdits, FixtureWorkspace, GLOSSARY, NOTES, openBrief, rangeOf, REVIEW, startOn, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Commands through workspace/executeCommand, each answered by a workspace/applyEdit request that
// the test client records (and accepts, unless told otherwise).

/** The server's local date, as review records write it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('commands', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;

  const run = async (command: string, args: unknown): Promise<{ result: CommandResult; edit: WorkspaceEdit | undefined }> => {
    const before = client.appliedEdits.length;
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] })) as CommandResult;
    return { result, edit: client.appliedEdits.length > before ? client.appliedEdits[client.appliedEdits.length - 1] : undefined };
  };
  const onlyChange = (edit: WorkspaceEdit | undefined) => {
    expect(edit?.documentChanges).toHaveLength(1);
    return edit!.documentChanges![0] as TextDocumentEdit;
  };

  beforeAll(async () => ({ ws, client, uri, text } = await startWithBrief({ settings: () => ({ reviewer: 'settings-reviewer' }) })));
  afterAll(() => stopAll(client, ws));

  describe('briefmark.tagClaim', () => {
    it('wraps the range in a claim span with an id made from its words', async () => {
      const { result, edit } = await run('briefmark.tagClaim', { uri, range: rangeOf(text, 'a sovereign stack begins with steady tide') });
      expect(result).toEqual({ applied: true });
      const change = onlyChange(edit);
      expect(change.textDocument).toEqual({ uri, version: 1 });
      expect(applyEdits(text, change.edits as never)).toBe(text.replace('a sovereign stack begins with steady tide', '[a sovereign stack begins with steady tide]{.claim #sovereign-stack-begins-steady}'));
    });

    it('writes the id it is given', async () => {
      const { result, edit } = await run('briefmark.tagClaim', { uri, range: rangeOf(text, 'a sovereign stack begins with steady tide'), id: 'power-first' });
      expect(result).toEqual({ applied: true });
      expect(applyEdits(text, onlyChange(edit).edits as never)).toContain('[a sovereign stack begins with steady tide]{.claim #power-first}');
    });

    it('writes kind= and layer= when it is given them, after the id', async () => {
      const range = rangeOf(text, 'a sovereign stack begins with steady tide');
      const { result, edit } = await run('briefmark.tagClaim', { uri, range, kind: 'predictive', layer: 'infrastructure' });
      expect(result).toEqual({ applied: true });
      const change = onlyChange(edit);
      expect(change.edits).toEqual([
        { range: { start: range.start, end: range.start }, newText: '[' },
        { range: { start: range.end, end: range.end }, newText: ']{.claim #sovereign-stack-begins-steady kind=predictive layer=infrastructure}' },
      ]);
      const given = await run('briefmark.tagClaim', { uri, range, id: 'power-first', kind: 'normative' });
      expect(applyEdits(text, onlyChange(given.edit).edits as never)).toContain('[a sovereign stack begins with steady tide]{.claim #power-first kind=normative}.');
    });

    it('answers applied:false with a message for a kind, layer or id it cannot write', async () => {
      const range = rangeOf(text, 'a sovereign stack begins with steady tide');
      const before = client.appliedEdits.length;
      expect((await run('briefmark.tagClaim', { uri, range, kind: 'opinion' })).result).toEqual({ applied: false, message: 'The kind must be one of factual, statistical, predictive, normative.' });
      expect((await run('briefmark.tagClaim', { uri, range, layer: 'infra' })).result).toEqual({ applied: false, message: 'Unknown layer "infra"; layers: infrastructure, models, economic-value, cross-cutting.' });
      expect((await run('briefmark.tagClaim', { uri, range, id: 'two words' })).result).toEqual({ applied: false, message: 'The claim id must be one word without spaces, braces, brackets, #, = or quotes.' });
      expect((await run('briefmark.tagClaim', { uri })).result).toEqual({ applied: false, message: 'briefmark.tagClaim needs { uri, range }.' });
      expect((await run('briefmark.tagClaim', { uri: ws.uri(NOTES), range })).result).toEqual({ applied: false, message: 'Open the brief first: claims are tagged in open documents.' });
      expect(client.appliedEdits).toHaveLength(before);
    });

    it('refuses a range that crosses a blank line, without asking the client', async () => {
      const range = { start: rangeOf(text, 'The Harbour Institute argues').start, end: rangeOf(text, 'three years or more').end };
      const { result, edit } = await run('briefmark.tagClaim', { uri, range });
      expect(result).toEqual({ applied: false, message: 'A claim cannot cross a blank line: select one paragraph at most.' });
      expect(edit).toBeUndefined();
    });

    it('refuses a range inside or across another claim, without asking the client', async () => {
      const inside = await run('briefmark.tagClaim', { uri, range: rangeOf(text, 'narrowest point') });
      expect(inside).toEqual({ result: { applied: false, message: 'The selection overlaps the claim #chip-bottleneck: a claim cannot hold another.' }, edit: undefined });
      const across = { start: rangeOf(text, 'Chip supply').start, end: rangeOf(text, 'Chip supply').end };
      across.start = { line: across.start.line, character: 0 };
      const overlap = await run('briefmark.tagClaim', { uri, range: { start: across.start, end: rangeOf(text, 'compute-gap}').end } });
      expect(overlap.result.applied).toBe(false);
    });
  });

  describe('briefmark.review.set', () => {
    it('writes the record with status, reviewer, date, note and the claim\'s fingerprint, keeping every other byte', async () => {
      const review = await ws.read(REVIEW);
      const { result, edit } = await run('briefmark.review.set', { uri, claimId: 'price-rise', status: 'verified', reviewer: 'mia', note: 'Rechecked against the tender data.', evidence: ['@tenders2026'] });
      expect(result).toEqual({ applied: true });
      const change = onlyChange(edit);
      expect(change.textDocument).toEqual({ uri: ws.uri(REVIEW), version: null });
      const fingerprint = fingerprintClaim('Public buyers pay twice what they paid for accelerator time two years ago');
      const before = ['  price-rise:', '    # Reviewed when the claim said "half again": now stale.', '    status: verified', '    reviewer: ana', '    date: 2026-10-30', '    fingerprint: 0badf00d', ''].join('\n');
      const after = [
        '  price-rise:',
        '    # Reviewed when the claim said "half again": now stale.',
        '    status: verified',
        '    reviewer: mia',
        `    date: ${today()}`,
        `    fingerprint: ${fingerprint}`,
        '    note: Rechecked against the tender data.',
        '    evidence:',
        '      - "@tenders2026"',
        '',
      ].join('\n');
      expect(review).toContain(before);
      expect(applyEdits(review, change.edits as never)).toBe(review.replace(before, after));
    });

    it('adds a record for a claim that has none, and takes the reviewer from the settings', async () => {
      const review = await ws.read(REVIEW);
      // Tag the unnamed claim's id in the open document first, as a writer would.
      await client.change(uri, [{ range: rangeOf(text, ' kind=predictive'), text: ' #regional-clouds kind=predictive' }]);
      const { result, edit } = await run('briefmark.review.set', { uri, claimId: 'regional-clouds', status: 'retracted' });
      expect(result).toEqual({ applied: true });
      const written = applyEdits(review, onlyChange(edit).edits as never);
      const fingerprint = fingerprintClaim('Regional clouds could host most public workloads');
      expect(written).toBe(
        review.replace(
          '  removed-claim:\n    status: retracted\n    reviewer: ana\n',
          `  removed-claim:\n    status: retracted\n    reviewer: ana\n  regional-clouds:\n    status: retracted\n    reviewer: settings-reviewer\n    date: ${today()}\n    fingerprint: ${fingerprint}\n`,
        ),
      );
    });

    it('creates the review file of a brief that has none (the brief need not be open)', async () => {
      expect(ws.exists('notes/grid-notes.review.yaml')).toBe(false);
      const { result, edit } = await run('briefmark.review.set', { uri: ws.uri(NOTES), claimId: 'halls-waiting', status: 'disputed', reviewer: 'ana', note: 'Which survey?' });
      expect(result).toEqual({ applied: true });
      const reviewUri = ws.uri('notes/grid-notes.review.yaml');
      expect(edit).toEqual({
        documentChanges: [
          { kind: 'create', uri: reviewUri, options: { ignoreIfExists: true } } satisfies CreateFile,
          {
            textDocument: { uri: reviewUri, version: null },
            edits: [
              {
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                newText: `version: 1\nclaims:\n  halls-waiting:\n    status: disputed\n    reviewer: ana\n    date: ${today()}\n    note: Which survey?\n    fingerprint: ${fingerprintClaim('Three in four new server halls wait for a grid connection')}\n`,
              },
            ],
          },
        ],
      });
    });

    it('answers applied:false with a message for bad arguments', async () => {
      expect((await run('briefmark.review.set', { uri, claimId: 'grid-wait', status: 'approved' })).result).toEqual({ applied: false, message: 'The status must be one of unchecked, verified, disputed, retracted.' });
      expect((await run('briefmark.review.set', { uri, claimId: 'no-such-claim', status: 'verified' })).result).toEqual({ applied: false, message: 'There is no claim "#no-such-claim" in this brief.' });
      expect((await run('briefmark.review.set', { claimId: 'grid-wait', status: 'verified' })).result).toEqual({ applied: false, message: 'briefmark.review.set needs { uri, claimId, status }.' });
    });
  });

  describe('briefmark.glossary.add', () => {
    it('appends a concept to the team glossary with its layer and definition, keeping every other byte', async () => {
      const glossary = await ws.read(GLOSSARY);
      const { result, edit } = await run('briefmark.glossary.add', { uri, term: 'Heat reuse', kind: 'concept', layer: 'infrastructure', definition: 'Selling the warmth of server halls to nearby homes.' });
      expect(result).toEqual({ applied: true });
      const change = onlyChange(edit);
      expect(change.textDocument).toEqual({ uri: ws.uri(GLOSSARY), version: null });
      const anchor = '    broader: [sovereign-stack]\n';
      const at = glossary.indexOf(anchor) + anchor.length;
      expect(applyEdits(glossary, change.edits as never)).toBe(
        glossary.slice(0, at) + '  - id: heat-reuse\n    label: Heat reuse\n    layer: infrastructure\n    definition: Selling the warmth of server halls to nearby homes.\n' + glossary.slice(at),
      );
    });

    it('appends an actor with its type at the end of the actors', async () => {
      const glossary = await ws.read(GLOSSARY);
      const { result, edit } = await run('briefmark.glossary.add', { uri, term: 'Grid operator', kind: 'actor', type: 'company', id: 'grid-operator' });
      expect(result).toEqual({ applied: true });
      expect(applyEdits(glossary, onlyChange(edit).edits as never)).toBe(glossary + '  - id: grid-operator\n    label: Grid operator\n    type: company\n');
    });

    it('answers applied:false with a message for bad arguments', async () => {
      expect((await run('briefmark.glossary.add', { uri, term: 'Grid operator', kind: 'person' })).result).toEqual({ applied: false, message: 'The kind must be "concept" or "actor".' });
      expect((await run('briefmark.glossary.add', { uri, term: 'Harbour again', kind: 'actor', id: 'harbour-institute' })).result).toEqual({ applied: false, message: 'The glossary already has an entry "harbour-institute".' });
      expect((await run('briefmark.glossary.add', { uri, kind: 'concept' })).result).toEqual({ applied: false, message: 'briefmark.glossary.add needs { uri, term, kind }.' });
      expect((await run('briefmark.glossary.add', { uri, term: '   ', kind: 'concept' })).result).toEqual({ applied: false, message: 'There is no term to add.' });
    });
  });

  it('answers an unknown command with an InvalidParams error', async () => {
    await expect(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'briefmark.nothing', arguments: [] })).rejects.toMatchObject({ code: -32602, message: 'Unknown command "briefmark.nothing".' });
  });

  it('never writes to disk itself', async () => {
    expect(ws.exists('notes/grid-notes.review.yaml')).toBe(false);
    expect(await ws.read(GLOSSARY)).not.toContain('grid-operator');
  });
});

/** A brief for tagging many sentences at once: ids that would repeat one in the brief, one in its review file, or each other. */
const BULK = 'bulk.md';
const BULK_TEXT = [
  '# Bulk tagging',
  '',
  'Grid connections take years. Grid connections take years in the north.',
  '',
  '[Chip supply is short]{.claim #chip-supply-short}. Chip supply short.',
  '',
  'Old claim wording returns here.',
  '',
  'Member states should fund the grid.',
  '',
].join('\n');
const BULK_REVIEW = ['version: 1', 'claims:', '  old-claim-wording-returns:', '    status: retracted', '    reviewer: ana', ''].join('\n');

describe('briefmark.tagClaims', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;

  const run = async (args: unknown): Promise<{ result: CommandResult; edits: WorkspaceEdit[] }> => {
    const before = client.appliedEdits.length;
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'briefmark.tagClaims', arguments: [args] })) as CommandResult;
    return { result, edits: client.appliedEdits.slice(before) };
  };
  const range = (needle: string) => rangeOf(BULK_TEXT, needle);

  beforeAll(async () => {
    ws = await FixtureWorkspace.create({ extra: { [BULK]: BULK_TEXT, 'bulk.review.yaml': BULK_REVIEW } });
    client = await startOn(ws);
    ({ uri } = await openBrief(client, ws, BULK));
  });
  afterAll(() => stopAll(client, ws));

  it('tags every range in one edit with unique ids, and says which ranges it skipped and why', async () => {
    const { result, edits } = await run({
      uri,
      claims: [
        { range: range('Member states should fund the grid.'), kind: 'normative', layer: 'infrastructure' },
        { range: range('Grid connections take years.'), kind: 'factual', layer: 'infrastructure' },
        { range: range('Grid connections take years in the north.'), kind: 'factual' },
        // Inside a claim: skipped.
        { range: range('supply is short') },
        { range: range('Chip supply short.') },
        // Across the first two sentences: skipped, they are tagged.
        { range: range('take years. Grid') },
        { range: range('Old claim wording returns here.'), kind: 'factual', layer: null },
        // The blank line after the heading: nothing to tag.
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } } },
      ],
    });
    expect(result).toEqual({
      applied: true,
      message: 'Tagged 5 claims; skipped 3: line 2 has no words to tag; line 3 overlaps another range of the list; line 5 overlaps the claim #chip-supply-short.',
    });
    // One WorkspaceEdit, one document change: one undo removes every new claim.
    expect(edits).toHaveLength(1);
    expect(edits[0]!.documentChanges).toHaveLength(1);
    const change = edits[0]!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri, version: 1 });
    expect(change.edits).toHaveLength(10);
    expect(applyEdits(BULK_TEXT, change.edits as never)).toBe(
      [
        '# Bulk tagging',
        '',
        '[Grid connections take years.]{.claim #grid-connections-take-years kind=factual layer=infrastructure} [Grid connections take years in the north.]{.claim #grid-connections-take-years-2 kind=factual}',
        '',
        // chip-supply-short is the brief's; old-claim-wording-returns has a review record still.
        '[Chip supply is short]{.claim #chip-supply-short}. [Chip supply short.]{.claim #chip-supply-short-2}',
        '',
        '[Old claim wording returns here.]{.claim #old-claim-wording-returns-2 kind=factual}',
        '',
        '[Member states should fund the grid.]{.claim #member-states-should-fund kind=normative layer=infrastructure}',
        '',
      ].join('\n'),
    );
    expect(await ws.read(BULK)).toBe(BULK_TEXT);
  });

  it('keeps ranges that touch apart: the first one\'s closing markup comes before the second\'s bracket', async () => {
    const words = range('Grid connections take years');
    const stop = { start: words.end, end: { line: words.end.line, character: words.end.character + 1 } };
    const { result, edits } = await run({ uri, claims: [{ range: stop }, { range: words, kind: 'factual' }] });
    expect(result).toEqual({ applied: true });
    const change = edits[0]!.documentChanges![0] as TextDocumentEdit;
    expect(applyEdits(BULK_TEXT, change.edits as never)).toContain('\n[Grid connections take years]{.claim #grid-connections-take-years kind=factual}[.]{.claim #claim} Grid connections take years in the north.\n');
  });

  it('asks nothing of the client when no range can be tagged', async () => {
    const acrossParagraphs = { start: range('Old claim').start, end: range('Member states').end };
    const { result, edits } = await run({ uri, claims: [{ range: acrossParagraphs }, { range: range('Chip supply is short') }, { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } } }] });
    expect(result).toEqual({ applied: false, message: 'Nothing was tagged: line 4 has no words to tag; line 5 overlaps the claim #chip-supply-short; line 7 crosses a blank line.' });
    expect(edits).toEqual([]);
  });

  it('answers applied:false with one clear message for bad arguments, asking nothing of the client', async () => {
    const needs = 'briefmark.tagClaims needs { uri, claims: [{ range, kind?, layer? }] }.';
    const sentence = range('Chip supply short.');
    const cases: Array<[unknown, string]> = [
      [{ uri }, needs],
      [null, needs],
      [{ uri, claims: 'all' }, needs],
      [{ uri, claims: [{ range: sentence }, null] }, needs],
      [{ uri, claims: [{ range: { start: 0, end: 5 } }] }, needs],
      [{ claims: [{ range: sentence }] }, needs],
      [{ uri, claims: [] }, 'There is no claim to tag.'],
      [{ uri, claims: [{ range: sentence, kind: 'opinion' }] }, 'The kind must be one of factual, statistical, predictive, normative.'],
      [{ uri, claims: [{ range: sentence, layer: 'infra' }] }, 'Unknown layer "infra"; layers: infrastructure, models, economic-value, cross-cutting.'],
      [{ uri: ws.uri(NOTES), claims: [{ range: sentence }] }, 'Open the brief first: claims are tagged in open documents.'],
    ];
    for (const [args, message] of cases) expect(await run(args)).toEqual({ result: { applied: false, message }, edits: [] });
  });
});

describe('commands when the client refuses the edit', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;

  beforeAll(async () => {
    ws = await FixtureWorkspace.create();
    client = await startOn(ws, { acceptEdits: false });
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  it('answers applied:false with the client\'s reason', async () => {
    const { uri, text } = await openBrief(client, ws);
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'briefmark.tagClaim', arguments: [{ uri, range: rangeOf(text, 'begins with steady tide') }] });
    expect(result).toEqual({ applied: false, message: 'refused by the test' });
    expect(client.appliedEdits).toHaveLength(1);
  });
});

describe('commands for a client without documentChanges', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;

  beforeAll(async () => {
    ws = await FixtureWorkspace.create();
    const capabilities = { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceEdit: {} } };
    client = await startOn(ws, { capabilities });
  });
  afterAll(async () => {
    await client?.stop();
    await ws?.dispose();
  });

  it('sends the edit as changes per document', async () => {
    const { uri, text } = await openBrief(client, ws);
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'briefmark.tagClaim', arguments: [{ uri, range: rangeOf(text, 'begins with steady tide') }] });
    expect(result).toEqual({ applied: true });
    const edit = client.appliedEdits[0]!;
    expect(edit.documentChanges).toBeUndefined();
    expect(applyEdits(text, edit.changes![uri]!)).toContain('[begins with steady tide]{.claim #begins-steady-tide}');
  });

  it('refuses what would need a new file', async () => {
    expect(ws.exists('notes/grid-notes.review.yaml')).toBe(false);
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'briefmark.review.set', arguments: [{ uri: ws.uri('notes/grid-notes.md'), claimId: 'halls-waiting', status: 'verified' }] });
    expect(result).toEqual({ applied: false, message: 'The review file does not exist yet, and the client cannot create files.' });
    expect(client.appliedEdits).toHaveLength(1);
  });
});
