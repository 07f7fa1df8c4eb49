import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsRequest, SummaryRequest, type ClaimItem, type SummaryResult } from '../../server/src/protocol';
import { BRIEF, FixtureWorkspace, NOTES, positionOf, rangeOf, startWithBrief, stopAll } from './fixtureWorkspace';
import { LspClient } from './lspClient';

// `briefmark/summary` and `briefmark/claims` (one brief or the whole workspace, open briefs and
// briefs read from disk), and the `briefmark/summaryChanged` notification.

const NO_CLAIMS = { total: 0, unchecked: 0, verified: 0, disputed: 0, retracted: 0, stale: 0 };
const NO_SOURCES = { explicit: 0, inferred: 0, none: 0 };
const NO_KINDS = { factual: 0, statistical: 0, predictive: 0, normative: 0 };
const emptyLayer = (id: string, label: string) => ({ id, label, concepts: [], actors: [], claims: NO_CLAIMS, claimLayerSources: NO_SOURCES, claimKinds: NO_KINDS, claimKindSources: NO_SOURCES });

describe('summary and claims requests', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;

  const summary = (at?: string) => client.connection.sendRequest(SummaryRequest, at === undefined ? {} : { uri: at });
  const claims = (at?: string) => client.connection.sendRequest(ClaimsRequest, at === undefined ? {} : { uri: at });

  beforeAll(async () => ({ ws, client, uri, text } = await startWithBrief()));
  afterAll(() => stopAll(client, ws));

  it('summarises one open brief per layer, listing the empty layers too', async () => {
    const result: SummaryResult = await summary(uri);
    expect(result).toEqual({
      layers: [
        {
          id: 'infrastructure',
          label: 'Infrastructure',
          concepts: [
            { id: 'sovereign-stack', label: 'Sovereign stack', count: 3 },
            { id: 'cloud-computing', label: 'Cloud computing', count: 1 },
            { id: 'compute-gap', label: 'Compute gap', count: 1 },
            { id: 'grid-capacity', label: 'Grid capacity', count: 1 },
            { id: 'semiconductor', label: 'Semiconductor', count: 1 },
          ],
          actors: [],
          // price-rise ("accelerator time") is an infrastructure claim by its words.
          claims: { total: 4, unchecked: 1, verified: 1, disputed: 1, retracted: 0, stale: 1 },
          claimLayerSources: { explicit: 1, inferred: 3, none: 0 },
          // Every claim of the brief says its kind=.
          claimKinds: { factual: 2, statistical: 1, predictive: 1, normative: 0 },
          claimKindSources: { explicit: 4, inferred: 0, none: 0 },
        },
        emptyLayer('models', 'Models'),
        emptyLayer('economic-value', 'Economic value'),
        {
          ...emptyLayer('cross-cutting', 'Cross-cutting'),
          concepts: [{ id: 'strategic-autonomy', label: 'Strategic autonomy', count: 2 }],
          actors: [{ id: 'harbour-institute', label: 'Harbour Institute', count: 3 }],
        },
      ],
    });
  });

  it('summarises a brief that is not open from its file', async () => {
    const result = await summary(ws.uri(NOTES));
    expect(result.layers.map((l) => l.id)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
    expect(result.layers[0]).toEqual({
      id: 'infrastructure',
      label: 'Infrastructure',
      concepts: [
        { id: 'grid-capacity', label: 'Grid capacity', count: 2 },
        { id: 'sovereign-stack', label: 'Sovereign stack', count: 2 },
        { id: 'semiconductor', label: 'Semiconductor', count: 1 },
      ],
      actors: [],
      claims: { ...NO_CLAIMS, total: 1, unchecked: 1 },
      claimLayerSources: { ...NO_SOURCES, inferred: 1 },
      // halls-waiting has no kind=: a plain statement, so factual by its wording.
      claimKinds: { ...NO_KINDS, factual: 1 },
      claimKindSources: { ...NO_SOURCES, inferred: 1 },
    });
    expect(result.layers[3]!.actors).toEqual([{ id: 'harbour-institute', label: 'Harbour Institute', count: 1 }]);
  });

  it('summarises the whole workspace without a uri: open and unopened briefs together', async () => {
    const result = await summary();
    expect(result).toEqual({
      layers: [
        {
          id: 'infrastructure',
          label: 'Infrastructure',
          concepts: [
            { id: 'sovereign-stack', label: 'Sovereign stack', count: 5 },
            { id: 'grid-capacity', label: 'Grid capacity', count: 3 },
            { id: 'semiconductor', label: 'Semiconductor', count: 2 },
            { id: 'cloud-computing', label: 'Cloud computing', count: 1 },
            { id: 'compute-gap', label: 'Compute gap', count: 1 },
          ],
          actors: [],
          claims: { total: 5, unchecked: 2, verified: 1, disputed: 1, retracted: 0, stale: 1 },
          claimLayerSources: { explicit: 1, inferred: 4, none: 0 },
          // The open brief's four written kinds, and the notes' inferred one (from the index).
          claimKinds: { factual: 3, statistical: 1, predictive: 1, normative: 0 },
          claimKindSources: { explicit: 4, inferred: 1, none: 0 },
        },
        emptyLayer('models', 'Models'),
        emptyLayer('economic-value', 'Economic value'),
        {
          ...emptyLayer('cross-cutting', 'Cross-cutting'),
          concepts: [{ id: 'strategic-autonomy', label: 'Strategic autonomy', count: 2 }],
          actors: [{ id: 'harbour-institute', label: 'Harbour Institute', count: 4 }],
        },
      ],
    });
  });

  it('lists the claims of a brief with their uri, status and review record', async () => {
    const result = await claims(uri);
    expect(result.claims.map((c) => [c.id, c.status, c.uri])).toEqual([
      ['grid-wait', 'verified', uri],
      ['chip-bottleneck', 'disputed', uri],
      ['price-rise', 'stale', uri],
      [null, 'unchecked', uri],
    ]);
    const chip = result.claims[1]!;
    expect(chip).toEqual({
      id: 'chip-bottleneck',
      text: 'Chip supply is the narrowest point of the sovereign stack',
      layer: 'infrastructure',
      layerSource: 'inferred',
      kind: 'factual',
      kindSource: 'explicit',
      actor: 'harbour-institute',
      about: ['compute-gap'],
      stance: null,
      sources: [],
      status: 'disputed',
      range: rangeOf(text, 'Chip supply is the narrowest point of the sovereign stack'),
      spanRange: rangeOf(text, '[Chip supply is the narrowest point of the sovereign stack]{.claim #chip-bottleneck kind=factual actor=harbour-institute about=compute-gap}'),
      idRange: rangeOf(text, 'chip-bottleneck'),
      review: { status: 'disputed', reviewer: 'jonas', date: '2026-11-03', note: 'Packaging, not chips, is the narrower point.' },
      uri,
    } satisfies ClaimItem);
    expect('fingerprint' in chip).toBe(false);
  });

  it('lists every claim of the workspace, unopened briefs included', async () => {
    const result = await claims();
    expect(result.claims.map((c) => [c.uri, c.id, c.status]).sort()).toEqual(
      [
        [uri, 'grid-wait', 'verified'],
        [uri, 'chip-bottleneck', 'disputed'],
        [uri, 'price-rise', 'stale'],
        [uri, null, 'unchecked'],
        [ws.uri(NOTES), 'halls-waiting', 'unchecked'],
      ].sort(),
    );
    const halls = result.claims.find((c) => c.id === 'halls-waiting')!;
    const notes = await ws.read(NOTES);
    expect(halls.range).toEqual(rangeOf(notes, 'Three in four new server halls wait for a grid connection'));
    expect(halls.about).toEqual(['sovereign-stack']);
    expect(halls.actor).toBe('harbour-institute');
    // From the index: the kind its wording implies, and that it was inferred.
    expect([halls.kind, halls.kindSource, halls.layer, halls.layerSource]).toEqual(['factual', 'inferred', 'infrastructure', 'inferred']);
  });

  it('answers an empty summary and no claims for a brief that does not exist', async () => {
    const missing = ws.uri('missing.md');
    expect((await claims(missing)).claims).toEqual([]);
    const result = await summary(missing);
    expect(result.layers.map((l) => [l.id, l.concepts.length, l.actors.length, l.claims.total])).toEqual([
      ['infrastructure', 0, 0, 0],
      ['models', 0, 0, 0],
      ['economic-value', 0, 0, 0],
      ['cross-cutting', 0, 0, 0],
    ]);
  });

  it('sends briefmark/summaryChanged after an edit, and the summary follows the edit', async () => {
    const before = client.summaryChanged;
    const end = positionOf(text, 'begins with steady tide.', 'begins with steady tide.'.length);
    await client.change(uri, [{ range: { start: end, end }, text: ' So does the Harbour Institute.' }]);
    await client.waitFor(() => (client.summaryChanged > before ? true : undefined), 'briefmark/summaryChanged');
    const result = await summary(uri);
    expect(result.layers[3]!.actors).toEqual([{ id: 'harbour-institute', label: 'Harbour Institute', count: 4 }]);
    expect((await summary()).layers[3]!.actors).toEqual([{ id: 'harbour-institute', label: 'Harbour Institute', count: 5 }]);
  });

  it('goes back to the file on disk when the brief is closed unsaved', async () => {
    const before = client.summaryChanged;
    await client.close(uri);
    await client.waitFor(() => (client.summaryChanged > before ? true : undefined), 'briefmark/summaryChanged after close');
    expect((await summary()).layers[3]!.actors).toEqual([{ id: 'harbour-institute', label: 'Harbour Institute', count: 4 }]);
    expect((await summary(ws.uri(BRIEF))).layers[3]!.actors).toEqual([{ id: 'harbour-institute', label: 'Harbour Institute', count: 3 }]);
  });
});

