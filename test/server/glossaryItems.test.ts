import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GlossaryRequest, type GlossaryItem, type GlossaryResult } from '../../server/src/protocol';
import type { FileHost } from '../../server/src/core/host';
import { nodeFileHost } from '../../server/src/node/nodeFileHost';
import { FixtureWorkspace, GLOSSARY, idAfter, positionOf, startWithBrief, stopAll } from './fixtureWorkspace';
import { inProcessTransport } from './inProcessServer';
import { fileUri, LspClient } from './lspClient';

// `briefmark/glossary`: the merged glossary of a resource's folder, each entry with where it is
// defined (the team file, or the shipped built-in YAML).

const SHIPPED = resolve(__dirname, '../../server/glossaries/sovereignty');
const shipped = (name: string) => readFileSync(join(SHIPPED, name), 'utf8');
const BUILTIN_FILES = ['concepts.yaml', 'actors-public.yaml', 'actors-companies.yaml', 'actors-rules.yaml', 'concepts-policy.yaml', 'concepts-tech.yaml', 'actors-us.yaml', 'actors-europe.yaml', 'actors-world.yaml', 'actors-industry.yaml'];

/** The built-in entry ids in the shipped files' order: per file, concepts then actors. */
function builtinIds(): string[] {
  return BUILTIN_FILES.flatMap((name) => {
    const file = parse(shipped(name)) as { concepts?: Array<{ id: string }>; actors?: Array<{ id: string }> };
    return [...(file.concepts ?? []), ...(file.actors ?? [])].map((e) => e.id);
  });
}

/**
 * The built-in layers, as the shipped concepts file writes them, then cross-cutting: id, label and
 * description (the protocol's shape; a layer's keywords are the claim model's business, not the views').
 */
function builtinLayers(): GlossaryResult['layers'] {
  const layers = (parse(shipped('concepts.yaml')) as { layers: Array<GlossaryResult['layers'][number] & { keywords?: string[] }> }).layers;
  return [...layers.map(({ id, label, description }) => ({ id, label, description })), { id: 'cross-cutting', label: 'Cross-cutting', description: 'Concepts, actors and claims that belong to no single layer.' }];
}

