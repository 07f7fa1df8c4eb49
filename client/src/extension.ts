import type { MarkdownIt } from 'markdown-it';
import * as vscode from 'vscode';
import type { BriefmarkApi } from './BriefmarkApi';
import { BriefmarkClient } from './BriefmarkClient';
import { registerCommands } from './commands/registerCommands';
import { ClientCommands } from './ids';
import { createPreviewPlugin } from './preview/briefmarkPreview';
import { RestartBudget } from './restartBudget';
import { createLanguageClient } from './startLanguageClient';
import { registerStatusBar } from './statusBar';
import { createTraceChannel } from './traceChannel';
import { registerViews } from './views/registerViews';

let briefmark: BriefmarkClient | undefined;

export function activate(context: vscode.ExtensionContext): { extendMarkdownIt(md: MarkdownIt): MarkdownIt; api: BriefmarkApi } {
  const log = vscode.window.createOutputChannel('Briefmark', { log: true });
  const trace = createTraceChannel();
  const crashes = new RestartBudget();
  const client = new BriefmarkClient(createLanguageClient(context, { log, trace }, crashes), log, crashes);
  briefmark = client;
  context.subscriptions.push(log, trace, client, vscode.commands.registerCommand(ClientCommands.restartServer, () => client.restart()));

  registerViews(context, client);
  registerCommands(context, client);
  registerStatusBar(context, client);

  // The Markdown preview's markdown-it plugin (client/src/preview): it renders with the server's
  // claims and glossary, and re-renders the open previews when they change.
  const preview = createPreviewPlugin(client, () => void vscode.commands.executeCommand('markdown.preview.refresh'));
  context.subscriptions.push(preview);

  void client.start();
  return { extendMarkdownIt: (md) => preview.extendMarkdownIt(md), api: client };
}

/** VS Code waits for this promise, so the server shuts down cleanly instead of being cut off. */
export function deactivate(): Promise<void> | undefined {
  return briefmark?.stop();
}
