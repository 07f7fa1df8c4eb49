import { describe, expect, it } from 'vitest';
import { claimsOf, type SummaryWorkspace } from '../../../../server/src/lsp/features/summaryRequests';
import { BRIEFS_PER_TURN } from '../../../../server/src/lsp/nextTurn';
import { afterTurns, fakeBriefs, fakeClaim } from './fakeBriefs';

// The workspace's claims come from digests at hand, so nothing in the request waits: it takes a
// turn of the event loop now and then, or a cancel (or any other request) would be read only once
// the whole answer is made. A fake workspace of indexed briefs, two claims each.

function fakeWorkspace(count: number): { ws: SummaryWorkspace; read: () => number } {
  const { briefs, read } = fakeBriefs(count, (i) => [`a-${i}`, `b-${i}`]);
  const ws = { settled: async () => undefined, briefs: () => briefs, uriOf: (path: string) => `${path}?open` } as unknown as SummaryWorkspace;
  return { ws, read };
}

describe('claimsOf the whole workspace', () => {
  const briefCount = BRIEFS_PER_TURN * 2 + 20;

  it('answers every brief’s claims with their brief’s uri, and no fingerprint', async () => {
    const { ws } = fakeWorkspace(briefCount);
    const { claims } = await claimsOf(ws, undefined, { isCancellationRequested: false });
    expect(claims).toHaveLength(briefCount * 2);
    expect(claims[3]).toEqual({ ...fakeClaim('b-1'), fingerprint: undefined, uri: 'memfs:/w/brief-1.md?open' });
    expect(claims.some((c) => 'fingerprint' in c)).toBe(false);
  });

  it('stops at its first turn when cancelled meanwhile', async () => {
    const { ws, read } = fakeWorkspace(briefCount);
    const token = { isCancellationRequested: false };
    afterTurns(1, () => (token.isCancellationRequested = true));
    await expect(claimsOf(ws, undefined, token)).rejects.toMatchObject({ code: -32800 });
    expect(read()).toBe(0);
  });

  it('stops at its next turn when cancelled between two batches of briefs', async () => {
    const { ws, read } = fakeWorkspace(briefCount);
    const token = { isCancellationRequested: false };
    afterTurns(2, () => (token.isCancellationRequested = true));
    await expect(claimsOf(ws, undefined, token)).rejects.toMatchObject({ code: -32800 });
    expect(read()).toBe(BRIEFS_PER_TURN);
  });
});
