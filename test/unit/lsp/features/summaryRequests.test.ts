import { describe, expect, it } from 'vitest';
import type { ClaimReport } from '../../../../server/src/core/analysis/resolveBrief';
import { claimsOf, type SummaryWorkspace } from '../../../../server/src/lsp/features/summaryRequests';
import { BRIEFS_PER_TURN } from '../../../../server/src/lsp/nextTurn';

// The workspace's claims come from digests at hand, so nothing in the request waits: it takes a
// turn of the event loop now and then, or a cancel (or any other request) would be read only once
// the whole answer is made. A fake workspace of indexed briefs, two claims each.

const at = { start: { line: 2, character: 1 }, end: { line: 2, character: 9 } };

function claim(id: string): ClaimReport {
  return { id, text: `Claim ${id}`, layer: 'models', layerSource: 'inferred', kind: 'factual', kindSource: 'inferred', actor: null, about: [], stance: null, sources: [], status: 'unchecked', range: at, spanRange: at, idRange: at, fingerprint: `f-${id}` };
}

function fakeWorkspace(briefCount: number): { ws: SummaryWorkspace; read: () => number } {
  let read = 0;
  const briefs = Array.from({ length: briefCount }, (_, i) => ({
    path: `memfs:/w/brief-${i}.md`,
    claims: () => {
      read++;
      return [claim(`a-${i}`), claim(`b-${i}`)];
    },
  }));
  const ws = { settled: async () => undefined, briefs: () => briefs, uriOf: (path: string) => `${path}?open` } as unknown as SummaryWorkspace;
  return { ws, read: () => read };
}

/** Runs `then` after `turns` turns of the event loop, each a timer, as the server's turns are. */
function afterTurns(turns: number, then: () => void): void {
  setTimeout(() => (turns <= 1 ? then() : afterTurns(turns - 1, then)), 0);
}

describe('claimsOf the whole workspace', () => {
  const briefCount = BRIEFS_PER_TURN * 2 + 20;

  it('answers every brief’s claims with their brief’s uri, and no fingerprint', async () => {
    const { ws } = fakeWorkspace(briefCount);
    const { claims } = await claimsOf(ws, undefined, { isCancellationRequested: false });
    expect(claims).toHaveLength(briefCount * 2);
    expect(claims[3]).toEqual({ ...claim('b-1'), fingerprint: undefined, uri: 'memfs:/w/brief-1.md?open' });
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
