import * as vscode from 'vscode';
import { ContextKeys } from '../ids';
import { folderSchemes } from '../folderSchemes';
import { SCOPE_STATE_KEY, isBriefDocument, parseScope, type Scope } from './scope';

// The views' scope and the brief they follow, shared by the views and the commands (export uses
// the same scope). The brief is the last active Markdown editor: it stays when focus moves to
// another kind of editor or to the sidebar.

export interface ScopeChange {
  scopeChanged: boolean;
  briefChanged: boolean;
}

export class BriefScope implements vscode.Disposable {
  private current: Scope;
  private lastBrief: vscode.Uri | undefined;
  private readonly changed = new vscode.EventEmitter<ScopeChange>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly state: vscode.Memento) {
    this.current = parseScope(state.get(SCOPE_STATE_KEY));
    this.lastBrief = visibleBrief(vscode.window.activeTextEditor);
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const uri = editor && isBriefDocument(editor.document, folderSchemes()) ? editor.document.uri : undefined;
        if (uri) this.follow(uri);
      }),
      // A closed brief is no longer "this brief": follow another visible one, or none.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.lastBrief && doc.uri.toString() === this.lastBrief.toString()) this.follow(visibleBrief(undefined));
      }),
    ];
    void vscode.commands.executeCommand('setContext', ContextKeys.scope, this.current);
  }

  get scope(): Scope {
    return this.current;
  }

  /** The brief the views follow; undefined when no Markdown file has been active. */
  get brief(): vscode.Uri | undefined {
    return this.lastBrief;
  }

  /** What a request in this scope asks about: the brief, or undefined for the workspace. */
  get target(): vscode.Uri | undefined {
    return this.current === 'brief' ? this.lastBrief : undefined;
  }

  async setScope(scope: Scope): Promise<void> {
    if (scope === this.current) return;
    this.current = scope;
    await this.state.update(SCOPE_STATE_KEY, scope);
    await vscode.commands.executeCommand('setContext', ContextKeys.scope, scope);
    this.changed.fire({ scopeChanged: true, briefChanged: false });
  }

  private follow(uri: vscode.Uri | undefined): void {
    if (uri?.toString() === this.lastBrief?.toString()) return;
    this.lastBrief = uri;
    this.changed.fire({ scopeChanged: false, briefChanged: true });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}

/** The active editor's brief, else the first brief visible in any editor group. */
function visibleBrief(active: vscode.TextEditor | undefined): vscode.Uri | undefined {
  const editors = active ? [active, ...vscode.window.visibleTextEditors] : vscode.window.visibleTextEditors;
  return editors.find((e) => isBriefDocument(e.document, folderSchemes()))?.document.uri;
}

const scopes = new WeakMap<vscode.ExtensionContext, BriefScope>();

/** The one BriefScope of the extension, made on first use and disposed with it. */
export function briefScopeFor(context: vscode.ExtensionContext): BriefScope {
  let scope = scopes.get(context);
  if (!scope) {
    scope = new BriefScope(context.workspaceState);
    scopes.set(context, scope);
    context.subscriptions.push(scope);
  }
  return scope;
}
