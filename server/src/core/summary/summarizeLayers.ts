import type { Glossary } from '../glossary/buildGlossary';
import { CLAIM_KINDS, type ClaimKind, type ClaimStatus, type KindSource, type LayerSource } from '../types';
import { byCountThenLabel } from '../text/compareLabels';

// Per layer: which concepts and actors a brief (or a set of briefs) invokes, and its claims by
// status. Empty layers are listed too, so a writer sees the gap.

export interface ClaimCounts {
  total: number;
  unchecked: number;
  verified: number;
  disputed: number;
  retracted: number;
  stale: number;
}

export interface EntryCount {
  id: string;
  label: string;
  count: number;
}

export interface LayerSummary {
  id: string;
  label: string;
  concepts: EntryCount[];
  actors: EntryCount[];
  claims: ClaimCounts;
  /** How the claims got this layer: `layer=` (explicit) or from their mentions (inferred). */
  claimLayerSources: Record<LayerSource, number>;
  /** The claims per kind, written (`kind=`) or inferred. */
  claimKinds: Record<ClaimKind, number>;
  /** How the claims got their kind. */
  claimKindSources: Record<KindSource, number>;
}

export interface Summary {
  layers: LayerSummary[];
}

export interface SummaryInput {
  /** One item per mention, or per entry with its `count`. */
  mentions: ReadonlyArray<{ kind: 'concept' | 'actor'; id: string; layer: string; count?: number }>;
  /** One item per claim, or per kind of claim with its `count`. */
  claims: ReadonlyArray<{ layer: string; status: ClaimStatus; layerSource: LayerSource; kind?: string | null; kindSource?: KindSource; count?: number }>;
}

export function summarizeLayers(glossary: Glossary, briefs: readonly SummaryInput[]): Summary {
  const layers = new Map<string, { summary: LayerSummary; concepts: Map<string, number>; actors: Map<string, number> }>();
  for (const layer of glossary.layers) {
    layers.set(layer.id, {
      summary: { id: layer.id, label: layer.label, concepts: [], actors: [], claims: emptyCounts(), claimLayerSources: { explicit: 0, inferred: 0, none: 0 }, claimKinds: emptyKinds(), claimKindSources: { explicit: 0, inferred: 0, none: 0 } },
      concepts: new Map(),
      actors: new Map(),
    });
  }
  const fallback = layers.get(glossary.layers[glossary.layers.length - 1]!.id)!;
  for (const brief of briefs) {
    for (const m of brief.mentions) {
      const bucket = layers.get(m.layer) ?? fallback;
      const counts = m.kind === 'concept' ? bucket.concepts : bucket.actors;
      counts.set(m.id, (counts.get(m.id) ?? 0) + (m.count ?? 1));
    }
    for (const c of brief.claims) {
      const bucket = layers.get(c.layer) ?? fallback;
      const n = c.count ?? 1;
      bucket.summary.claims.total += n;
      bucket.summary.claims[c.status] += n;
      bucket.summary.claimLayerSources[c.layerSource] += n;
      if (c.kind && c.kind in bucket.summary.claimKinds) bucket.summary.claimKinds[c.kind as ClaimKind] += n;
      bucket.summary.claimKindSources[c.kindSource ?? (c.kind ? 'explicit' : 'none')] += n;
    }
  }
  const label = (kind: 'concept' | 'actor', id: string) => (kind === 'concept' ? glossary.concepts : glossary.actors).get(id)?.label ?? id;
  const sorted = (kind: 'concept' | 'actor', counts: Map<string, number>): EntryCount[] =>
    [...counts]
      .map(([id, count]) => ({ id, label: label(kind, id), count }))
      .sort(byCountThenLabel);
  return {
    layers: [...layers.values()].map(({ summary, concepts, actors }) => ({
      ...summary,
      concepts: sorted('concept', concepts),
      actors: sorted('actor', actors),
    })),
  };
}

function emptyKinds(): Record<ClaimKind, number> {
  return Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0])) as Record<ClaimKind, number>;
}

function emptyCounts(): ClaimCounts {
  return { total: 0, unchecked: 0, verified: 0, disputed: 0, retracted: 0, stale: 0 };
}
