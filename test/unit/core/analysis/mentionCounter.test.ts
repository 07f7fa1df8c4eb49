import { describe, expect, it } from 'vitest';
import { MentionCounter } from '../../../../server/src/core/analysis/mentionCounter';
import { teamGlossary } from '../../helpers';

describe('MentionCounter', () => {
  it('counts per entry, concepts before actors, each in the order of its first mention, with the entry’s layer', () => {
    const counter = new MentionCounter(teamGlossary());
    for (const [kind, id] of [['actor', 'openai'], ['concept', 'compute'], ['actor', 'nvidia'], ['concept', 'ai-factory'], ['actor', 'openai'], ['concept', 'compute'], ['concept', 'compute']] as const) counter.add(kind, id);
    expect(counter.result()).toEqual([
      { kind: 'concept', id: 'compute', layer: 'infrastructure', count: 3 },
      { kind: 'concept', id: 'ai-factory', layer: 'infrastructure', count: 1 },
      { kind: 'actor', id: 'openai', layer: 'models', count: 2 },
      { kind: 'actor', id: 'nvidia', layer: 'infrastructure', count: 1 },
    ]);
  });

  it('adds counts of several mentions at once, and keeps ids the glossary does not have as cross-cutting', () => {
    const counter = new MentionCounter(teamGlossary());
    counter.add('concept', 'compute', 4);
    counter.add('concept', 'compute');
    counter.add('concept', 'no-such-entry', 2);
    counter.add('concept', 'no-such-entry', 3);
    // An actor id under the concept kind is not that actor.
    counter.add('concept', 'openai');
    expect(counter.result()).toEqual([
      { kind: 'concept', id: 'compute', layer: 'infrastructure', count: 5 },
      { kind: 'concept', id: 'no-such-entry', layer: 'cross-cutting', count: 5 },
      { kind: 'concept', id: 'openai', layer: 'cross-cutting', count: 1 },
    ]);
  });

  it('starts from nothing in each counter of the same glossary', () => {
    const first = new MentionCounter(teamGlossary());
    first.add('actor', 'nvidia');
    expect(new MentionCounter(teamGlossary()).result()).toEqual([]);
    expect(first.result()).toEqual([{ kind: 'actor', id: 'nvidia', layer: 'infrastructure', count: 1 }]);
  });
});
