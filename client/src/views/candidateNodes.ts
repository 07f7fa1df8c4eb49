import type { CandidateItem } from '../../../server/src/protocol';
import { ClientCommands } from '../ids';
import type { TreeNode, Tooltip } from './TreeNode';

// The Glossary view's "Not in the glossary" group: names no entry matches, most frequent first,
// each with its count and guessed type, and an inline action that adds it to the team glossary.

/**
 * The group for `candidates` found in `uri` (a brief, or a folder for the workspace scope);
 * undefined when there are none, so the view shows no empty group.
 */
export function candidateGroup(candidates: readonly CandidateItem[], uri: string): TreeNode | undefined {
  if (candidates.length === 0) return undefined;
  const total = candidates.reduce((n, c) => n + c.count, 0);
  return {
    id: 'glossary/candidates',
    label: `Not in the glossary (${candidates.length})`,
    description: `${total} ${total === 1 ? 'mention' : 'mentions'}`,
    tooltip: { title: 'Not in the glossary', fields: [['What', 'Names that no glossary entry matches: capitalised names, acronyms and “Long Form (ACR)” pairs.'], ['Add', 'Use the + on a row, or “Add Names to Glossary…” to pick several.']] },
    icon: { id: 'question' },
    contextValue: 'glossaryCandidates',
    expanded: true,
    children: candidates.map((c) => candidateNode(c, uri)),
  };
}

function candidateNode(item: CandidateItem, uri: string): TreeNode {
  const node: TreeNode = {
    id: `glossary/candidates/${item.kind}/${item.label}`,
    label: item.label,
    description: `${item.type ?? item.kind} · ${item.count}×`,
    tooltip: candidateTooltip(item),
    icon: { id: item.kind === 'actor' ? 'person' : 'symbol-class', color: 'descriptionForeground' },
    contextValue: 'glossaryCandidate',
    candidate: { item, uri },
  };
  if (item.range) node.command = { command: ClientCommands.revealCandidate, title: 'Show First Mention', arguments: [uri, item.range] };
  return node;
}

function candidateTooltip(item: CandidateItem): Tooltip {
  const fields: Tooltip['fields'] = [['Kind', item.type ? `${item.kind} (${item.type}, guessed)` : item.kind]];
  if (item.aliases.length > 0) fields.push(['Also written', item.aliases.join(', ')]);
  fields.push(['Mentions', String(item.count)]);
  return { title: item.label, fields };
}
