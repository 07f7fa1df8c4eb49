import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type Diagnostic, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-protocol';
import { FixtureWorkspace, GLOSSARY, positionOf, rangeOf, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// Glossary files changing under the server: on disk (announced with didChangeWatchedFiles) and as
// open documents. A broken file reports invalid-glossary and its last good version stays in use.

const DEFINITION = 'The power, chips, data centres and software that a region can run and repair itself.';
const KEPT = ' Briefmark keeps using the last valid version of this file until it is fixed.';

describe('glossary changes', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  let original: string;
  const glossaryUri = () => ws.uri(GLOSSARY);

  const hover = async (position: Position) => {
    const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover | null;
    return h ? (h.contents as MarkupContent).value : null;
  };
  const stackHover = () => hover(positionOf(text, 'sovereign stack begins', 3));
  /** Runs `action` and waits for the brief's diagnostics to be published again (the glossary was rebuilt). */
  const rebuilt = async (action: () => Promise<void>): Promise<Diagnostic[]> => {
    client.diagnostics.delete(uri);
    await action();
    return client.waitForDiagnostics(uri);
  };
  const announce = (rel: string, type: FileChangeType) => client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: ws.uri(rel), type }] });
  const withDefinition = (glossary: string, definition: string) => glossary.replace(DEFINITION, definition);

  beforeAll(async () => {
    ({ ws, client, uri, text } = await startWithBrief());
    original = await ws.read(GLOSSARY);
  });
  afterAll(() => stopAll(client, ws));

  it('starts with the definition of the file on disk', async () => {
    expect(await stackHover()).toContain(`\n\n${DEFINITION}\n\n`);
  });

  it('takes a glossary edited on disk once the client reports the change', async () => {
    await ws.write(GLOSSARY, withDefinition(original, 'Revision B, what a region can run and repair itself.'));
    await rebuilt(() => announce(GLOSSARY, FileChangeType.Changed));
    expect(client.diagnostics.get(glossaryUri())).toEqual([]);
    const value = await stackHover();
    expect(value).toContain('\n\nRevision B, what a region can run and repair itself.\n\n');
    expect(value).not.toContain(DEFINITION);
  });

  it('reports a glossary broken on disk at the offending line, and keeps its last good version in use', async () => {
    // A second `label:` in one entry: YAML does not allow duplicate keys.
    const broken = withDefinition(original, 'Revision C, never valid.').replace('    layer: infrastructure\n    definition: Revision C', '    layer: infrastructure\n    label: Stack again\n    definition: Revision C');
    await ws.write(GLOSSARY, broken);
    client.diagnostics.delete(glossaryUri());
    await announce(GLOSSARY, FileChangeType.Changed);
    const d = await client.waitForDiagnostics(glossaryUri());
    const line = positionOf(broken, '    label: Stack again').line;
    expect(d).toEqual([{ range: { start: { line, character: 4 }, end: { line, character: 5 } }, severity: 1, code: 'invalid-glossary', source: 'briefmark', message: `Map keys must be unique${KEPT}` }]);
    const value = await stackHover();
    expect(value).toContain('\n\nRevision B, what a region can run and repair itself.\n\n');
    expect(value).not.toContain('Revision C');
    // The brief still sees every team entry.
    expect(await hover(positionOf(text, 'Harbour Institute argues', 1))).toMatch(/^\*\*Harbour Institute\*\* · actor/);
  });

  it('takes the text of an open glossary document as it is edited, before it is saved', async () => {
    const onDisk = await ws.read(GLOSSARY);
    await client.open(glossaryUri(), onDisk, 'yaml');
    // Fix the duplicate key and change the definition in the editor, in two small edits.
    const dup = rangeOf(onDisk, '    label: Stack again\n');
    const definition = rangeOf(onDisk, 'Revision C, never valid.');
    client.diagnostics.delete(glossaryUri());
    await rebuilt(() => client.change(glossaryUri(), [{ range: definition, text: 'Revision D, typed in the editor.' }, { range: dup, text: '' }]));
    expect(await client.waitForDiagnostics(glossaryUri())).toEqual([]);
    expect(await stackHover()).toContain('\n\nRevision D, typed in the editor.\n\n');
  });

  it('reports an open glossary edited to invalid YAML while hover keeps the last good definition', async () => {
    const current = withDefinition(original, 'Revision D, typed in the editor.');
    const avoid = rangeOf(current, '    avoid: [national stack]');
    client.diagnostics.delete(glossaryUri());
    await client.change(glossaryUri(), [{ range: { start: avoid.start, end: { line: avoid.start.line, character: 4 } }, text: '\t' }]);
    const d = await client.waitForDiagnostics(glossaryUri(), (list) => list.length > 0);
    expect(d[0]).toEqual({ range: { start: { line: avoid.start.line, character: 0 }, end: { line: avoid.start.line, character: 1 } }, severity: 1, code: 'invalid-glossary', source: 'briefmark', message: `Tabs are not allowed as indentation${KEPT}` });
    expect(d.every((x) => x.code === 'invalid-glossary' && x.severity === 1)).toBe(true);
    expect(await stackHover()).toContain('\n\nRevision D, typed in the editor.\n\n');
    // The deprecated wording of another team entry is still reported in the brief.
    expect(client.diagnostics.get(uri)?.map((x) => x.code)).toContain('deprecated-wording');
  });

  it('goes back to the file on disk when the glossary document is closed unsaved', async () => {
    await ws.write(GLOSSARY, withDefinition(original, 'Revision E, saved by someone else.'));
    const d = await rebuilt(() => client.close(glossaryUri()));
    expect(d.map((x) => x.code)).toContain('deprecated-wording');
    expect(await stackHover()).toContain('\n\nRevision E, saved by someone else.\n\n');
    expect(client.diagnostics.get(glossaryUri())).toEqual([]);
  });

  it('falls back to the built-in glossary when the team file is deleted', async () => {
    await rm(ws.path(GLOSSARY));
    await rebuilt(() => announce(GLOSSARY, FileChangeType.Deleted));
    // The team-only concept is gone; strategic-autonomy is the built-in entry again.
    expect(await stackHover()).toBeNull();
    const autonomy = await hover(positionOf(text, 'strategic autonomy', 1));
    expect(autonomy).toMatch(/^\*\*Strategic autonomy\*\* · concept · layer: Cross-cutting\n\nThe capacity of a state or bloc, especially the EU,/);
    expect(autonomy).toContain('from built-in glossary');
    expect(client.diagnostics.get(uri)?.map((x) => x.code)).not.toContain('deprecated-wording');
  });

  it('takes a glossary file created on disk', async () => {
    await ws.write('more.glossary.yaml', 'version: 1\nconcepts:\n  - id: heat-reuse\n    label: Kelp rafts\n    layer: economic-value\n    definition: Selling the warmth of server halls.\n');
    const d = await rebuilt(() => announce('more.glossary.yaml', FileChangeType.Created));
    expect(d.map((x) => x.code)).not.toContain('unknown-term');
    expect(await hover(positionOf(text, 'kelp rafts', 2))).toMatch(/^\*\*Kelp rafts\*\* · concept · layer: Economic value\n\nSelling the warmth of server halls\.\n/);
  });
});
