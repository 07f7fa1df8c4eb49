import type { SuggestionItem } from '../../../server/src/protocol';
import { ClientCommands } from '../ids';
import type { Scope } from './scope';
import { fileName, shorten } from './claimNode';
import type { TreeNode, Tooltip } from './TreeNode';

// The Claims view's "Suggested (N)" group: the brief's untagged sentences that read like claims
// (the likely ones, as the editor hints at them), each with the kind and layer a tag would get,
// and an inline action that tags it.

export const SUGGESTED_GROUP_ID = 'claims/suggested';

/**
 * The group for the `likely` suggestions of the brief `uri`, in document order; undefined when
 * there are none, so the view shows no empty group. In workspace scope they are still one brief's
 * (the active one): the group names it. `layerLabels` maps layer ids to labels.
 */
export function suggestedGroup(suggestions: readonly SuggestionItem[], uri: string, scope: Scope, layerLabels: ReadonlyMap<string, string>): TreeNode | undefined {
  const likely = suggestions.filter((s) => s.likely);
  if (likely.length === 0) return undefined;
  const brief = fileName(uri);
  const fields: Tooltip['fields'] = [['What', 'Untagged sentences that read like claims (from the briefmark.suggestClaims threshold up), with the kind and layer Briefmark infers for each.']];
  if (scope === 'workspace') fields.push(['Brief', `${brief}, the active brief: suggestions are listed for one brief at a time, also in workspace scope.`]);
  fields.push(['Tag', 'The tag icon on a row tags that sentence; Tag Suggested Claims… in the title bar picks several at once.']);
  const group: TreeNode = {
    id: SUGGESTED_GROUP_ID,
    label: `Suggested (${likely.length})`,
    tooltip: { title: 'Suggested claims', fields },
    icon: { id: 'lightbulb' },
    contextValue: 'suggestedGroup',
    expanded: false,
    children: likely.map((s) => suggestionNode(s, uri, layerLabels)),
  };
  if (scope === 'workspace') group.description = brief;
  return group;
}

function suggestionNode(item: SuggestionItem, uri: string, layerLabels: ReadonlyMap<string, string>): TreeNode {
  const { line, character } = item.range.start;
  const layer = layerLabels.get(item.layer) ?? item.layer;
  return {
    id: `${SUGGESTED_GROUP_ID}/${uri}#${line}:${character}`,
    label: shorten(plainText(item.text)),
    description: `${item.kind} · ${layer}`,
    tooltip: {
      title: plainText(item.text),
      fields: [
        ['Kind', `${item.kind} (inferred)`],
        ['Layer', item.layerSource === 'none' ? `${layer} (nothing points to a layer)` : `${layer} (inferred)`],
        ['Confidence', `${formatConfidence(item.confidence)} (from 0 to 1)`],
      ],
    },
    icon: { id: 'quote' },
    contextValue: 'suggestedClaim',
    command: { command: ClientCommands.revealSuggestion, title: 'Show Sentence', arguments: [uri, item.range] },
    suggestion: { item, uri },
  };
}

/** 0.97 → "0.97": the CLI's scale, two decimals. */
export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2);
}

/** A sentence as a reader sees it: the `{…}` of spans inside it dropped (`[JUPITER]{.actor}` → `JUPITER`), white space collapsed. */
export function plainText(text: string): string {
  return text.replace(/\[([^[\]]*)\]\{[^{}\n]*\}/g, '$1').replace(/\s+/g, ' ').trim();
}
