import { describe, expect, it } from 'vitest';
import { plural, summarizeNodes, uniqueIds, type TreeNode } from '../../../../client/src/views/TreeNode';
import { isBriefDocument, parseScope } from '../../../../client/src/views/scope';

describe('summarizeNodes', () => {
  it('keeps labels and descriptions of the top two levels only', () => {
    const nodes: TreeNode[] = [
      { id: 'a', label: 'A', description: 'one', contextValue: 'x', children: [{ id: 'a/b', label: 'B', contextValue: 'y', children: [{ id: 'a/b/c', label: 'C', contextValue: 'z' }] }] },
      { id: 'd', label: 'D', contextValue: 'x' },
    ];
    expect(summarizeNodes(nodes)).toEqual([
      { label: 'A', description: 'one', children: [{ label: 'B' }] },
      { label: 'D', children: [] },
    ]);
  });
});

describe('uniqueIds', () => {
  it('suffixes repeats', () => {
    const unique = uniqueIds();
    expect(['x', 'y', 'x', 'x'].map(unique)).toEqual(['x', 'y', 'x~1', 'x~2']);
  });
});

describe('plural', () => {
  it('counts nouns', () => {
    expect([plural(0, 'claim'), plural(1, 'claim'), plural(2, 'claim')]).toEqual(['0 claims', '1 claim', '2 claims']);
  });
});

describe('scope', () => {
  it('defaults to the brief', () => {
    expect([parseScope('workspace'), parseScope('brief'), parseScope(undefined), parseScope(3)]).toEqual(['workspace', 'brief', 'brief', 'brief']);
  });

  it('takes Markdown files and unsaved Markdown as briefs, nothing else', () => {
    expect(isBriefDocument({ languageId: 'markdown', uri: { scheme: 'file' } })).toBe(true);
    expect(isBriefDocument({ languageId: 'markdown', uri: { scheme: 'untitled' } })).toBe(true);
    expect(isBriefDocument({ languageId: 'markdown', uri: { scheme: 'git' } })).toBe(false);
    // A remote or virtual workspace folder's own scheme.
    expect(isBriefDocument({ languageId: 'markdown', uri: { scheme: 'vscode-vfs' } })).toBe(false);
    expect(isBriefDocument({ languageId: 'markdown', uri: { scheme: 'vscode-vfs' } }, ['vscode-vfs'])).toBe(true);
    expect(isBriefDocument({ languageId: 'yaml', uri: { scheme: 'file' } })).toBe(false);
  });
});
