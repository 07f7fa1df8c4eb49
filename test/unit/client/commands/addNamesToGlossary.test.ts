import { describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => ({}));
const { entriesToAdd, nameChoices } = await import('../../../../client/src/commands/addNamesToGlossary');

const NCA = { label: 'Northbridge Compute Agency', aliases: ['NCA'], kind: 'actor' as const, type: 'institution' as const, count: 4 };
const ICS = { label: 'integrated circuits', aliases: [], kind: 'concept' as const, count: 1 };

describe('addNamesToGlossary', () => {
  it('shows each name with its kind, type, count and other wording', () => {
    expect(nameChoices([NCA, ICS]).map(({ label, description, detail }) => ({ label, description, detail }))).toEqual([
      { label: 'Northbridge Compute Agency', description: 'actor · institution · 4×', detail: 'also NCA' },
      { label: 'integrated circuits', description: 'concept · 1×', detail: undefined },
    ]);
  });

  it('asks the server for one entry per picked name, with aliases and type only when known', () => {
    expect(entriesToAdd('file:///b.md', [NCA, ICS])).toEqual({
      uri: 'file:///b.md',
      entries: [
        { term: 'Northbridge Compute Agency', kind: 'actor', type: 'institution', aliases: ['NCA'] },
        { term: 'integrated circuits', kind: 'concept' },
      ],
    });
  });
});
