import type { GlossaryItem, GlossaryResult } from '../../../server/src/protocol';
import { CROSS_CUTTING, type EntryKind } from '../../../server/src/core/types';
import { ClientCommands } from '../ids';
import { uniqueIds, type TreeNode, type Tooltip } from './TreeNode';

// The Glossary view: entries by kind (concepts, actors), then by layer in the glossary's order.

const KINDS: ReadonlyArray<{ kind: EntryKind; label: string; icon: string }> = [
  { kind: 'concept', label: 'Concepts', icon: 'symbol-class' },
  { kind: 'actor', label: 'Actors', icon: 'person' },
];

export function glossaryGroups(glossary: GlossaryResult): TreeNode[] {
  const unique = uniqueIds();
  return KINDS.flatMap(({ kind, label, icon }) => {
    const entries = glossary.entries.filter((e) => e.kind === kind);
    if (entries.length === 0) return [];
    const id = `glossary/${kind}`;
    return [{ id, label: `${label} (${entries.length})`, contextValue: 'glossaryKind', expanded: true, children: layerGroups(id, glossary, entries, icon, unique) }];
  });
}

/** The glossary's layers, then cross-cutting, then any layer it does not list; empty ones left out. */
function layerGroups(parent: string, glossary: GlossaryResult, entries: readonly GlossaryItem[], icon: string, unique: (id: string) => string): TreeNode[] {
  const labels = new Map(glossary.layers.map((l) => [l.id, l.label]));
  if (!labels.has(CROSS_CUTTING)) labels.set(CROSS_CUTTING, 'Cross-cutting');
  for (const e of entries) if (!labels.has(e.layer)) labels.set(e.layer, e.layer);
  return [...labels].flatMap(([layer, label]) => {
    const members = entries.filter((e) => e.layer === layer).sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
    if (members.length === 0) return [];
    const id = `${parent}/${layer}`;
    return [{ id, label, description: String(members.length), contextValue: 'glossaryLayer', expanded: false, children: members.map((e) => entryNode(unique(`${id}/${e.id}`), e, icon)) }];
  });
}

function entryNode(id: string, entry: GlossaryItem, icon: string): TreeNode {
  const node: TreeNode = { id, label: entry.label, description: entry.id, tooltip: entryTooltip(entry), icon: { id: icon }, contextValue: `glossaryEntry.${entry.kind}` };
  if (entry.location) node.command = { command: ClientCommands.openGlossaryEntry, title: 'Open Glossary Entry', arguments: [entry] };
  return node;
}

function entryTooltip(entry: GlossaryItem): Tooltip {
  const fields: Tooltip['fields'] = [[entry.kind === 'concept' ? 'Definition' : 'Description', entry.definition || 'None yet: write one in the team glossary.']];
  if (entry.type) fields.push(['Type', entry.type]);
  if (entry.country) fields.push(['Country', entry.country]);
  if (entry.aliases.length > 0) fields.push(['Aliases', entry.aliases.join(', ')]);
  return { title: entry.label, fields };
}
