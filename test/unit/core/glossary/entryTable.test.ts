import { describe, expect, it } from 'vitest';
import { entryTable, mentionLayers } from '../../../../server/src/core/glossary/entryTable';
import { builtinGlossary } from '../../helpers';

describe('entryTable and mentionLayers', () => {
  const glossary = builtinGlossary();
  const index = (layer: string) => glossary.layers.findIndex((l) => l.id === layer);

  it("give each entry its kind, id and layer's index, by entry and by id alike", () => {
    const table = entryTable(glossary);
    expect(table.layers).toHaveLength(glossary.entries.length);
    const byId = mentionLayers(glossary, glossary.entries);
    glossary.entries.forEach((entry, i) => {
      expect(table.kinds[i]).toBe(entry.kind);
      expect(table.ids[i]).toBe(entry.id);
      expect(table.layers[i]).toBe(index(entry.layer));
      expect(byId[i]).toBe(table.layers[i]);
    });
    // Every layer is someone's, the first one included (index 0 is not "unknown").
    expect(new Set(table.layers)).toEqual(new Set(glossary.layers.map((_, i) => i)));
    expect(new Set(table.kinds)).toEqual(new Set(['concept', 'actor']));
  });

  it('count an id the glossary does not know as cross-cutting, the last layer', () => {
    expect(glossary.layers[glossary.layers.length - 1]!.id).toBe('cross-cutting');
    expect(mentionLayers(glossary, [{ kind: 'concept', id: 'no-such-concept' }, { kind: 'actor', id: 'compute' }])).toEqual([glossary.layers.length - 1, glossary.layers.length - 1]);
  });
});
