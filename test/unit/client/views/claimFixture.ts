// Claims and summaries as the server sends them, for the client's pure-function tests.
import type { ClaimItem, SummaryResult } from '../../../../server/src/protocol';
import type { LayerSummary } from '../../../../server/src/core/summary/summarizeLayers';

export const BRIEF = 'file:///work/briefs/compute%20brief.md';
export const OTHER = 'file:///work/briefs/other.md';

/** A claim on `line` (columns 10–40, its span 9–60), unchecked unless told otherwise. */
export function claim(line: number, overrides: Partial<ClaimItem> = {}): ClaimItem {
  return {
    uri: BRIEF,
    id: `c${line}`,
    text: `Claim on line ${line}`,
    layer: 'models',
    layerSource: 'explicit',
    kind: null,
    kindSource: 'none',
    actor: null,
    about: [],
    stance: null,
    sources: [],
    status: 'unchecked',
    range: { start: { line, character: 10 }, end: { line, character: 40 } },
    spanRange: { start: { line, character: 9 }, end: { line, character: 60 } },
    idRange: { start: { line, character: 50 }, end: { line, character: 53 } },
    ...overrides,
  };
}

export function layer(id: string, label: string, fill: Partial<LayerSummary> = {}): LayerSummary {
  return {
    id,
    label,
    concepts: [],
    actors: [],
    claims: { total: 0, unchecked: 0, verified: 0, disputed: 0, retracted: 0, stale: 0 },
    claimLayerSources: { explicit: 0, inferred: 0, none: 0 },
    claimKinds: { factual: 0, statistical: 0, predictive: 0, normative: 0 },
    claimKindSources: { explicit: 0, inferred: 0, none: 0 },
    ...fill,
  };
}

/** The four built-in layers, all empty. */
export function emptySummary(): SummaryResult {
  return { layers: [layer('infrastructure', 'Infrastructure'), layer('models', 'Models'), layer('economic-value', 'Economic value'), layer('cross-cutting', 'Cross-cutting')] };
}
