import { describe, expect, it } from 'vitest';
import { summarizeLayers, type SummaryInput } from '../../../../server/src/core/summary/summarizeLayers';
import { makeGlossary, teamGlossary } from '../../helpers';

const empty = { total: 0, unchecked: 0, verified: 0, disputed: 0, retracted: 0, stale: 0 };

describe('summarizeLayers', () => {
  it('lists every layer, empty ones too, cross-cutting last', () => {
    const summary = summarizeLayers(teamGlossary(), []);
    expect(summary.layers).toEqual(
      ['infrastructure', 'models', 'economic-value', 'cross-cutting'].map((id) => ({
        id,
        label: { infrastructure: 'Infrastructure', models: 'Models', 'economic-value': 'Economic value', 'cross-cutting': 'Cross-cutting' }[id],
        concepts: [],
        actors: [],
        claims: empty,
        claimLayerSources: { explicit: 0, inferred: 0, none: 0 },
        claimKinds: { factual: 0, statistical: 0, predictive: 0, normative: 0 },
        claimKindSources: { explicit: 0, inferred: 0, none: 0 },
      })),
    );
  });

  it('counts mentions per entry, most frequent first then by label, over several briefs', () => {
    const a: SummaryInput = {
      mentions: [
        { kind: 'actor', id: 'nvidia', layer: 'infrastructure' },
        { kind: 'concept', id: 'data-centre', layer: 'infrastructure' },
        { kind: 'concept', id: 'compute', layer: 'infrastructure' },
        { kind: 'concept', id: 'compute', layer: 'infrastructure' },
        { kind: 'actor', id: 'europe', layer: 'cross-cutting' },
      ],
      claims: [],
    };
    const b: SummaryInput = {
      mentions: [
        { kind: 'concept', id: 'data-centre', layer: 'infrastructure' },
        { kind: 'concept', id: 'ai-factory', layer: 'infrastructure' },
      ],
      claims: [],
    };
    const infra = summarizeLayers(teamGlossary(), [a, b]).layers[0]!;
    expect(infra.concepts).toEqual([
      { id: 'compute', label: 'compute', count: 2 },
      { id: 'data-centre', label: 'data centre', count: 2 },
      { id: 'ai-factory', label: 'AI factory', count: 1 },
    ]);
    expect(infra.actors).toEqual([{ id: 'nvidia', label: 'Nvidia', count: 1 }]);
    expect(summarizeLayers(teamGlossary(), [a, b]).layers[3]!.actors).toEqual([{ id: 'europe', label: 'Europe', count: 1 }]);
  });

  it('adds an item\'s count (a digest\'s per-entry counts) and mixes with one item per mention', () => {
    const digest: SummaryInput = {
      mentions: [
        { kind: 'concept', id: 'compute', layer: 'infrastructure', count: 5 },
        { kind: 'concept', id: 'data-centre', layer: 'infrastructure', count: 1 },
        { kind: 'actor', id: 'nvidia', layer: 'infrastructure', count: 3 },
        { kind: 'actor', id: 'europe', layer: 'cross-cutting', count: 2 },
      ],
      claims: [],
    };
    const perMention: SummaryInput = {
      mentions: [
        { kind: 'concept', id: 'data-centre', layer: 'infrastructure' },
        { kind: 'concept', id: 'data-centre', layer: 'infrastructure' },
        { kind: 'actor', id: 'europe', layer: 'cross-cutting', count: undefined },
      ],
      claims: [],
    };
    const summary = summarizeLayers(teamGlossary(), [digest, perMention]);
    expect(summary.layers[0]!.concepts).toEqual([
      { id: 'compute', label: 'compute', count: 5 },
      { id: 'data-centre', label: 'data centre', count: 3 },
    ]);
    expect(summary.layers[0]!.actors).toEqual([{ id: 'nvidia', label: 'Nvidia', count: 3 }]);
    expect(summary.layers[3]!.actors).toEqual([{ id: 'europe', label: 'Europe', count: 3 }]);
    // The same as writing every mention out.
    const expanded: SummaryInput = { mentions: digest.mentions.flatMap((m) => Array.from({ length: m.count! }, () => ({ kind: m.kind, id: m.id, layer: m.layer }))), claims: [] };
    expect(summarizeLayers(teamGlossary(), [digest])).toEqual(summarizeLayers(teamGlossary(), [expanded]));
  });

  it('counts claims per status and per layer source', () => {
    const brief: SummaryInput = {
      mentions: [],
      claims: [
        { layer: 'models', status: 'verified', layerSource: 'explicit' },
        { layer: 'models', status: 'stale', layerSource: 'inferred' },
        { layer: 'models', status: 'unchecked', layerSource: 'inferred' },
        { layer: 'cross-cutting', status: 'disputed', layerSource: 'none' },
        { layer: 'cross-cutting', status: 'retracted', layerSource: 'explicit' },
      ],
    };
    const [, models, economic, cross] = summarizeLayers(teamGlossary(), [brief]).layers;
    expect(models!.claims).toEqual({ total: 3, unchecked: 1, verified: 1, disputed: 0, retracted: 0, stale: 1 });
    expect(models!.claimLayerSources).toEqual({ explicit: 1, inferred: 2, none: 0 });
    expect(economic!.claims).toEqual(empty);
    expect(cross!.claims).toEqual({ total: 2, unchecked: 0, verified: 0, disputed: 1, retracted: 1, stale: 0 });
  });

  it('counts claims per kind and per kind source', () => {
    const brief: SummaryInput = {
      mentions: [],
      claims: [
        { layer: 'models', status: 'verified', layerSource: 'explicit', kind: 'normative', kindSource: 'explicit' },
        { layer: 'models', status: 'unchecked', layerSource: 'inferred', kind: 'normative', kindSource: 'inferred', count: 2 },
        { layer: 'models', status: 'unchecked', layerSource: 'inferred', kind: 'predictive', kindSource: 'inferred' },
        { layer: 'models', status: 'unchecked', layerSource: 'none', kind: null },
      ],
    };
    const models = summarizeLayers(teamGlossary(), [brief]).layers[1]!;
    expect(models.claimKinds).toEqual({ factual: 0, statistical: 0, predictive: 1, normative: 3 });
    expect(models.claimKindSources).toEqual({ explicit: 1, inferred: 3, none: 1 });
  });

  it('puts an unknown layer under cross-cutting and an unknown id under its own id', () => {
    const brief: SummaryInput = { mentions: [{ kind: 'concept', id: 'gone', layer: 'nowhere' }], claims: [{ layer: 'nowhere', status: 'unchecked', layerSource: 'explicit' }] };
    const cross = summarizeLayers(teamGlossary(), [brief]).layers[3]!;
    expect(cross.concepts).toEqual([{ id: 'gone', label: 'gone', count: 1 }]);
    expect(cross.claims.total).toBe(1);
  });

  it('follows the glossary\'s own layers', () => {
    const glossary = makeGlossary('version: 1\nlayers:\n  - id: ethics\n    label: Ethics\n');
    expect(summarizeLayers(glossary, []).layers.map((l) => [l.id, l.label])).toEqual([
      ['ethics', 'Ethics'],
      ['cross-cutting', 'Cross-cutting'],
    ]);
  });
});
