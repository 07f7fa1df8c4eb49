import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import { briefmarkSelector } from './documentSelector';
import { folderSchemes } from './folderSchemes';
import { ClientCommands } from './ids';
import type { RestartBudget } from './restartBudget';
import type { InitializationOptions } from '../../server/src/protocol';

export interface ClientChannels {
  log: vscode.LogOutputChannel;
  trace: vscode.LogOutputChannel;
}

/**
 * The language client's options, wherever the server runs. No `synchronize` option: the server
 * registers its configuration section and file watchers itself once initialized.
 */
export function languageClientOptions(channels: ClientChannels, crashes: RestartBudget, extensionUri: vscode.Uri): LanguageClientOptions {
  // A server in a web worker cannot find the built-in glossary's files by itself.
  const initializationOptions: InitializationOptions = { builtinGlossaryFolder: vscode.Uri.joinPath(extensionUri, 'server', 'glossaries').toString() };
  return {
    documentSelector: briefmarkSelector(configuredGlossaryGlobs(), folderSchemes()),
    initializationOptions,
    outputChannel: channels.log,
    traceOutputChannel: channels.trace,
    diagnosticCollectionName: 'briefmark',
    errorHandler: crashHandler(crashes, channels.log),
  };
}

/**
 * `briefmark.glossaryFiles` of every workspace folder (the setting is per folder; a file outside
 * every folder is never a team glossary). A value that is not a list of globs counts as the
 * default, as the server reads it.
 */
export function configuredGlossaryGlobs(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
    const config = vscode.workspace.getConfiguration('briefmark', folder.uri);
    const value = config.get<unknown>('glossaryFiles');
    return isGlobList(value) ? value : (config.inspect<string[]>('glossaryFiles')?.defaultValue ?? []);
  });
}

function isGlobList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((glob) => typeof glob === 'string' && glob.trim() !== '');
}

function crashHandler(crashes: RestartBudget, log: vscode.LogOutputChannel): ErrorHandler {
  return {
    // As the library's default: a few unreadable messages are tolerated, then the connection is shut down.
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const attempt = crashes.crashed(Date.now());
      if (attempt !== undefined) {
        const message = `Briefmark language server crashed; restarting (${attempt}/${crashes.limit})`;
        log.warn(message);
        return { action: CloseAction.Restart, message, handled: true };
      }
      const message = `The Briefmark language server crashed ${crashes.limit + 1} times in ${crashes.windowMs / 60_000} minutes and was not restarted.`;
      log.error(message);
      void offerRestart(message, log);
      return { action: CloseAction.DoNotRestart, message, handled: true };
    },
  };
}

async function offerRestart(message: string, log: vscode.LogOutputChannel): Promise<void> {
  const restart = 'Restart Server';
  const showLog = 'Show Log';
  const choice = await vscode.window.showErrorMessage(message, restart, showLog);
  if (choice === restart) await vscode.commands.executeCommand(ClientCommands.restartServer);
  if (choice === showLog) log.show();
}
