import type * as vscode from 'vscode';
import type { BriefmarkClient } from '../BriefmarkClient';
import { startClient, type BriefmarkExports } from '../startClient';
import { browserClientPlatform } from './browserClientPlatform';

// The entry of VS Code for the Web (package.json "browser"): the server runs in a web worker.
let briefmark: BriefmarkClient | undefined;

export function activate(context: vscode.ExtensionContext): BriefmarkExports {
  const started = startClient(context, browserClientPlatform);
  briefmark = started.client;
  return started.exports;
}

export function deactivate(): Promise<void> | undefined {
  return briefmark?.stop();
}
