import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import type { ClientPlatform } from '../ClientPlatform';

// The DOM's Worker, Blob and URL.createObjectURL, as the web worker extension host has them (the
// project's TypeScript settings carry Node's types, not the DOM's).
declare class Worker {
  constructor(url: string);
  terminate(): void;
}

/**
 * VS Code for the Web: the server (dist/browser/server.js) runs in a web worker of its own. A
 * worker cannot be made from an extension's script URL when the extension is served from a
 * remote ("Creating workers from remote extensions is currently not supported"), so it is made
 * from the script's text. Each start makes a fresh worker and ends the last one: a server in a
 * web worker cannot end itself.
 */
export const browserClientPlatform: ClientPlatform = {
  createLanguageClient(context, options) {
    const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
    let worker: Worker | undefined;
    context.subscriptions.push({ dispose: () => worker?.terminate() });
    const start = async () => {
      worker?.terminate();
      const bytes = await vscode.workspace.fs.readFile(script);
      worker = new Worker(URL.createObjectURL(new Blob([bytes], { type: 'application/javascript' })));
      // Transports, not the worker: the extension host wraps Worker, so the library's
      // `instanceof Worker` test fails on what it makes.
      const port = worker as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
      return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
    };
    // The id 'briefmark' makes the library read `briefmark.trace.server`.
    return new LanguageClient('briefmark', 'Briefmark', start, options);
  },
  defaultReviewer: askReviewer,
};

/** The name given at the first review, when it was not saved in the settings. */
let sessionReviewer: string | undefined;

/**
 * The web has no git or user account to ask: the first review asks for a name, and offers to
 * keep it in `briefmark.reviewer` (asked once a session when not kept).
 */
async function askReviewer(brief: vscode.Uri): Promise<string | undefined> {
  if (sessionReviewer) return sessionReviewer;
  const name = (await vscode.window.showInputBox({ title: 'Who is reviewing?', prompt: 'Your name, written into each review record (briefmark.reviewer)', ignoreFocusOut: true }))?.trim();
  if (!name) return undefined;
  sessionReviewer = name;
  const keep = 'Save in Settings';
  void vscode.window.showInformationMessage(`Reviews are signed "${name}" for this session.`, keep).then(async (choice) => {
    if (choice === keep) await vscode.workspace.getConfiguration('briefmark', brief).update('reviewer', name, vscode.ConfigurationTarget.Global);
  });
  return name;
}
