import { describe, expect, it } from 'vitest';
import { SymbolKind } from 'vscode-languageserver';
import type { ClaimReport } from '../../../../server/src/core/analysis/resolveBrief';
import { workspaceSymbols, type NavigationWorkspace } from '../../../../server/src/lsp/features/navigation';
import { BRIEFS_PER_TURN } from '../../../../server/src/lsp/nextTurn';

// Workspace symbols decode each indexed brief's claims: the request takes a turn of the event
// loop now and then, so that the cancel an editor sends at the next key is read, and stops
// decoding once it has all the symbols it answers. A fake workspace with no glossary entries.

const at = { start: { line: 4, character: 2 }, end: { line: 4, character: 8 } };

function claim(id: string): ClaimReport {
  return { id, text: `Claim ${id}`, layer: 'models', layerSource: 'inferred', kind: 'factual', kindSource: 'inferred', actor: null, about: [], stance: null, sources: [], status: 'unchecked', range: at, spanRange: at, idRange: at, fingerprint: `f-${id}` };
}

function fakeWorkspace(briefCount: number): { ws: NavigationWorkspace; read: () => number } {
  let read = 0;
  const briefs = Array.from({ length: briefCount }, (_, i) => ({
    path: `memfs:/w/brief-${i}.md`,
    claims: () => {
      read++;
      return [claim(`grid-${i}`), claim(`chips-${i}`)];
    },
  }));
  const looseFolder = { glossary: { entries: [] } };
  const ws = { folders: [], documents: new Map(), looseFolder, folderFor: () => looseFolder, settled: async () => undefined, briefs: () => briefs, uriOf: (path: string) => path } as unknown as NavigationWorkspace;
  return { ws, read: () => read };
}

/** Runs `then` after `turns` turns of the event loop, each a timer, as the server's turns are. */
function afterTurns(turns: number, then: () => void): void {
  setTimeout(() => (turns <= 1 ? then() : afterTurns(turns - 1, then)), 0);
}

describe('workspaceSymbols, on claims', () => {
  it('lists the claims whose id matches, each at its id', async () => {
    const { ws } = fakeWorkspace(3);
    expect(await workspaceSymbols(ws, 'grid', { isCancellationRequested: false })).toEqual(
      [0, 1, 2].map((i) => ({ name: `#grid-${i}`, kind: SymbolKind.Event, containerName: 'claim · unchecked', location: { uri: `memfs:/w/brief-${i}.md`, range: at } })),
    );
  });

  it('stops decoding briefs once it has 2,000 symbols', async () => {
    const { ws, read } = fakeWorkspace(1500);
    expect(await workspaceSymbols(ws, '', { isCancellationRequested: false })).toHaveLength(2000);
    expect(read()).toBe(1000);
  });

  it('stops at its next turn when cancelled between two batches of briefs', async () => {
    const { ws, read } = fakeWorkspace(BRIEFS_PER_TURN * 3);
    const token = { isCancellationRequested: false };
    afterTurns(2, () => (token.isCancellationRequested = true));
    await expect(workspaceSymbols(ws, 'nothing-matches', token)).rejects.toMatchObject({ code: -32800 });
    expect(read()).toBe(BRIEFS_PER_TURN);
  });
});
