import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, layerChoices } from '../../../../client/src/commands/glossaryEntryChoices';
import { actorTypes } from '../../../../server/src/core/glossary/glossarySchema';

describe('glossary entry choices', () => {
  it('offers the schema’s actor types', () => {
    expect(ACTOR_TYPES).toEqual(actorTypes);
  });

  it('offers the glossary’s layers, then cross-cutting as no layer, once', () => {
    const choices = layerChoices([
      { id: 'infrastructure', label: 'Infrastructure', description: 'Compute and data.' },
      { id: 'models', label: 'Models', description: '' },
      { id: 'cross-cutting', label: 'Cross-cutting', description: '' },
    ]);
    expect(choices.map((c) => [c.label, c.layer, c.detail])).toEqual([
      ['Infrastructure', 'infrastructure', 'Compute and data.'],
      ['Models', 'models', undefined],
      ['Cross-cutting', undefined, 'Belongs to no single layer.'],
    ]);
  });
});
