import type { ClaimItem, SummaryResult } from '../../../server/src/protocol';
import type { EntryKind } from '../../../server/src/core/types';
import type { LayerSummary } from '../../../server/src/core/summary/summarizeLayers';
import { kindsText } from '../claimCounts';
import { ClientCommands } from '../ids';
import type { Scope } from './scope';
import { STATUS_LABELS, STATUS_ORDER, byPosition, claimNode } from './claimNode';
import { plural, uniqueIds, type TreeNode, type Tooltip } from './TreeNode';

// The Layers view: per layer, its concepts, actors and claims; empty layers stay listed as gaps.

const GAP_ICON = { id: 'warning', color: 'list.warningForeground' };
const LAYER_ICON = { id: 'layers' };
const KIND_ICONS: Record<EntryKind, string> = { concept: 'symbol-class', actor: 'person' };

/**
 * One node per layer in the summary's order. In workspace scope a summary with nothing at all
 * means there is no brief to summarise: no nodes, so the view's welcome content shows.
 */
export function layerNodes(summary: SummaryResult, claims: readonly ClaimItem[], scope: Scope): TreeNode[] {
  if (scope === 'workspace' && summary.layers.every(isGap)) return [];
  const byLayer = claimsByLayer(summary, claims);
  const labels = layerLabels(summary);
  return summary.layers.map((layer) => layerNode(layer, byLayer.get(layer.id) ?? [], labels));
}

function layerNode(layer: LayerSummary, claims: readonly ClaimItem[], labels: ReadonlyMap<string, string>): TreeNode {
  const id = `layer/${layer.id}`;
  if (isGap(layer)) return { id, label: layer.label, description: 'nothing yet — a gap', icon: GAP_ICON, contextValue: 'layer.gap' };
  const children: TreeNode[] = [];
  if (layer.concepts.length > 0) children.push(entryGroup(id, 'concept', layer.concepts));
  if (layer.actors.length > 0) children.push(entryGroup(id, 'actor', layer.actors));
  if (layer.claims.total > 0) children.push(claimGroup(id, layer, claims, labels));
  return { id, label: layer.label, description: layerCounts(layer), tooltip: layerTooltip(layer), icon: LAYER_ICON, contextValue: 'layer', children, expanded: true };
}

/** The layer's counts in full: concepts and actors, then its claims by status and by kind. */
function layerTooltip(layer: LayerSummary): Tooltip {
  const fields: Tooltip['fields'] = [];
  if (layer.concepts.length > 0) fields.push(['Concepts', `${layer.concepts.length} (${plural(sum(layer.concepts), 'mention')})`]);
  if (layer.actors.length > 0) fields.push(['Actors', `${layer.actors.length} (${plural(sum(layer.actors), 'mention')})`]);
  if (layer.claims.total > 0) fields.push(...claimFields(layer));
  return { title: layer.label, fields };
}

/** "Claims: 3 — 1 unchecked · 1 stale · 1 verified" and "Kinds: 2 factual · 1 normative (1 inferred)". */
function claimFields(layer: LayerSummary): Tooltip['fields'] {
  const fields: Tooltip['fields'] = [['Claims', `${layer.claims.total} — ${statusCounts(layer)}`]];
  const kinds = kindsText(layer);
  if (kinds) fields.push(['Kinds', kinds]);
  return fields;
}

function statusCounts(layer: LayerSummary): string {
  return STATUS_ORDER.filter((s) => layer.claims[s] > 0).map((s) => `${layer.claims[s]} ${STATUS_LABELS[s].toLowerCase()}`).join(' · ');
}

function sum(entries: LayerSummary['concepts']): number {
  return entries.reduce((n, e) => n + e.count, 0);
}

function isGap(layer: LayerSummary): boolean {
  return layer.concepts.length === 0 && layer.actors.length === 0 && layer.claims.total === 0;
}

/** What the layer has, e.g. "4 concepts · 2 actors · 3 claims"; zero counts are left out. */
function layerCounts(layer: LayerSummary): string {
  const counts: Array<[number, string]> = [[layer.concepts.length, 'concept'], [layer.actors.length, 'actor'], [layer.claims.total, 'claim']];
  return counts.filter(([n]) => n > 0).map(([n, noun]) => plural(n, noun)).join(' · ');
}

function entryGroup(parent: string, kind: EntryKind, entries: LayerSummary['concepts']): TreeNode {
  const id = `${parent}/${kind}s`;
  return {
    id,
    label: `${kind === 'concept' ? 'Concepts' : 'Actors'} (${entries.length})`,
    contextValue: `layer.${kind}s`,
    expanded: false,
    children: entries.map((entry) => ({
      id: `${id}/${entry.id}`,
      label: entry.label,
      description: plural(entry.count, 'mention'),
      icon: { id: KIND_ICONS[kind] },
      contextValue: kind,
      command: { command: ClientCommands.revealMention, title: 'Reveal Mention', arguments: [{ kind, id: entry.id }] },
    })),
  };
}

function claimGroup(parent: string, layer: LayerSummary, claims: readonly ClaimItem[], labels: ReadonlyMap<string, string>): TreeNode {
  const id = `${parent}/claims`;
  const unique = uniqueIds();
  return {
    id,
    label: `Claims (${layer.claims.total})`,
    description: statusCounts(layer),
    tooltip: { title: `Claims in ${layer.label}`, fields: claimFields(layer) },
    contextValue: 'layer.claims',
    expanded: false,
    children: [...claims].sort(byPosition).map((c) => claimNode(c, unique(`${id}/${c.uri}#${c.id ?? ''}`), STATUS_LABELS[c.status].toLowerCase(), labels)),
  };
}

/** Claims per summary layer; a layer the summary does not list counts in its last one, as the summary does. */
function claimsByLayer(summary: SummaryResult, claims: readonly ClaimItem[]): Map<string, ClaimItem[]> {
  const out = new Map<string, ClaimItem[]>();
  const last = summary.layers[summary.layers.length - 1]?.id;
  const known = new Set(summary.layers.map((l) => l.id));
  for (const claim of claims) {
    const layer = known.has(claim.layer) ? claim.layer : last;
    if (layer === undefined) continue;
    const list = out.get(layer) ?? [];
    list.push(claim);
    out.set(layer, list);
  }
  return out;
}

/** Layer id → label, for rows that name a claim's layer. */
export function layerLabels(summary: SummaryResult): Map<string, string> {
  return new Map(summary.layers.map((l) => [l.id, l.label]));
}
