import { describe, expect, it } from 'vitest';
import { SymbolKind } from 'vscode-languageserver';
import { workspaceSymbols, type NavigationWorkspace } from '../../../../server/src/lsp/features/navigation';
import { BRIEFS_PER_TURN } from '../../../../server/src/lsp/nextTurn';
import { afterTurns, CLAIM_RANGE, fakeBriefs } from './fakeBriefs';

// Workspace symbols decode each indexed brief's claims: the request takes a turn of the event
// loop now and then, so that the cancel an editor sends at the next key is read, and stops
// decoding once it has all the symbols it answers. A fake workspace with no glossary entries.

function fakeWorkspace(count: number): { ws: NavigationWorkspace; read: () => number } {
  const { briefs, read } = fakeBriefs(count, (i) => [`grid-${i}`, `chips-${i}`]);
  const looseFolder = { glossary: { entries: [] } };
  const ws = { folders: [], documents: new Map(), looseFolder, folderFor: () => looseFolder, settled: async () => undefined, briefs: () => briefs, uriOf: (path: string) => path } as unknown as NavigationWorkspace;
  return { ws, read };
}

describe('workspaceSymbols, on claims', () => {
  it('lists the claims whose id matches, each at its id', async () => {
    const { ws } = fakeWorkspace(3);
    expect(await workspaceSymbols(ws, 'grid', { isCancellationRequested: false })).toEqual(
      [0, 1, 2].map((i) => ({ name: `#grid-${i}`, kind: SymbolKind.Event, containerName: 'claim · unchecked', location: { uri: `memfs:/w/brief-${i}.md`, range: CLAIM_RANGE } })),
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
