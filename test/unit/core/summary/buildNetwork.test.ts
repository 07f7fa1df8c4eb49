import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../server/src/core/analysis/analyzeDocument';
import { buildNetwork, type NetworkClaim } from '../../../../server/src/core/summary/buildNetwork';
import { resolveBrief } from '../../../../server/src/core/analysis/resolveBrief';
import { teamGlossary } from '../../helpers';

/** The claims of a brief, with the concepts mentioned inside each, as the CLI passes them. */
function claimsOf(path: string, text: string): NetworkClaim[] {
  const report = resolveBrief(path, analyzeDocument(text, teamGlossary()), undefined);
  return report.claims.map((claim) => ({
    path,
    claim,
    concepts: report.mentions.filter((m) => m.kind === 'concept' && m.range.start.line === claim.range.start.line && m.range.start.character >= claim.range.start.character && m.range.end.character <= claim.range.end.character).map((m) => m.id),
  }));
}

const A = `[Open-weight models and data centres matter]{.claim #a1 actor=mistral-ai stance=pro}

[We need data centres, many data centres]{.claim #a2 actor=mistral-ai stance=pro}

[Regulate compute]{.claim #a3 actor=openai about=compute,foundation-model stance=con}

[Nobody says this about compute]{.claim #a4}

[No stance on compute]{.claim actor=nvidia}
`;

describe('buildNetwork', () => {
  it('links actors to the concepts their claims are about, weighted by claims, per stance', () => {
    const network = buildNetwork(teamGlossary(), claimsOf('a.md', A));
    expect(network.nodes).toEqual([
      { id: 'actor:mistral-ai', kind: 'actor', label: 'Mistral AI', layer: 'models', type: 'company' },
      { id: 'concept:open-weight-model', kind: 'concept', label: 'open-weight model', layer: 'models', type: 'concept' },
      { id: 'concept:data-centre', kind: 'concept', label: 'data centre', layer: 'infrastructure', type: 'concept' },
      { id: 'actor:openai', kind: 'actor', label: 'OpenAI', layer: 'models', type: 'company' },
      { id: 'concept:compute', kind: 'concept', label: 'compute', layer: 'infrastructure', type: 'concept' },
      { id: 'concept:foundation-model', kind: 'concept', label: 'foundation model', layer: 'models', type: 'concept' },
      { id: 'actor:nvidia', kind: 'actor', label: 'Nvidia', layer: 'infrastructure', type: 'company' },
    ]);
    expect(network.edges).toEqual([
      { source: 'actor:mistral-ai', target: 'concept:open-weight-model', stance: 'pro', weight: 1, claims: ['a.md#a1'] },
      { source: 'actor:mistral-ai', target: 'concept:data-centre', stance: 'pro', weight: 2, claims: ['a.md#a1', 'a.md#a2'] },
      { source: 'actor:openai', target: 'concept:compute', stance: 'con', weight: 1, claims: ['a.md#a3'] },
      { source: 'actor:openai', target: 'concept:foundation-model', stance: 'con', weight: 1, claims: ['a.md#a3'] },
      { source: 'actor:nvidia', target: 'concept:compute', stance: 'neutral', weight: 1, claims: ['a.md'] },
    ]);
  });

  it('is empty without claims that have an actor', () => {
    expect(buildNetwork(teamGlossary(), claimsOf('b.md', '[Compute grows]{.claim #x about=compute}'))).toEqual({ nodes: [], edges: [] });
  });
});
