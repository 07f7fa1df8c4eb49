import { describe, expect, it } from 'vitest';
import type { GlossaryItem, GlossaryResult } from '../../../../server/src/protocol';
import { glossaryGroups } from '../../../../client/src/views/glossaryGroups';
import { summarizeNodes } from '../../../../client/src/views/TreeNode';

function entry(kind: GlossaryItem['kind'], id: string, label: string, layer: string, more: Partial<GlossaryItem> = {}): GlossaryItem {
  return { kind, id, label, aliases: [], layer, definition: '', ...more };
}

const location = { uri: 'file:///work/team.glossary.yaml', range: { start: { line: 4, character: 2 }, end: { line: 9, character: 0 } } };

const glossary: GlossaryResult = {
  layers: [
    { id: 'infrastructure', label: 'Infrastructure', description: '' },
    { id: 'models', label: 'Models', description: '' },
    { id: 'economic-value', label: 'Economic value', description: '' },
  ],
  entries: [
    entry('concept', 'strategic-autonomy', 'Strategic autonomy', 'cross-cutting', { definition: 'Acting on *own* <choices>.', aliases: ['autonomie stratégique'], location }),
    entry('concept', 'data-centre', 'data centre', 'infrastructure'),
    entry('concept', 'compute', 'compute', 'infrastructure'),
    entry('actor', 'mistral-ai', 'Mistral AI', 'models', { type: 'company', country: 'FR', definition: 'A French lab.' }),
    entry('concept', 'odd', 'Odd one', 'unknown-layer'),
  ],
};

describe('glossaryGroups', () => {
  it('groups entries by kind, then by layer in the glossary order, cross-cutting after the layers', () => {
    expect(summarizeNodes(glossaryGroups(glossary))).toEqual([
      {
        label: 'Concepts (4)',
        children: [
          { label: 'Infrastructure', description: '2' },
          { label: 'Cross-cutting', description: '1' },
          { label: 'unknown-layer', description: '1' },
        ],
      },
      { label: 'Actors (1)', children: [{ label: 'Models', description: '1' }] },
    ]);
  });

  it('lists entries by label with their id, definition tooltip and a command to open their location', () => {
    const [concepts] = glossaryGroups(glossary);
    const [infrastructure, crossCutting] = concepts!.children!;
    expect(infrastructure!.children!.map((n) => [n.label, n.description])).toEqual([
      ['compute', 'compute'],
      ['data centre', 'data-centre'],
    ]);
    const autonomy = crossCutting!.children![0]!;
    expect(autonomy).toMatchObject({
      id: 'glossary/concept/cross-cutting/strategic-autonomy',
      contextValue: 'glossaryEntry.concept',
      tooltip: { title: 'Strategic autonomy', fields: [['Definition', 'Acting on *own* <choices>.'], ['Aliases', 'autonomie stratégique']] },
      command: { command: 'briefmark.openGlossaryEntry', arguments: [glossary.entries[0]] },
    });
    expect(infrastructure!.children![0]!.command).toBeUndefined();
    expect(infrastructure!.children![0]!.tooltip!.fields[0]).toEqual(['Definition', 'None yet: write one in the team glossary.']);
  });

  it('describes actors with type and country', () => {
    const actor = glossaryGroups(glossary)[1]!.children![0]!.children![0]!;
    expect(actor.tooltip!.fields).toEqual([
      ['Description', 'A French lab.'],
      ['Type', 'company'],
      ['Country', 'FR'],
    ]);
  });

  it('has no nodes for an empty glossary', () => {
    expect(glossaryGroups({ layers: glossary.layers, entries: [] })).toEqual([]);
  });
});
