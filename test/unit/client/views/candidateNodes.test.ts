import { describe, expect, it } from 'vitest';
import type { CandidateItem } from '../../../../server/src/protocol';
import { candidateGroup } from '../../../../client/src/views/candidateNodes';
import { summarizeNodes } from '../../../../client/src/views/TreeNode';

const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 30 } };
const NCA: CandidateItem = { label: 'Northbridge Compute Agency', aliases: ['NCA'], kind: 'actor', type: 'institution', count: 4, range };
const ICS: CandidateItem = { label: 'integrated circuits', aliases: ['ICs'], kind: 'concept', count: 1 };

describe('candidateGroup', () => {
  it('shows no group when every name is in the glossary', () => {
    expect(candidateGroup([], 'file:///b.md')).toBeUndefined();
  });

  it('lists each name with its guessed type and count, under a group that counts names and mentions', () => {
    const group = candidateGroup([NCA, ICS], 'file:///b.md')!;
    expect(summarizeNodes([group])).toEqual([
      {
        label: 'Not in the glossary (2)',
        description: '5 mentions',
        children: [
          { label: 'Northbridge Compute Agency', description: 'institution · 4×' },
          { label: 'integrated circuits', description: 'concept · 1×' },
        ],
      },
    ]);
    expect(group.contextValue).toBe('glossaryCandidates');
    expect(group.children!.map((c) => c.contextValue)).toEqual(['glossaryCandidate', 'glossaryCandidate']);
  });

  it('carries the name and its brief for the add action, and reveals the first mention when it is known', () => {
    const [nca, ics] = candidateGroup([NCA, ICS], 'file:///b.md')!.children!;
    expect(nca!.candidate).toEqual({ item: NCA, uri: 'file:///b.md' });
    expect(nca!.command).toEqual({ command: 'briefmark.revealCandidate', title: 'Show First Mention', arguments: ['file:///b.md', range] });
    expect(ics!.command).toBeUndefined();
    expect(nca!.tooltip).toEqual({ title: 'Northbridge Compute Agency', fields: [['Kind', 'actor (institution, guessed)'], ['Also written', 'NCA'], ['Mentions', '4']] });
  });
});
