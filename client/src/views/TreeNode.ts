import type { CandidateItem, ClaimItem, SuggestionItem } from '../../../server/src/protocol';

// A tree row as plain data: the pure builders make these, NodeTree shows them, tests read them.

export interface TreeNode {
  /** Unique in its tree and stable across refreshes, so VS Code keeps expansion and selection. */
  id: string;
  label: string;
  description?: string;
  tooltip?: Tooltip;
  icon?: NodeIcon;
  contextValue: string;
  /** Absent or empty: a leaf. */
  children?: TreeNode[];
  /** Initial state of a node with children (VS Code remembers the user's choice by id). */
  expanded?: boolean;
  command?: NodeCommand;
  /** The claim behind a claim row: the review commands receive the node from the view. */
  claim?: ClaimItem;
  /** The name behind a "Not in the glossary" row, and the brief or folder it was found for. */
  candidate?: { item: CandidateItem; uri: string };
  /** The sentence behind a "Suggested" row, and the brief it is in: the inline action tags it. */
  suggestion?: { item: SuggestionItem; uri: string };
}

/** A codicon id and an optional theme colour id. */
export interface NodeIcon {
  id: string;
  color?: string;
}

/** Shown as Markdown: `title` and each value as escaped text, the field names in bold. */
export interface Tooltip {
  title: string;
  fields: Array<[name: string, value: string]>;
}

export interface NodeCommand {
  command: string;
  title: string;
  arguments: unknown[];
}

/** What the debug command answers for one tree: the top two levels, labels and descriptions. */
export interface NodeSummary {
  label: string;
  description?: string;
  children: Array<{ label: string; description?: string }>;
}

export function summarizeNodes(nodes: readonly TreeNode[]): NodeSummary[] {
  return nodes.map((node) => ({
    ...labelled(node),
    children: (node.children ?? []).map(labelled),
  }));
}

function labelled(node: TreeNode): { label: string; description?: string } {
  return node.description === undefined ? { label: node.label } : { label: node.label, description: node.description };
}

/** Makes ids unique by suffixing repeats (`x`, `x~1`…): two claims may share an id by mistake. */
export function uniqueIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n === 0 ? id : `${id}~${n}`;
  };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
