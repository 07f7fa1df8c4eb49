import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, DidChangeConfigurationNotification, ExecuteCommandRequest, type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol';
import { CandidatesRequest, type CommandResult } from '../../server/src/protocol';
import { applyEdits, FixtureWorkspace, GLOSSARY, openBrief, rangeOf, startOn, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Names no glossary entry matches: the unknown-name diagnostics, their quick fix, the candidates
// request for a brief and the workspace, adding several at once, and briefmark.suggestNames.

const NAMES = 'names-brief.md';
const NAMES_TEXT = [
  '# Names in the harbour',
  '',
  'The Northbridge Compute Agency (NCA) funds the Harbour Institute. Later the NCA doubled its grants.',
  '',
  'Quantix Labs Inc sells to the NCA.',
  '',
].join('\n');

describe('unknown names', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  let suggestNames = true;

  const names = (d: Diagnostic[] | undefined) => (d ?? []).filter((x) => x.code === 'unknown-name');
  const run = async (command: string, args: unknown) => (await client.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] })) as CommandResult;

  beforeAll(async () => {
    ws = await FixtureWorkspace.create({ extra: { [NAMES]: NAMES_TEXT } });
    client = await startOn(ws, { settings: () => ({ suggestNames }) });
    ({ uri, text } = await openBrief(client, ws, NAMES));
  });
  afterAll(() => stopAll(client, ws));

  it('reports each unknown name as information, never a team glossary entry', async () => {
    const d = names(await client.waitForDiagnostics(uri, (list) => names(list).length > 0));
    expect(d.map((x) => [text.slice(offset(x.range.start), offset(x.range.end)), x.severity, x.message])).toEqual([
      ['Northbridge Compute Agency', 3, '"Northbridge Compute Agency" is not in the glossary. Add it as an actor (institution)?'],
      ['NCA', 3, '"NCA" is not in the glossary. Add it as an actor (institution)?'],
      ['NCA', 3, '"NCA" is not in the glossary. Add it as an actor (institution)?'],
      ['Quantix Labs Inc', 3, '"Quantix Labs Inc" is not in the glossary. Add it as an actor (company)?'],
      ['NCA', 3, '"NCA" is not in the glossary. Add it as an actor (institution)?'],
    ]);
  });

  it('adds the long form with its acronym and type from the acronym alone, as one undoable edit', async () => {
    const d = names(client.diagnostics.get(uri)).filter((x) => x.range.start.line === 4)[1]!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: d.range.start, end: d.range.start }, context: { diagnostics: [d] } })) as CodeAction[];
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([['Add "Northbridge Compute Agency" to team.glossary.yaml as actor "northbridge-compute-agency"', 'quickfix', true]]);
    const glossary = await ws.read(GLOSSARY);
    const change = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    const after = applyEdits(glossary, change.edits as never);
    expect(after).toBe(
      glossary +
      '  - id: northbridge-compute-agency\n    label: Northbridge Compute Agency\n    type: institution\n    aliases: [NCA]\n',
    );
  });

  it('lists the brief\'s candidates as entries with counts and their first place', async () => {
    const result = await client.connection.sendRequest(CandidatesRequest, { uri });
    expect(result.candidates).toEqual([
      { label: 'Northbridge Compute Agency', aliases: ['NCA'], kind: 'actor', type: 'institution', count: 4, range: rangeOf(text, 'Northbridge Compute Agency') },
      { label: 'Quantix Labs Inc', aliases: [], kind: 'actor', type: 'company', count: 1, range: rangeOf(text, 'Quantix Labs Inc') },
    ]);
  });

  it('lists the workspace\'s candidates, open and unopened briefs together', async () => {
    const result = await client.connection.sendRequest(CandidatesRequest, {});
    expect(result.candidates.map((c) => [c.label, c.count])).toEqual([
      ['Northbridge Compute Agency', 4],
      ['Quantix Labs Inc', 1],
    ]);
  });

  it('adds several entries to the team glossary in one edit', async () => {
    const before = client.appliedEdits.length;
    const result = await run('briefmark.glossary.addEntries', {
      uri,
      entries: [
        { term: 'Northbridge Compute Agency', kind: 'actor', type: 'institution', aliases: ['NCA'] },
        { term: 'Quantix Labs Inc', kind: 'actor', type: 'company' },
      ],
    });
    expect(result).toEqual({ applied: true });
    expect(client.appliedEdits).toHaveLength(before + 1);
    const change = client.appliedEdits[before]!.documentChanges![0] as TextDocumentEdit;
    expect(change.edits).toHaveLength(1);
    const glossary = await ws.read(GLOSSARY);
    const after = applyEdits(glossary, change.edits as never);
    expect(after).toBe(
      glossary +
      '  - id: northbridge-compute-agency\n    label: Northbridge Compute Agency\n    type: institution\n    aliases: [NCA]\n' +
        '  - id: quantix-labs-inc\n    label: Quantix Labs Inc\n    type: company\n',
    );
  });

  it('refuses entries that are not a list of terms, with a message', async () => {
    expect(await run('briefmark.glossary.addEntries', { uri, entries: 'NCA' })).toEqual({ applied: false, message: 'briefmark.glossary.addEntries needs { uri, entries: [{ term, kind }] }.' });
    expect(await run('briefmark.glossary.addEntries', { uri, entries: [{ term: 'NCA', kind: 'actor', aliases: [3] }] })).toEqual({ applied: false, message: 'The aliases must be a list of strings.' });
  });

  it('drops the unknown-name diagnostics after briefmark.suggestNames becomes false', async () => {
    suggestNames = false;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const d = await client.waitForDiagnostics(uri, (list) => names(list).length === 0);
    expect(names(d)).toEqual([]);
    expect((await client.connection.sendRequest(CandidatesRequest, { uri })).candidates).toEqual([]);
  });

  function offset(p: { line: number; character: number }): number {
    const lines = text.split('\n');
    return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  }
});
