import type { ClaimItem } from '../../../server/src/protocol';
import type { ClaimStatus } from '../../../server/src/core/types';
import type { Scope } from './scope';
import { STATUS_LABELS, STATUS_ORDER, byPosition, claimNode, fileName, statusIcon } from './claimNode';
import { uniqueIds, type TreeNode } from './TreeNode';

// The Claims view: the review queue, one group per status in STATUS_ORDER; empty groups are left out.

/** Groups still to act on start expanded; settled ones (verified, retracted) start collapsed. */
const OPEN_GROUPS: ReadonlySet<ClaimStatus> = new Set(['unchecked', 'stale', 'disputed']);

/**
 * Rows say where the claim is: its file in workspace scope, its layer in brief scope.
 * `layerLabels` maps layer ids to labels (ids not in it are shown as they are).
 */
export function claimGroups(claims: readonly ClaimItem[], scope: Scope, layerLabels: ReadonlyMap<string, string>): TreeNode[] {
  const unique = uniqueIds();
  const where = (c: ClaimItem) => (scope === 'workspace' ? fileName(c.uri) : (layerLabels.get(c.layer) ?? c.layer));
  return STATUS_ORDER.flatMap((status) => {
    const members = claims.filter((c) => c.status === status).sort(byPosition);
    if (members.length === 0) return [];
    const id = `claims/${status}`;
    return [
      {
        id,
        label: `${STATUS_LABELS[status]} (${members.length})`,
        icon: statusIcon(status),
        contextValue: 'statusGroup',
        expanded: OPEN_GROUPS.has(status),
        children: members.map((c) => claimNode(c, unique(`${id}/${c.uri}#${c.id ?? ''}`), where(c), layerLabels)),
      },
    ];
  });
}
