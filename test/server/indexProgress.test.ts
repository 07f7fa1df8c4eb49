import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SummaryRequest } from '../../server/src/protocol';
import { FixtureWorkspace, startOn, stopAll } from './fixtureWorkspace';
import type { LspClient } from './lspClient';

// The progress of the workspace index, as the client shows it: the index workers post each
// brief's digest as it is made, and the client hears of each percent, not of each brief.

describe('indexing progress', () => {
  let ws: FixtureWorkspace;
  let client: LspClient;

  beforeAll(async () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 300; i++) extra[`many/brief-${i}.md`] = `# Brief ${i}\n\nThe sovereign stack needs grid capacity, and the Harbour Institute says so.\n`;
    ws = await FixtureWorkspace.create({ extra });
    client = await startOn(ws);
  });
  afterAll(() => stopAll(client, ws));

  it('reports each percent once, in order, up to every brief, then ends', async () => {
    await client.connection.sendRequest(SummaryRequest, {});
    const begin = client.progress.find((p) => p.kind === 'begin' && p.message?.startsWith('0 of '))!;
    const total = Number(begin.message!.slice('0 of '.length));
    expect(total).toBeGreaterThan(300);
    const run = client.progress.filter((p) => p.token === begin.token);
    expect(run.at(-1)!.kind).toBe('end');
    const reports = run.filter((p) => p.kind === 'report');
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.length).toBeLessThanOrEqual(101);
    // Rising at each report; the last may repeat 100 % to say that every brief is done.
    reports.forEach((p, i) => {
      if (i > 0) expect(p.percentage! > reports[i - 1]!.percentage! || (i === reports.length - 1 && p.percentage === 100)).toBe(true);
    });
    expect(reports.at(-1)).toMatchObject({ percentage: 100, message: `${total} of ${total}` });
  });
});
