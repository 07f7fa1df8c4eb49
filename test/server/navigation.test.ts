import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DefinitionRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type Location,
  type LocationLink,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { BRIEF, FixtureWorkspace, GLOSSARY, idAfter, NOTES, positionOf, rangeOf, REVIEW, startWithBrief, stopAll } from './fixtureWorkspace';
import { fileUri, type LspClient } from './lspClient';

// Go to definition, find references (open briefs and briefs read from disk), rename of glossary ids
// and claim ids, and workspace symbols.

const BUILTIN_CONCEPTS = resolve(__dirname, '../../server/glossaries/sovereignty/concepts.yaml');

const byPlace = (a: Location, b: Location) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

describe('navigation', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;
  let notes: string;
  let glossary: string;
  let review: string;

  const definition = (position: Position, at = uri) => client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: at }, position }) as Promise<LocationLink[] | null>;
  const references = (position: Position, includeDeclaration: boolean, at = uri) =>
    client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: at }, position, context: { includeDeclaration } }) as Promise<Location[] | null>;
  const rename = (position: Position, newName: string, at = uri) => client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: at }, position, newName }) as Promise<WorkspaceEdit | null>;
  const prepare = (position: Position, at = uri) => client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: at }, position });
  const symbols = (query: string) => client.connection.sendRequest(WorkspaceSymbolRequest.type, { query }) as Promise<WorkspaceSymbol[]>;
  const edit = (range: Range, newText: string): TextEdit => ({ range, newText });

  beforeAll(async () => {
    ({ ws, client, uri, text } = await startWithBrief());
    notes = await ws.read(NOTES);
    glossary = await ws.read(GLOSSARY);
    review = await ws.read(REVIEW);
  });
  afterAll(() => stopAll(client, ws));

  describe('definition', () => {
    it('goes from a mention to its entry in the team glossary', async () => {
      const links = await definition(positionOf(text, 'sovereign stack', 2, 2));
      expect(links).toEqual([
        {
          targetUri: ws.uri(GLOSSARY),
          // The whole list item, up to the next one; the id is the selection.
          targetRange: { start: positionOf(glossary, 'id: sovereign-stack'), end: positionOf(glossary, '\n\n  - id: compute-gap', 1) },
          targetSelectionRange: idAfter(glossary, 'id: ', 'sovereign-stack'),
          originSelectionRange: rangeOf(text, 'sovereign stack', 2),
        },
      ]);
    });

    it('goes from an id in actor= to the team entry', async () => {
      const links = await definition(positionOf(text, 'actor=harbour-institute', 8));
      expect(links?.map((l) => [l.targetUri, l.targetSelectionRange, l.originSelectionRange])).toEqual([[ws.uri(GLOSSARY), idAfter(glossary, 'id: ', 'harbour-institute'), idAfter(text, 'actor=', 'harbour-institute')]]);
    });

    it('goes from a mention of a built-in entry to the shipped glossary file', async () => {
      const builtin = readFileSync(BUILTIN_CONCEPTS, 'utf8');
      const links = await definition(positionOf(text, 'clouds', 2));
      expect(links).toHaveLength(1);
      expect(links![0]!.targetUri).toBe(fileUri(BUILTIN_CONCEPTS));
      expect(links![0]!.targetSelectionRange).toEqual(idAfter(builtin, '  - id: ', 'cloud-computing'));
      expect(links![0]!.targetRange.start).toEqual(positionOf(builtin, 'id: cloud-computing'));
      expect(links![0]!.originSelectionRange).toEqual(rangeOf(text, 'clouds'));
    });

    it('goes from a claim\'s #id to its review record', async () => {
      const links = await definition(positionOf(text, '#chip-bottleneck', 3));
      const record = idAfter(review, '  ', 'chip-bottleneck');
      expect(links).toEqual([{ originSelectionRange: idAfter(text, '#', 'chip-bottleneck'), targetUri: ws.uri(REVIEW), targetRange: record, targetSelectionRange: record }]);
    });

    it('has no definition for a claim without a record, plain words or an unknown id', async () => {
      const scratch = ws.uri('definition.md');
      await client.open(scratch, '[Nobody reviewed this yet]{.claim #fresh-claim}\n');
      await client.waitForVersion(scratch, 1);
      expect(await definition({ line: 0, character: 36 }, scratch)).toBeNull();
      await client.close(scratch);
      expect(await definition(positionOf(text, 'steady tide'))).toBeNull();
      expect(await definition(positionOf(text, 'compute-gapp', 2))).toBeNull();
    });
  });

  describe('references', () => {
    const sovereignStack = () => [
      // Mentions in the open brief...
      { uri, range: rangeOf(text, 'sovereign stack', 1) },
      { uri, range: rangeOf(text, 'sovereign stack', 2) },
      { uri, range: rangeOf(text, 'sovereign stack', 3) },
      // ...its about= id...
      { uri, range: idAfter(text, 'about=', 'sovereign-stack') },
      // ...a brief that is not open, read from disk: a mention, an explicit span, ref= and about=...
      { uri: ws.uri(NOTES), range: rangeOf(notes, 'sovereign stack') },
      { uri: ws.uri(NOTES), range: rangeOf(notes, 'the stack') },
      { uri: ws.uri(NOTES), range: idAfter(notes, 'ref=', 'sovereign-stack') },
      { uri: ws.uri(NOTES), range: idAfter(notes, 'about=', 'sovereign-stack') },
      // ...and the glossary's broader: of another entry.
      { uri: ws.uri(GLOSSARY), range: idAfter(glossary, 'broader: [', 'sovereign-stack') },
    ];

    it('finds every mention and id of an entry across the workspace, declaration first', async () => {
      const found = await references(positionOf(text, 'about=sovereign-stack', 8), true);
      expect(found![0]).toEqual({ uri: ws.uri(GLOSSARY), range: idAfter(glossary, 'id: ', 'sovereign-stack') });
      expect(found!.slice(1).sort(byPlace)).toEqual(sovereignStack().sort(byPlace));
    });

    it('leaves the declaration out when asked to, and finds the same from a mention', async () => {
      const found = await references(positionOf(text, 'sovereign stack', 2, 1), false);
      expect(found!.sort(byPlace)).toEqual(sovereignStack().sort(byPlace));
    });

    it('finds an actor\'s mentions and ids in open and unopened briefs', async () => {
      const found = await references(positionOf(text, 'Harbour Institute', 1), false);
      expect(found!.sort(byPlace)).toEqual(
        [
          { uri, range: rangeOf(text, 'Harbour Institute') },
          { uri, range: rangeOf(text, 'Harbour Institute', 1) },
          { uri, range: rangeOf(text, 'The harbour team') },
          { uri, range: idAfter(text, 'actor=', 'harbour-institute') },
          { uri, range: idAfter(text, 'actor=', 'harbour-institute', 1) },
          { uri, range: idAfter(text, 'ref=', 'harbour-institute') },
          { uri: ws.uri(NOTES), range: rangeOf(notes, 'Harbour') },
          { uri: ws.uri(NOTES), range: idAfter(notes, 'ref=', 'harbour-institute') },
          { uri: ws.uri(NOTES), range: idAfter(notes, 'actor=', 'harbour-institute') },
        ].sort(byPlace),
      );
    });

    it('finds a claim id and its review record', async () => {
      const found = await references(positionOf(text, '#grid-wait', 2), true);
      expect(found).toEqual([
        { uri, range: idAfter(text, '#', 'grid-wait') },
        { uri: ws.uri(REVIEW), range: idAfter(review, '  ', 'grid-wait') },
      ]);
    });

    it('answers null where there is nothing to look for, and for a document that is not open', async () => {
      expect(await references(positionOf(text, 'steady tide'), true)).toBeNull();
      expect(await references(positionOf(notes, 'sovereign stack'), true, ws.uri(NOTES))).toBeNull();
    });
  });

  describe('rename', () => {
    it('prepares a rename on an id, with the id as placeholder', async () => {
      expect(await prepare(positionOf(text, 'about=sovereign-stack', 9))).toEqual({ range: idAfter(text, 'about=', 'sovereign-stack'), placeholder: 'sovereign-stack' });
      expect(await prepare(positionOf(text, '#price-rise', 1))).toEqual({ range: idAfter(text, '#', 'price-rise'), placeholder: 'price-rise' });
    });

    it('renames a concept id in the glossary (id: and broader:) and in every brief (about= and ref=), not in the prose', async () => {
      const result = await rename(positionOf(text, 'about=sovereign-stack', 9), 'power-stack');
      expect(Object.keys(result!.changes!).sort()).toEqual([ws.uri(BRIEF), ws.uri(NOTES), ws.uri(GLOSSARY)].sort());
      expect(result!.changes![ws.uri(GLOSSARY)]!.sort((a, b) => a.range.start.line - b.range.start.line)).toEqual([
        edit(idAfter(glossary, 'id: ', 'sovereign-stack'), 'power-stack'),
        edit(idAfter(glossary, 'broader: [', 'sovereign-stack'), 'power-stack'),
      ]);
      expect(result!.changes![uri]).toEqual([edit(idAfter(text, 'about=', 'sovereign-stack'), 'power-stack')]);
      expect(result!.changes![ws.uri(NOTES)]!.sort((a, b) => a.range.start.line - b.range.start.line)).toEqual([
        edit(idAfter(notes, 'ref=', 'sovereign-stack'), 'power-stack'),
        edit(idAfter(notes, 'about=', 'sovereign-stack'), 'power-stack'),
      ]);
    });

    it('renames an actor id in actor= and ref= across briefs', async () => {
      const result = await rename(positionOf(text, 'ref=harbour-institute', 6), 'harbour-lab');
      const lines = (edits: TextEdit[] | undefined) => edits!.map((e) => e.range).sort((a, b) => a.start.line - b.start.line);
      expect(lines(result!.changes![ws.uri(GLOSSARY)])).toEqual([idAfter(glossary, 'id: ', 'harbour-institute')]);
      expect(lines(result!.changes![uri])).toEqual([idAfter(text, 'actor=', 'harbour-institute'), idAfter(text, 'actor=', 'harbour-institute', 1), idAfter(text, 'ref=', 'harbour-institute')]);
      expect(lines(result!.changes![ws.uri(NOTES)])).toEqual([idAfter(notes, 'ref=', 'harbour-institute'), idAfter(notes, 'actor=', 'harbour-institute')]);
      expect(Object.values(result!.changes!).flat().every((e) => e.newText === 'harbour-lab')).toBe(true);
    });

    it('renames a claim id in the brief and the key of its review record', async () => {
      const result = await rename(positionOf(text, '#chip-bottleneck', 4), 'chip-squeeze');
      expect(result).toEqual({
        changes: {
          [uri]: [edit(idAfter(text, '#', 'chip-bottleneck'), 'chip-squeeze')],
          [ws.uri(REVIEW)]: [edit(idAfter(review, '  ', 'chip-bottleneck'), 'chip-squeeze')],
        },
      });
    });

    it('refuses to rename a built-in entry', async () => {
      const scratch = ws.uri('rename.md');
      const body = 'Some [public clouds]{.concept ref=cloud-computing} here.\n';
      await client.open(scratch, body);
      await client.waitForVersion(scratch, 1);
      const at = positionOf(body, 'cloud-computing', 2);
      await expect(prepare(at, scratch)).rejects.toThrow('"cloud-computing" is a built-in entry: copy it into a team glossary to rename it.');
      await expect(prepare(at, scratch)).rejects.toMatchObject({ code: -32803 }); // RequestFailed
      await expect(rename(at, 'clouds', scratch)).rejects.toThrow('"cloud-computing" is a built-in entry');
      await client.close(scratch);
    });

    it('refuses invalid or taken names, and renames from a mention', async () => {
      const at = positionOf(text, 'about=sovereign-stack', 9);
      await expect(rename(at, 'Power Stack')).rejects.toThrow('"Power Stack" is not a valid id: lower-case letters and digits joined by "-", "_" or ".".');
      await expect(rename(at, 'compute-gap')).rejects.toThrow('The glossary already has an entry "compute-gap".');
      await expect(rename(positionOf(text, '#chip-bottleneck', 4), 'chip bottleneck')).rejects.toThrow('"chip bottleneck" cannot be a claim id: no spaces or braces.');
      await expect(rename(positionOf(text, '#chip-bottleneck', 4), 'grid-wait')).rejects.toThrow('This brief already has a claim "grid-wait".');
      await expect(prepare(positionOf(text, 'sovereign stack', 2, 2))).rejects.toThrow('Rename works on ids: put the cursor on "sovereign-stack"');
    });

    it('has nothing to rename on plain words', async () => {
      expect(await prepare(positionOf(text, 'steady tide'))).toBeNull();
      expect(await rename(positionOf(text, 'steady tide'), 'x')).toBeNull();
    });
  });

  describe('from the open glossary file', () => {
    it('finds the references of the entry whose id is under the cursor, and renames from broader:', async () => {
      await client.open(ws.uri(GLOSSARY), glossary, 'yaml');
      const onId = positionOf(glossary, 'id: compute-gap', 6);
      const found = await references(onId, true, ws.uri(GLOSSARY));
      expect(found).toEqual([
        { uri: ws.uri(GLOSSARY), range: idAfter(glossary, 'id: ', 'compute-gap') },
        { uri, range: rangeOf(text, 'compute gap', 1) },
        { uri, range: idAfter(text, 'about=', 'compute-gap') },
      ]);
      expect(await prepare(onId, ws.uri(GLOSSARY))).toEqual({ range: idAfter(glossary, 'id: ', 'compute-gap'), placeholder: 'compute-gap' });
      const renamed = await rename(positionOf(glossary, 'broader: [sovereign-stack]', 12), 'power-stack', ws.uri(GLOSSARY));
      expect(Object.values(renamed!.changes!).flat()).toHaveLength(5);
      expect(renamed!.changes![ws.uri(GLOSSARY)]!.map((e) => e.range).sort((a, b) => a.start.line - b.start.line)).toEqual([idAfter(glossary, 'id: ', 'sovereign-stack'), idAfter(glossary, 'broader: [', 'sovereign-stack')]);
      await client.close(ws.uri(GLOSSARY));
    });
  });

  describe('workspace symbols', () => {
    it('lists a team glossary entry at its id', async () => {
      expect(await symbols('harbour-institute')).toEqual([
        { name: 'Harbour Institute', kind: 5, containerName: 'actor harbour-institute', location: { uri: ws.uri(GLOSSARY), range: idAfter(glossary, 'id: ', 'harbour-institute') } },
      ]);
      const stacks = await symbols('sovereign-stack');
      expect(stacks[0]).toEqual({ name: 'Sovereign stack', kind: 14, containerName: 'concept sovereign-stack', location: { uri: ws.uri(GLOSSARY), range: idAfter(glossary, 'id: ', 'sovereign-stack') } });
      // The query also finds the built-in actor whose id holds its letters in order.
      expect(stacks.map((s) => s.containerName)).toEqual(['concept sovereign-stack', 'actor sovereign-cloud-stack']);
    });

    it('lists claim ids of open briefs and of briefs read from disk, with their status', async () => {
      expect(await symbols('chip-bottleneck')).toEqual([{ name: '#chip-bottleneck', kind: 24, containerName: 'claim · disputed', location: { uri, range: idAfter(text, '#', 'chip-bottleneck') } }]);
      expect(await symbols('halls-waiting')).toEqual([{ name: '#halls-waiting', kind: 24, containerName: 'claim · unchecked', location: { uri: ws.uri(NOTES), range: idAfter(notes, '#', 'halls-waiting') } }]);
    });

    it('matches the query\'s letters in order, and lists built-in entries at their shipped file', async () => {
      expect((await symbols('gridwait')).map((s) => s.name)).toEqual(['#grid-wait']);
      const all = await symbols('');
      expect(all.filter((s) => s.kind === 24).map((s) => s.name).sort()).toEqual(['#chip-bottleneck', '#grid-wait', '#halls-waiting', '#price-rise']);
      const cloud = all.find((s) => s.containerName === 'concept cloud-computing');
      expect((cloud?.location as Location).uri).toBe(fileUri(BUILTIN_CONCEPTS));
      // The team's strategic-autonomy replaces the built-in one: listed once, at the team file.
      const autonomy = all.filter((s) => s.containerName === 'concept strategic-autonomy');
      expect(autonomy.map((s) => (s.location as Location).uri)).toEqual([ws.uri(GLOSSARY)]);
    });
  });
});
