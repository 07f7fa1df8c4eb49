import type * as vscode from 'vscode';
import type {
  CandidatesResult,
  ClaimsResult,
  CommandResult,
  ExportParams,
  GlossaryResult,
  MentionsParams,
  SuggestionsResult,
  SummaryResult,
} from '../../server/src/protocol';

/**
 * What the views, commands and preview need from the language server, behind one small
 * interface so they can be tested with a fake and survive server restarts.
 */
export interface BriefmarkApi {
  /** Fires on `briefmark/summaryChanged` and after the server (re)starts. */
  readonly onDidChangeSummary: vscode.Event<void>;
  summary(uri?: vscode.Uri): Promise<SummaryResult>;
  claims(uri?: vscode.Uri): Promise<ClaimsResult>;
  glossary(uri?: vscode.Uri): Promise<GlossaryResult>;
  /** Names no glossary entry matches, in a brief or (no uri) the workspace. */
  candidates(uri?: vscode.Uri): Promise<CandidatesResult>;
  /** The brief's untagged sentences that read like claims, in document order, each marked `likely` or not. */
  suggestions(uri: vscode.Uri): Promise<SuggestionsResult>;
  mentions(params: Omit<MentionsParams, 'uri'> & { uri?: vscode.Uri }): Promise<vscode.Location[]>;
  exportReport(params: Omit<ExportParams, 'uri'> & { uri?: vscode.Uri }): Promise<string>;
  /** Runs one of the server's `Commands` through `workspace/executeCommand`. */
  executeCommand(command: string, args: object): Promise<CommandResult>;
  /** The `LogOutputChannel` the client logs to. */
  readonly log: vscode.LogOutputChannel;
}