describe('glossary request', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let glossary: string;

  const request = (at?: string) => client.connection.sendRequest(GlossaryRequest, at === undefined ? {} : { uri: at });
  const teamAt = (id: string) => ({ uri: ws.uri(GLOSSARY), range: idAfter(glossary, 'id: ', id) });

  beforeAll(async () => {
    ({ ws, client, uri } = await startWithBrief());
    glossary = await ws.read(GLOSSARY);
  });
  afterAll(() => stopAll(client, ws));

  it('lists the team entries first, each at its id in the team glossary', async () => {
    const result = await request(uri);
    expect(result.layers).toEqual(builtinLayers());
    expect(result.entries.slice(0, 4)).toEqual([
      {
        kind: 'concept',
        id: 'strategic-autonomy',
        label: 'Strategic autonomy',
        aliases: ['freedom of supplier choice'],
        layer: 'cross-cutting',
        definition: 'For this team: a region can pick and replace its suppliers at every layer of the stack without asking another government for permission.',
        location: teamAt('strategic-autonomy'),
      },
      {
        kind: 'concept',
        id: 'sovereign-stack',
        label: 'Sovereign stack',
        aliases: ['sovereign AI stack'],
        layer: 'infrastructure',
        definition: 'The power, chips, data centres and software that a region can run and repair itself.',
        location: teamAt('sovereign-stack'),
      },
      {
        kind: 'concept',
        id: 'compute-gap',
        label: 'Compute gap',
        aliases: [],
        layer: 'infrastructure',
        definition: 'What public labs can use in accelerator time, set against what they ask for.',
        location: teamAt('compute-gap'),
      },
      {
        kind: 'actor',
        id: 'harbour-institute',
        label: 'Harbour Institute',
        aliases: ['Harbour'],
        layer: 'cross-cutting',
        definition: 'A made-up research institute that studies power supply for computing.',
        type: 'institution',
        country: 'NL',
        location: teamAt('harbour-institute'),
      },
    ] satisfies GlossaryItem[]);
    // The location is the `id:` line of the entry in the YAML.
    expect(result.entries[1]!.location!.range.start).toEqual(positionOf(glossary, 'sovereign-stack'));
  });

  it('follows with the built-in entries, each at the shipped file; the team entry replaces the built-in one of its id', async () => {
    const result = await request(uri);
    expect(result.entries.map((e) => e.id)).toEqual(['strategic-autonomy', 'sovereign-stack', 'compute-gap', 'harbour-institute', ...builtinIds().filter((id) => id !== 'strategic-autonomy')]);
    const concepts = shipped('concepts.yaml');
    expect(result.entries.find((e) => e.id === 'cloud-computing')).toEqual({
      kind: 'concept',
      id: 'cloud-computing',
      label: 'Cloud computing',
      aliases: ['cloud', 'cloud service', 'cloud infrastructure', 'cloud provider'],
      layer: 'infrastructure',
      definition: 'On-demand delivery of computing, storage and software over a network from shared data centres, paid for by use rather than owned outright.',
      location: { uri: fileUri(join(SHIPPED, 'concepts.yaml')), range: idAfter(concepts, '  - id: ', 'cloud-computing') },
    });
    const actors = shipped('actors-public.yaml');
    expect(result.entries.find((e) => e.id === 'france')).toEqual({
      kind: 'actor',
      id: 'france',
      label: 'France',
      aliases: ['French Republic', 'French government'],
      layer: 'cross-cutting',
      definition:
        'EU member state that has made technological and AI sovereignty a headline policy goal, backing domestic model developers, compute projects and trusted-cloud rules, and co-hosting the 2025 Paris AI Action Summit.',
      type: 'state',
      country: 'FR',
      location: { uri: fileUri(join(SHIPPED, 'actors-public.yaml')), range: idAfter(actors, '  - id: ', 'france') },
    });
  });

  it('answers the built-in glossary alone without a uri, and for a file outside every folder', async () => {
    const alone = await request();
    expect(alone.layers).toEqual(builtinLayers());
    expect(alone.entries.map((e) => e.id)).toEqual(builtinIds());
    const autonomy = alone.entries.find((e) => e.id === 'strategic-autonomy')!;
    expect(autonomy.location).toEqual({ uri: fileUri(join(SHIPPED, 'concepts.yaml')), range: idAfter(shipped('concepts.yaml'), '  - id: ', 'strategic-autonomy') });
    expect(await request(fileUri(join(tmpdir(), 'elsewhere', 'loose.md')))).toEqual(alone);
  });

  it('follows an unsaved edit of the team glossary; an entry without a description has an empty definition', async () => {
    const glossaryUri = ws.uri(GLOSSARY);
    await client.open(glossaryUri, glossary, 'yaml');
    client.diagnostics.delete(glossaryUri);
    const added = '\n  - id: grid-board\n    label: Grid Board\n    type: institution\n';
    const end = positionOf(glossary, glossary.trimEnd(), glossary.trimEnd().length);
    await client.change(glossaryUri, [{ range: { start: end, end }, text: added }]);
    await client.waitForDiagnostics(glossaryUri);
    const edited = glossary.trimEnd() + added + glossary.slice(glossary.trimEnd().length);
    const result = await request(uri);
    expect(result.entries.slice(3, 5)).toEqual([
      expect.objectContaining({ id: 'harbour-institute' }),
      { kind: 'actor', id: 'grid-board', label: 'Grid Board', aliases: [], layer: 'cross-cutting', definition: '', type: 'institution', location: { uri: glossaryUri, range: idAfter(edited, 'id: ', 'grid-board') } },
    ]);
    await client.close(glossaryUri);
  });
});

describe('the shipped glossary files, as the web build reads them through the client', () => {
  const folder = fileUri(resolve(__dirname, '../../server/glossaries'));
  const concepts = `${folder}/sovereignty/concepts.yaml`;
  const reads: string[] = [];
  let failConcepts = true;
  // The disk, except that the first read of concepts.yaml fails (as a busy or vanished file would).
  const files: FileHost = {
    ...nodeFileHost,
    readFile: async (uri) => {
      reads.push(uri);
      if (uri === concepts && failConcepts) {
        failConcepts = false;
        return undefined;
      }
      return nodeFileHost.readFile(uri);
    },
  };
  let client: LspClient;

  beforeAll(async () => {
    client = await LspClient.start({ transport: inProcessTransport, folders: [], files, initializationOptions: { builtinGlossaryFolder: folder } });
  });
  afterAll(() => client?.stop());

  const request = () => client.connection.sendRequest(GlossaryRequest, {});
  const shippedReads = () => reads.filter((r) => r.startsWith(folder));
  const autonomy = (result: GlossaryResult) => result.entries.find((e) => e.id === 'strategic-autonomy')!.location;
  const autonomyAt = { uri: concepts, range: idAfter(shipped('concepts.yaml'), '  - id: ', 'strategic-autonomy') };

  it('reads each file once, and asks again for one that could not be read', async () => {
    const first = await request();
    expect(autonomy(first)).toBeUndefined();
    expect(first.entries.find((e) => e.id === 'france')!.location).toEqual({ uri: `${folder}/sovereignty/actors-public.yaml`, range: idAfter(shipped('actors-public.yaml'), '  - id: ', 'france') });
    expect(shippedReads()).toHaveLength(BUILTIN_FILES.length);

    const second = await request();
    expect(autonomy(second)).toEqual(autonomyAt);
    expect(second.entries.filter((e) => !e.location)).toEqual([]);
    expect(shippedReads()).toHaveLength(BUILTIN_FILES.length + 1);

    expect(await request()).toEqual(second);
    expect(shippedReads()).toHaveLength(BUILTIN_FILES.length + 1);
  });
});
