import * as vscode from 'vscode';
import type { BriefmarkApi } from '../BriefmarkApi';

/**
 * Registers a command whose failures never reach VS Code: they are logged and shown as a
 * one-line error message, and the command answers undefined.
 */
export function registerGuarded(context: vscode.ExtensionContext, api: BriefmarkApi, id: string, run: (...args: unknown[]) => unknown): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        api.log.error(`${id}: ${error instanceof Error && error.stack ? error.stack : message}`);
        void vscode.window.showErrorMessage(`Briefmark: ${message.split('\n')[0]}`);
        return undefined;
      }
    }),
  );
}
