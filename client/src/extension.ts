import type * as vscode from 'vscode';
import type { BriefmarkClient } from './BriefmarkClient';
import { nodeClientPlatform } from './node/nodeClientPlatform';
import { startClient, type BriefmarkExports } from './startClient';

// The desktop (and remote) entry: the server runs in Node.
let briefmark: BriefmarkClient | undefined;

export function activate(context: vscode.ExtensionContext): BriefmarkExports {
  const started = startClient(context, nodeClientPlatform);
  briefmark = started.client;
  return started.exports;
}

/** VS Code waits for this promise, so the server shuts down cleanly instead of being cut off. */
export function deactivate(): Promise<void> | undefined {
  return briefmark?.stop();
}
