import * as vscode from 'vscode';
import { ExecuteCommandRequest, State, type BaseLanguageClient } from 'vscode-languageclient';
import {
  ClaimsRequest,
  ExportRequest,
  CandidatesRequest,
  GlossaryRequest,
  MentionsRequest,
  SuggestionsRequest,
  SummaryChangedNotification,
  SummaryRequest,
  type ClaimsResult,
  type CommandResult,
  type ExportParams,
  type CandidatesResult,
  type GlossaryResult,
  type MentionsParams,
  type SuggestionsResult,
  type SummaryResult,
} from '../../server/src/protocol';
import type { BriefmarkApi } from './BriefmarkApi';
import { briefmarkSelector } from './documentSelector';
import { ContextKeys } from './ids';
import type { RestartBudget } from './restartBudget';
import { folderSchemes } from './folderSchemes';
import { configuredGlossaryGlobs } from './languageClientOptions';

/**
 * The BriefmarkApi over the language client. It is one object for the life of the extension:
 * views and commands keep it across server restarts, and hear of each (re)start through
 * `onDidChangeSummary`, since a new server may see a different workspace.
 */
export class BriefmarkClient implements BriefmarkApi, vscode.Disposable {
  private readonly summaryChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeSummary = this.summaryChanged.event;
  private readonly disposables: vscode.Disposable[];
  // Restarts run one after the other, so a second one never meets a half-stopped client.
  private restarting: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: BaseLanguageClient,
    readonly log: vscode.LogOutputChannel,
    private readonly crashes: RestartBudget,
  ) {
    this.disposables = [
      this.summaryChanged,
      client.onNotification(SummaryChangedNotification, () => this.summaryChanged.fire()),
      client.onDidChangeState(({ newState }) => this.stateChanged(newState)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('briefmark.glossaryFiles')) this.followGlossaryGlobs();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.followGlossaryGlobs()),
    ];
  }

  summary(uri?: vscode.Uri): Promise<SummaryResult> {
    return this.client.sendRequest(SummaryRequest, { uri: this.protocolUri(uri) });
  }

  claims(uri?: vscode.Uri): Promise<ClaimsResult> {
    return this.client.sendRequest(ClaimsRequest, { uri: this.protocolUri(uri) });
  }

  glossary(uri?: vscode.Uri): Promise<GlossaryResult> {
    return this.client.sendRequest(GlossaryRequest, { uri: this.protocolUri(uri) });
  }

  candidates(uri?: vscode.Uri): Promise<CandidatesResult> {
    return this.client.sendRequest(CandidatesRequest, { uri: this.protocolUri(uri) });
  }

  suggestions(uri: vscode.Uri): Promise<SuggestionsResult> {
    return this.client.sendRequest(SuggestionsRequest, { uri: this.client.code2ProtocolConverter.asUri(uri) });
  }

  async mentions({ uri, ...params }: Omit<MentionsParams, 'uri'> & { uri?: vscode.Uri }): Promise<vscode.Location[]> {
    const locations = await this.client.sendRequest(MentionsRequest, { ...params, uri: this.protocolUri(uri) });
    return locations.map((location) => this.client.protocol2CodeConverter.asLocation(location));
  }

  async exportReport({ uri, ...params }: Omit<ExportParams, 'uri'> & { uri?: vscode.Uri }): Promise<string> {
    const result = await this.client.sendRequest(ExportRequest, { ...params, uri: this.protocolUri(uri) });
    return result.content;
  }

  async executeCommand(command: string, args: object): Promise<CommandResult> {
    const result = (await this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] })) as CommandResult | null;
    // The server answers null when a command failed unexpectedly; it has logged why.
    return result ?? { applied: false, message: 'Briefmark could not run the command; see the Briefmark log.' };
  }

  async start(): Promise<void> {
    // A failed start is logged and shown to the user by the language client itself.
    await this.client.start().catch(() => undefined);
  }

  /** Restarts the server on demand, with a fresh crash budget. */
  restart(reason = 'Restarting the Briefmark language server.'): Promise<void> {
    this.restarting = this.restarting.then(async () => {
      this.crashes.reset();
      this.log.info(reason);
      // stop, then start: what the Node client's restart() does, and the browser client has none.
      if (this.client.isRunning()) await this.client.stop().catch(() => undefined);
      await this.start();
    });
    return this.restarting;
  }

  /** For deactivate(): a running server is shut down cleanly (it has worker threads to end). */
  stop(): Promise<void> {
    return this.client.isRunning() ? this.client.stop() : Promise.resolve();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private stateChanged(state: State): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.serverReady, state === State.Running);
    if (state === State.Running) this.summaryChanged.fire();
  }

  /**
   * The document selector is fixed while the client runs, so when `briefmark.glossaryFiles` (or
   * the folders it applies to) changes the selector, the client restarts with the new one.
   */
  private followGlossaryGlobs(): void {
    const selector = briefmarkSelector(configuredGlossaryGlobs(), folderSchemes());
    if (JSON.stringify(selector) === JSON.stringify(this.client.clientOptions.documentSelector)) return;
    this.client.clientOptions.documentSelector = selector;
    void this.restart('briefmark.glossaryFiles changed: restarting the Briefmark language server so that it sees the new glossary files.');
  }

  private protocolUri(uri: vscode.Uri | undefined): string | undefined {
    return uri && this.client.code2ProtocolConverter.asUri(uri);
  }
}
