import { entryOf, type EntryIndex } from '../glossary/buildGlossary';
import type { ClaimReport } from '../analysis/resolveBrief';

// The discourse network of the claims: who (`actor=`) asserts what about which concept
// (`about=`, else the concepts mentioned inside the claim), with which stance.

export interface NetworkNode {
  id: string;
  kind: 'actor' | 'concept';
  label: string;
  layer: string;
  type: string;
}

export interface NetworkEdge {
  source: string;
  target: string;
  stance: string;
  weight: number;
  claims: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkClaim {
  path: string;
  claim: ClaimReport;
  /** Concept ids mentioned inside the claim. */
  concepts: string[];
}

export function buildNetwork(glossary: EntryIndex, claims: readonly NetworkClaim[]): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (kind: 'actor' | 'concept', id: string) => {
    const key = `${kind}:${id}`;
    if (!nodes.has(key)) {
      const entry = entryOf(glossary, kind, id);
      nodes.set(key, { id: key, kind, label: entry?.label ?? id, layer: entry?.layer ?? 'cross-cutting', type: entry?.type ?? kind });
    }
    return key;
  };
  for (const { path, claim, concepts } of claims) {
    if (!claim.actor) continue;
    const targets = claim.about.length > 0 ? claim.about : [...new Set(concepts)];
    const stance = claim.stance ?? 'neutral';
    for (const concept of targets) {
      const source = node('actor', claim.actor);
      const target = node('concept', concept);
      const key = `${source}\u0000${target}\u0000${stance}`;
      const edge = edges.get(key) ?? { source, target, stance, weight: 0, claims: [] };
      edge.weight++;
      edge.claims.push(claim.id ? `${path}#${claim.id}` : path);
      edges.set(key, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