describe('summary of a workspace with two folders', () => {
  let ws: FixtureWorkspace;
  let other: string;
  let client: LspClient;

  beforeAll(async () => {
    ws = await FixtureWorkspace.create();
    other = await mkdtemp(join(tmpdir(), 'briefmark-other-'));
    await writeFile(
      join(other, 'other.md'),
      '# Other folder\n\n[Member states should fund more grid connections for server halls]{.claim #fund-grids}.\n\n[Open models will match closed ones by 2030]{.claim #open-models kind=predictive layer=models}.\n',
    );
    client = await LspClient.start({ folders: [ws.dir, other] });
  });
  afterAll(async () => {
    await stopAll(client, ws);
    await rm(other, { recursive: true, force: true });
  });

  it('adds up the claims per layer, per kind and per source of the kind over both folders', async () => {
    const result = await client.connection.sendRequest(SummaryRequest, {});
    const claimsOf = (id: string) => {
      const layer = result.layers.find((l) => l.id === id)!;
      return { claims: layer.claims, claimLayerSources: layer.claimLayerSources, claimKinds: layer.claimKinds, claimKindSources: layer.claimKindSources };
    };
    expect(result.layers.map((l) => l.id)).toEqual(['infrastructure', 'models', 'economic-value', 'cross-cutting']);
    // The fixture's five claims (four with kind=, the notes' one inferred factual) and fund-grids ("should": normative, inferred).
    expect(claimsOf('infrastructure')).toEqual({
      claims: { total: 6, unchecked: 3, verified: 1, disputed: 1, retracted: 0, stale: 1 },
      claimLayerSources: { explicit: 1, inferred: 5, none: 0 },
      claimKinds: { factual: 3, statistical: 1, predictive: 1, normative: 1 },
      claimKindSources: { explicit: 4, inferred: 2, none: 0 },
    });
    expect(claimsOf('models')).toEqual({
      claims: { ...NO_CLAIMS, total: 1, unchecked: 1 },
      claimLayerSources: { ...NO_SOURCES, explicit: 1 },
      claimKinds: { ...NO_KINDS, predictive: 1 },
      claimKindSources: { ...NO_SOURCES, explicit: 1 },
    });
    expect(claimsOf('economic-value')).toEqual({ claims: NO_CLAIMS, claimLayerSources: NO_SOURCES, claimKinds: NO_KINDS, claimKindSources: NO_SOURCES });
    expect(claimsOf('cross-cutting')).toEqual({ claims: NO_CLAIMS, claimLayerSources: NO_SOURCES, claimKinds: NO_KINDS, claimKindSources: NO_SOURCES });
  });
});
