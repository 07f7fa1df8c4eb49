import { describe, expect, it } from 'vitest';
import type { SummaryResult } from '../../../../server/src/protocol';
import { layerLabels, layerNodes } from '../../../../client/src/views/layerNodes';
import { summarizeNodes } from '../../../../client/src/views/TreeNode';
import { BRIEF, claim, emptySummary, layer } from './claimFixture';

const summary: SummaryResult = {
  layers: [
    layer('infrastructure', 'Infrastructure', {
      concepts: [
        { id: 'compute', label: 'compute', count: 3 },
        { id: 'data-centre', label: 'data centre', count: 1 },
      ],
      actors: [{ id: 'nvidia', label: 'Nvidia', count: 2 }],
      claims: { total: 1, unchecked: 1, verified: 0, disputed: 0, retracted: 0, stale: 0 },
    }),
    layer('models', 'Models', {
      claims: { total: 3, unchecked: 1, verified: 1, disputed: 0, retracted: 0, stale: 1 },
      claimKinds: { factual: 2, statistical: 0, predictive: 0, normative: 1 },
      claimKindSources: { explicit: 2, inferred: 1, none: 0 },
    }),
    layer('economic-value', 'Economic value'),
    layer('cross-cutting', 'Cross-cutting', { actors: [{ id: 'europe', label: 'Europe', count: 1 }] }),
  ],
};

const claims = [
  claim(7, { layer: 'models', status: 'verified' }),
  claim(2, { layer: 'models' }),
  claim(4, { layer: 'infrastructure' }),
  claim(9, { layer: 'models', status: 'stale' }),
];

describe('layerNodes', () => {
  it('lists every layer in the summary order, with counts, and an empty layer as a gap', () => {
    expect(summarizeNodes(layerNodes(summary, claims, 'brief'))).toEqual([
      {
        label: 'Infrastructure',
        description: '2 concepts · 1 actor · 1 claim',
        children: [{ label: 'Concepts (2)' }, { label: 'Actors (1)' }, { label: 'Claims (1)', description: '1 unchecked' }],
      },
      { label: 'Models', description: '3 claims', children: [{ label: 'Claims (3)', description: '1 unchecked · 1 stale · 1 verified' }] },
      { label: 'Economic value', description: 'nothing yet — a gap', children: [] },
      { label: 'Cross-cutting', description: '1 actor', children: [{ label: 'Actors (1)' }] },
    ]);
  });

  it('marks a gap with its own icon and context value, and no children', () => {
    const [, , gap, full] = layerNodes(summary, claims, 'brief');
    expect(gap).toMatchObject({ id: 'layer/economic-value', contextValue: 'layer.gap', icon: { id: 'warning' } });
    expect(gap!.children).toBeUndefined();
    expect(full).toMatchObject({ contextValue: 'layer', icon: { id: 'layers' }, expanded: true });
  });

  it('makes concept and actor rows that reveal their first mention', () => {
    const [infra] = layerNodes(summary, claims, 'brief');
    const [concepts, actors] = infra!.children!;
    expect(concepts!.children!.map((n) => [n.label, n.description])).toEqual([
      ['compute', '3 mentions'],
      ['data centre', '1 mention'],
    ]);
    expect(actors!.children![0]).toMatchObject({
      id: 'layer/infrastructure/actors/nvidia',
      contextValue: 'actor',
      command: { command: 'briefmark.revealMention', arguments: [{ kind: 'actor', id: 'nvidia' }] },
    });
  });

  it('lists a layer’s claims in document order, each opening the claim', () => {
    const models = layerNodes(summary, claims, 'brief')[1]!;
    const rows = models.children![0]!.children!;
    expect(rows.map((n) => [n.label, n.description, n.contextValue])).toEqual([
      ['Claim on line 2  #c2', 'unchecked', 'claim.unchecked'],
      ['Claim on line 7  #c7', 'verified', 'claim.verified'],
      ['Claim on line 9  #c9', 'stale', 'claim.stale'],
    ]);
    expect(rows[0]!.command).toEqual({ command: 'briefmark.openClaim', title: 'Open Claim', arguments: [claims[1]] });
  });

  it('counts a layer’s claims by status and by kind in its tooltip, and says how many kinds were inferred', () => {
    const [infra, models] = layerNodes(summary, claims, 'brief');
    expect(models!.tooltip).toEqual({
      title: 'Models',
      fields: [
        ['Claims', '3 — 1 unchecked · 1 stale · 1 verified'],
        ['Kinds', '2 factual · 1 normative (1 inferred)'],
      ],
    });
    expect(models!.children![0]!.tooltip).toEqual({ title: 'Claims in Models', fields: models!.tooltip!.fields });
    // No kind counted: no Kinds line.
    expect(infra!.tooltip).toEqual({
      title: 'Infrastructure',
      fields: [
        ['Concepts', '2 (4 mentions)'],
        ['Actors', '1 (2 mentions)'],
        ['Claims', '1 — 1 unchecked'],
      ],
    });
  });

  it('counts a claim of a layer the summary does not list in its last layer, as the summary does', () => {
    const withUnknown = { layers: [layer('models', 'Models'), layer('cross-cutting', 'Cross-cutting', { claims: { total: 1, unchecked: 1, verified: 0, disputed: 0, retracted: 0, stale: 0 } })] };
    const nodes = layerNodes(withUnknown, [claim(1, { layer: 'gone' })], 'brief');
    expect(nodes[1]!.children![0]!.children!.map((n) => n.claim?.id)).toEqual(['c1']);
  });

  it('shows the gaps of an empty brief, but nothing for an empty workspace (the welcome shows)', () => {
    expect(layerNodes(emptySummary(), [], 'brief').map((n) => n.description)).toEqual(Array(4).fill('nothing yet — a gap'));
    expect(layerNodes(emptySummary(), [], 'workspace')).toEqual([]);
    expect(layerNodes(summary, claims, 'workspace')).toHaveLength(4);
  });

  it('gives two claims with the same id distinct tree ids', () => {
    const twins = [claim(1, { id: 'same' }), claim(2, { id: 'same' })];
    const models = layerNodes({ layers: [layer('models', 'Models', { claims: { total: 2, unchecked: 2, verified: 0, disputed: 0, retracted: 0, stale: 0 } })] }, twins, 'brief')[0]!;
    const ids = models.children![0]!.children!.map((n) => n.id);
    expect(ids).toEqual([`layer/models/claims/${BRIEF}#same`, `layer/models/claims/${BRIEF}#same~1`]);
  });
});

describe('layerLabels', () => {
  it('maps layer ids to labels', () => {
    expect(layerLabels(summary).get('economic-value')).toBe('Economic value');
  });
});
