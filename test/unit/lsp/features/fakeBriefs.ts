import type { ClaimReport } from '../../../../server/src/core/analysis/resolveBrief';

// Indexed briefs as the workspace-wide requests see them (BriefView), with made-up claims, for the
// tests of those requests on a fake workspace.

export const CLAIM_RANGE = { start: { line: 4, character: 2 }, end: { line: 4, character: 8 } };

export function fakeClaim(id: string): ClaimReport {
  return { id, text: `Claim ${id}`, layer: 'models', layerSource: 'inferred', kind: 'factual', kindSource: 'inferred', actor: null, about: [], stance: null, sources: [], status: 'unchecked', range: CLAIM_RANGE, spanRange: CLAIM_RANGE, idRange: CLAIM_RANGE, fingerprint: `f-${id}` };
}

/** `count` briefs at `memfs:/w/brief-<i>.md`, each with the claims `claimIds(i)` names; `read` counts the briefs whose claims were asked for. */
export function fakeBriefs(count: number, claimIds: (i: number) => string[]): { briefs: Array<{ path: string; claims(): ClaimReport[] }>; read: () => number } {
  let read = 0;
  const briefs = Array.from({ length: count }, (_, i) => ({
    path: `memfs:/w/brief-${i}.md`,
    claims: () => {
      read++;
      return claimIds(i).map(fakeClaim);
    },
  }));
  return { briefs, read: () => read };
}

/** Runs `then` after `turns` turns of the event loop, each a timer, as the server's turns are. */
export function afterTurns(turns: number, then: () => void): void {
  setTimeout(() => (turns <= 1 ? then() : afterTurns(turns - 1, then)), 0);
}
