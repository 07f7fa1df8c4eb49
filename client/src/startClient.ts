import type { MarkdownIt } from 'markdown-it';
import * as vscode from 'vscode';
import type { BriefmarkApi } from './BriefmarkApi';
import { BriefmarkClient } from './BriefmarkClient';
import type { ClientPlatform } from './ClientPlatform';
import { registerCommands } from './commands/registerCommands';
import { registerFileRequests } from './registerFileRequests';
import { ClientCommands } from './ids';
import { languageClientOptions } from './languageClientOptions';
import { createPreviewPlugin } from './preview/briefmarkPreview';
import { RestartBudget } from './restartBudget';
import { registerStatusBar } from './statusBar';
import { createTraceChannel } from './traceChannel';
import { registerViews } from './views/registerViews';

export interface BriefmarkExports {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  api: BriefmarkApi;
}

/** The extension, on any platform: the language client, views, commands, status bar and preview. */
export function startClient(context: vscode.ExtensionContext, platform: ClientPlatform): { client: BriefmarkClient; exports: BriefmarkExports } {
  const log = vscode.window.createOutputChannel('Briefmark', { log: true });
  const trace = createTraceChannel();
  const crashes = new RestartBudget();
  const languageClient = platform.createLanguageClient(context, languageClientOptions({ log, trace }, crashes, context.extensionUri));
  const client = new BriefmarkClient(languageClient, log, crashes);
  context.subscriptions.push(log, trace, client, vscode.commands.registerCommand(ClientCommands.restartServer, () => client.restart()), ...registerFileRequests(languageClient));

  registerViews(context, client);
  registerCommands(context, client, platform);
  registerStatusBar(context, client);

  // The Markdown preview's markdown-it plugin (client/src/preview): it renders with the server's
  // claims and glossary, and re-renders the open previews when they change.
  const preview = createPreviewPlugin(client, () => void vscode.commands.executeCommand('markdown.preview.refresh'));
  context.subscriptions.push(preview);

  void client.start();
  return { client, exports: { extendMarkdownIt: (md) => preview.extendMarkdownIt(md), api: client } };
}

/** What an entry file exports to VS Code: `activate`, and a `deactivate` that waits for the server to shut down. */
export function extensionEntry(platform: ClientPlatform): { activate(context: vscode.ExtensionContext): BriefmarkExports; deactivate(): Promise<void> | undefined } {
  let briefmark: BriefmarkClient | undefined;
  return {
    activate(context) {
      const started = startClient(context, platform);
      briefmark = started.client;
      return started.exports;
    },
    deactivate: () => briefmark?.stop(),
  };
}
