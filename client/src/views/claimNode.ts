import type { ClaimItem } from '../../../server/src/protocol';
import type { ClaimStatus } from '../../../server/src/core/types';
import { ClientCommands } from '../ids';
import type { NodeIcon, TreeNode, Tooltip } from './TreeNode';

// One claim as a tree row, the same in the Claims and the Layers view.

/** The review queue's order: what needs a reviewer first. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['unchecked', 'stale', 'disputed', 'verified', 'retracted'];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unchecked: 'Unchecked',
  stale: 'Stale',
  disputed: 'Disputed',
  verified: 'Verified',
  retracted: 'Retracted',
};

const STATUS_ICONS: Record<ClaimStatus, NodeIcon> = {
  unchecked: { id: 'circle-outline' },
  stale: { id: 'warning', color: 'charts.yellow' },
  disputed: { id: 'error', color: 'charts.red' },
  verified: { id: 'pass', color: 'charts.green' },
  retracted: { id: 'circle-slash', color: 'disabledForeground' },
};

/** A claim without an id has no review actions (so its context value does not start with "claim"): its row says how to get one. */
const NO_ID_CONTEXT = 'noIdClaim';

export function statusIcon(status: ClaimStatus): NodeIcon {
  return STATUS_ICONS[status];
}

/** `layerLabels` maps layer ids to labels for the tooltip (ids not in it are shown as they are). */
export function claimNode(claim: ClaimItem, id: string, description: string, layerLabels: ReadonlyMap<string, string> = new Map()): TreeNode {
  return {
    id,
    label: claim.id ? `${shorten(claim.text)}  #${claim.id}` : shorten(claim.text),
    description,
    tooltip: claimTooltip(claim, layerLabels),
    icon: statusIcon(claim.status),
    contextValue: claim.id ? `claim.${claim.status}` : NO_ID_CONTEXT,
    command: { command: ClientCommands.openClaim, title: 'Open Claim', arguments: [claim] },
    claim,
  };
}

function claimTooltip(claim: ClaimItem, layerLabels: ReadonlyMap<string, string>): Tooltip {
  const fields: Tooltip['fields'] = [['Status', claim.status === 'stale' ? `stale: ${claim.review?.status ?? 'reviewed'}, but the wording has changed since` : claim.status]];
  const kind = kindWording(claim);
  if (kind) fields.push(['Kind', kind]);
  fields.push(['Layer', layerWording(claim, layerLabels.get(claim.layer) ?? claim.layer)]);
  const review = claim.review;
  if (review?.reviewer) fields.push(['Reviewer', review.reviewer]);
  if (review?.date) fields.push(['Date', review.date]);
  if (review?.note) fields.push(['Note', review.note]);
  if (review?.evidence?.length) fields.push(['Evidence', review.evidence.join(', ')]);
  if (claim.id) fields.push(['Id', `#${claim.id}`]);
  else fields.push(['Review', 'This claim has no id, so it cannot be reviewed yet: add one with the quick fix "Add claim id".']);
  return { title: claim.text, fields };
}

/** "normative (inferred)" for a kind Briefmark inferred, "factual" for one written as `kind=`; undefined with no kind. */
export function kindWording(claim: Pick<ClaimItem, 'kind' | 'kindSource'>): string | undefined {
  if (!claim.kind) return undefined;
  return claim.kindSource === 'inferred' ? `${claim.kind} (inferred)` : claim.kind;
}

/** "Models (inferred)", "Models" when written as `layer=`, "Cross-cutting (no layer found)". */
export function layerWording(claim: Pick<ClaimItem, 'layerSource'>, label: string): string {
  if (claim.layerSource === 'inferred') return `${label} (inferred)`;
  if (claim.layerSource === 'none') return `${label} (no layer found)`;
  return label;
}

/** The claim's words on one line, cut at a word boundary. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The last path segment of a URI, decoded (`untitled:Untitled-1` → `Untitled-1`). */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.indexOf(':')) + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Document order: by file, then by position. */
export function byPosition(a: ClaimItem, b: ClaimItem): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
