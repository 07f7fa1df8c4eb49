import type * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

/**
 * What differs between the desktop extension and one in VS Code for the Web: how the language
 * server is started, and who signs a review when `briefmark.reviewer` is empty. Everything else
 * (views, commands, preview) is the same code, started by startClient.
 */
export interface ClientPlatform {
  /** The language client with these options, not started yet. */
  createLanguageClient(context: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient;
  /** The reviewer's name when the setting is empty, or undefined when there is none to give. */
  defaultReviewer(brief: vscode.Uri): Promise<string | undefined>;
}
