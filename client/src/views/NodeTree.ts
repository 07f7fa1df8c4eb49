import * as vscode from 'vscode';
import type { TreeNode, Tooltip } from './TreeNode';

// A tree view over plain TreeNodes. Roots are loaded when VS Code asks (so a hidden view costs no
// request); a failed load keeps the previous roots and says why in the view's message.

const STALE_MESSAGE = 'Briefmark could not update this view (is the server restarting?); it shows the last results.';

export class NodeTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  readonly view: vscode.TreeView<TreeNode>;
  private roots: TreeNode[] = [];
  private loads = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly viewId: string,
    private readonly load: () => Promise<TreeNode[]>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
  }

  refresh(): void {
    this.changed.fire();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItem(node);
  }

  getChildren(node?: TreeNode): TreeNode[] | Promise<TreeNode[]> {
    return node ? (node.children ?? []) : this.loadRoots();
  }

  /** Loads the roots now; the outcome of a load overtaken by a newer one is dropped. */
  async loadRoots(): Promise<TreeNode[]> {
    const ticket = ++this.loads;
    try {
      const roots = await this.load();
      if (ticket === this.loads) {
        this.roots = roots;
        this.view.message = undefined;
      }
    } catch (error) {
      this.log.warn(`${this.viewId}: ${error instanceof Error ? error.message : String(error)}`);
      if (ticket === this.loads) this.view.message = STALE_MESSAGE;
    }
    return this.roots;
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}

function treeItem(node: TreeNode): vscode.TreeItem {
  const state = !node.children?.length
    ? vscode.TreeItemCollapsibleState.None
    : node.expanded
      ? vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  item.description = node.description;
  item.contextValue = node.contextValue;
  if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
  if (node.tooltip) item.tooltip = markdownTooltip(node.tooltip);
  if (node.command) item.command = node.command;
  return item;
}

/** Everything from the documents is appended as text, so Markdown and HTML in it show literally. */
function markdownTooltip(tooltip: Tooltip): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(tooltip.title);
  for (const [name, value] of tooltip.fields) {
    md.appendMarkdown(`\n\n**${name}:** `);
    md.appendText(value);
  }
  return md;
}
