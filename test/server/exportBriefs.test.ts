import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/runCli';
import { ExportRequest, type ExportParams } from '../../server/src/protocol';
import { BRIEF, FixtureWorkspace, NOTES, positionOf, startWithBrief, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// `briefmark/export`: exactly what `briefmark export claims|network` prints in the workspace
// folder, for the whole workspace or one brief, open or not.

/** A brief nobody opens, whose claim names an actor but no about=: the network takes its concepts from the mentions inside it. */
const SAYINGS = 'notes/sayings.md';
const SAYINGS_TEXT = '# Who says what\n\n[The Harbour Institute says a sovereign stack starts with grid capacity]{.claim #starts-with-grid actor=harbour-institute stance=pro}.\n';

const PAIRS: Array<[ExportParams['what'], ExportParams['format']]> = [
  ['claims', 'csv'],
  ['claims', 'json'],
  ['claims', 'markdown'],
  ['network', 'csv'],
  ['network', 'json'],
  ['network', 'markdown'],
  ['network', 'graphml'],
];

describe('export request', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;
  let uri: string;
  let text: string;

  const request = (params: ExportParams) => client.connection.sendRequest(ExportRequest, params);

  /** What the command line prints when run in the workspace folder. */
  const cli = async (args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(['export', ...args], { cwd: ws.dir, stdout: (t) => (out += t), stderr: (t) => (err += t), color: false });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    return out;
  };

  beforeAll(async () => ({ ws, client, uri, text } = await startWithBrief({}, { extra: { [SAYINGS]: SAYINGS_TEXT } })));
  afterAll(() => stopAll(client, ws));

  it.each(PAIRS)('prints what `briefmark export %s --format %s` prints for the workspace', async (what, format) => {
    expect((await request({ what, format })).content).toBe(await cli([what, '--format', format]));
  });

  it('exports every claim of the workspace, briefs never opened included, in the CLI\'s order', async () => {
    const { content } = await request({ what: 'claims', format: 'csv' });
    expect(content.split('\r\n')).toEqual([
      'path,line,id,status,layer,layerSource,kind,kindSource,actor,about,stance,sources,text',
      "energy-brief.md,10,grid-wait,verified,infrastructure,explicit,factual,explicit,harbour-institute,sovereign-stack,,'@harbour2026,Grid connections for new server halls take three years or more",
      'energy-brief.md,12,chip-bottleneck,disputed,infrastructure,inferred,factual,explicit,harbour-institute,compute-gap,,,Chip supply is the narrowest point of the sovereign stack',
      // "accelerator time": infrastructure by its words.
      'energy-brief.md,14,price-rise,stale,infrastructure,inferred,statistical,explicit,,,,,Public buyers pay twice what they paid for accelerator time two years ago',
      'energy-brief.md,16,,unchecked,infrastructure,inferred,predictive,explicit,,,,,Regional clouds could host most public workloads',
      // Claims without kind= get the kind their wording implies (both plain statements: factual).
      'notes/grid-notes.md,7,halls-waiting,unchecked,infrastructure,inferred,factual,inferred,harbour-institute,sovereign-stack,,,Three in four new server halls wait for a grid connection',
      'notes/sayings.md,3,starts-with-grid,unchecked,infrastructure,inferred,factual,inferred,harbour-institute,,pro,,The Harbour Institute says a sovereign stack starts with grid capacity',
      '',
    ]);
  });

  it('links an actor to the concepts mentioned inside a claim without about=, in a brief never opened', async () => {
    const network = JSON.parse((await request({ what: 'network', format: 'json' })).content) as { edges: unknown[] };
    expect(network.edges).toEqual([
      { source: 'actor:harbour-institute', target: 'concept:sovereign-stack', stance: 'neutral', weight: 2, claims: ['energy-brief.md#grid-wait', 'notes/grid-notes.md#halls-waiting'] },
      { source: 'actor:harbour-institute', target: 'concept:compute-gap', stance: 'neutral', weight: 1, claims: ['energy-brief.md#chip-bottleneck'] },
      { source: 'actor:harbour-institute', target: 'concept:sovereign-stack', stance: 'pro', weight: 1, claims: ['notes/sayings.md#starts-with-grid'] },
      { source: 'actor:harbour-institute', target: 'concept:grid-capacity', stance: 'pro', weight: 1, claims: ['notes/sayings.md#starts-with-grid'] },
    ]);
  });

  it('exports one brief, open or not, as the CLI does when given its path', async () => {
    expect((await request({ uri, what: 'claims', format: 'markdown' })).content).toBe(await cli(['claims', BRIEF, '--format', 'markdown']));
    expect((await request({ uri: ws.uri(NOTES), what: 'claims', format: 'json' })).content).toBe(await cli(['claims', NOTES, '--format', 'json']));
    expect((await request({ uri: ws.uri(SAYINGS), what: 'network', format: 'graphml' })).content).toBe(await cli(['network', SAYINGS, '--format', 'graphml']));
  });

  it('refuses a format the export does not have, or an unknown export, with a one-line error', async () => {
    await expect(request({ what: 'claims', format: 'graphml' })).rejects.toMatchObject({ code: -32602, message: 'Briefmark cannot export claims as "graphml": use csv, json, markdown.' });
    await expect(request({ what: 'summary' as ExportParams['what'], format: 'json' })).rejects.toMatchObject({ code: -32602, message: 'Briefmark cannot export "summary": use claims or network.' });
    // The server keeps answering.
    expect((await request({ uri, what: 'claims', format: 'csv' })).content).toContain('grid-wait');
  });

  it('exports an open brief as the user sees it, unsaved edits included', async () => {
    const end = positionOf(text, 'begins with steady tide.', 'begins with steady tide.'.length);
    await client.change(uri, [{ range: { start: end, end }, text: ' [Grid capacity comes first]{.claim #grids-first actor=harbour-institute about=grid-capacity}.' }]);
    const { content } = await request({ what: 'claims', format: 'csv' });
    const rows = content.split('\r\n');
    expect(rows[1]).toBe('energy-brief.md,7,grids-first,unchecked,infrastructure,inferred,factual,inferred,harbour-institute,grid-capacity,,,Grid capacity comes first');
    expect(rows.slice(2)).toEqual((await cli(['claims', '--format', 'csv'])).split('\r\n').slice(1));
  });
});
