import { describe, expect, it } from 'vitest';
import { entryLayers, mentionLayers } from '../../../server/src/core/entryLayers';
import { builtinGlossary } from '../helpers';

describe('entryLayers and mentionLayers', () => {
  const glossary = builtinGlossary();
  const index = (layer: string) => glossary.layers.findIndex((l) => l.id === layer);

  it("give each entry its layer's index, by entry and by id alike", () => {
    const byEntry = entryLayers(glossary);
    expect(byEntry).toHaveLength(glossary.entries.length);
    const byId = mentionLayers(glossary, glossary.entries);
    glossary.entries.forEach((entry, i) => {
      expect(byEntry[i]).toBe(index(entry.layer));
      expect(byId[i]).toBe(byEntry[i]);
    });
    // Every layer is someone's, the first one included (index 0 is not "unknown").
    expect(new Set(byEntry)).toEqual(new Set(glossary.layers.map((_, i) => i)));
  });

  it('count an id the glossary does not know as cross-cutting, the last layer', () => {
    expect(glossary.layers[glossary.layers.length - 1]!.id).toBe('cross-cutting');
    expect(mentionLayers(glossary, [{ kind: 'concept', id: 'no-such-concept' }, { kind: 'actor', id: 'compute' }])).toEqual([glossary.layers.length - 1, glossary.layers.length - 1]);
  });
});
