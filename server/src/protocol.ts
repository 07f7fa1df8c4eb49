import { NotificationType0, RequestType, type Location, type Range } from 'vscode-languageserver-protocol';
import type { SuggestLevel } from './core/analysis/claimModel';
import type { CandidateEntry } from './core/matching/countCandidates';
import type { ClaimReport, SuggestionReport } from './core/analysis/resolveBrief';
import type { FileStat } from './core/host';
import type { Summary } from './core/summary/summarizeLayers';
import type { ActorType, ClaimKind, EntryKind, GlossaryEntry, ReviewStatus } from './core/types';

// The Briefmark-specific part of the protocol (DESIGN.md section 5, "the server's protocol"),
// shared by the language server and the VS Code client so both sides agree on names and shapes.

export interface SummaryParams {
  /** A brief; the whole workspace when absent. */
  uri?: string;
}

/** The CLI's summary shape (`briefmark summary --format json`). */
export type SummaryResult = Summary;

export const SummaryRequest = new RequestType<SummaryParams, SummaryResult, void>('briefmark/summary');

export interface ClaimsParams {
  /** A brief; every brief of the workspace when absent. */
  uri?: string;
}

export interface ClaimItem extends Omit<ClaimReport, 'fingerprint'> {
  uri: string;
}

export interface ClaimsResult {
  claims: ClaimItem[];
}

export const ClaimsRequest = new RequestType<ClaimsParams, ClaimsResult, void>('briefmark/claims');

export interface CandidatesParams {
  /** A brief; every brief of the workspace when absent. */
  uri?: string;
}

/** A name no glossary entry matches, as the entry it would add, with its occurrences. */
export interface CandidateItem extends CandidateEntry {
  /** Its first occurrence, when one brief was asked for. */
  range?: Range;
}

export interface CandidatesResult {
  candidates: CandidateItem[];
}

/** The names no glossary entry matches ("Not in the glossary"), most frequent first. */
export const CandidatesRequest = new RequestType<CandidatesParams, CandidatesResult, void>('briefmark/candidates');

export interface SuggestionsParams {
  /** The brief whose untagged sentences are asked for. */
  uri: string;
}

/** An untagged sentence that reads like a claim, with the kind and layer a tag would get; `likely`: the editor hints at it (the brief's `briefmark.suggestClaims` threshold up). */
export type SuggestionItem = SuggestionReport;

export interface SuggestionsResult {
  /** Every sentence that reads like a claim, in document order ("all"); none when the setting is "off". */
  suggestions: SuggestionItem[];
}

/** The claims a brief does not tag yet: the Claims view's "Suggested (N)" and "Tag Suggested Claims…". */
export const SuggestionsRequest = new RequestType<SuggestionsParams, SuggestionsResult, void>('briefmark/suggestions');

/** Sent by the server when a summary, the claims or the candidates may have changed; clients ask again. */
export const SummaryChangedNotification = new NotificationType0('briefmark/summaryChanged');

export interface GlossaryParams {
  /** A resource whose workspace folder picks the glossary; the built-in glossary alone when outside every folder or absent. */
  uri?: string;
}

/**
 * One merged glossary entry, as the Glossary view and the Markdown preview need it: `layer` is a
 * layer id or 'cross-cutting'; `definition` is the concept definition or actor description, ''
 * when the team has not written one yet.
 */
export interface GlossaryItem extends Pick<GlossaryEntry, 'kind' | 'id' | 'label' | 'aliases' | 'layer' | 'definition' | 'type' | 'country'> {
  /** Where the entry is defined (a team glossary file, or the shipped built-in YAML). */
  location?: Location;
}

export interface GlossaryResult {
  layers: { id: string; label: string; description: string }[];
  entries: GlossaryItem[];
}

export const GlossaryRequest = new RequestType<GlossaryParams, GlossaryResult, void>('briefmark/glossary');

export interface MentionsParams {
  /** A brief; every brief of the workspace when absent. */
  uri?: string;
  kind: EntryKind;
  id: string;
}

/** Where a concept or actor is mentioned: in the brief, or brief by brief over the workspace; in document order. */
export const MentionsRequest = new RequestType<MentionsParams, Location[], void>('briefmark/mentions');

export type ExportWhat = 'claims' | 'network';
export type ExportFormat = 'markdown' | 'csv' | 'json' | 'graphml';

export interface ExportParams {
  /** A brief; every brief of the workspace when absent. */
  uri?: string;
  what: ExportWhat;
  /** claims: markdown | csv | json; network: graphml | csv | json | markdown (as `briefmark export`). */
  format: ExportFormat;
}

export interface ExportResult {
  content: string;
}

export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('briefmark/export');

// Files through the client (server → client), for a server that cannot reach them itself: in a
// web worker, the client answers through vscode.workspace.fs, which serves every workspace, a
// virtual one too. Every file and folder is named by its URI.

export interface FileParams {
  uri: string;
}

/** What a client may send in `initialize`'s `initializationOptions`. */
export interface InitializationOptions {
  /** `briefmark.*` settings, for a client that does not answer `workspace/configuration`. */
  settings?: unknown;
  /**
   * The folder (a URI) of the extension's copy of the built-in glossary files, for go to
   * definition on built-in entries: a server in a web worker cannot find it itself.
   */
  builtinGlossaryFolder?: string;
}

/** The file's text (UTF-8), or null when there is no such file. */
export const ReadFileRequest = new RequestType<FileParams, string | null, void>('briefmark/fs/readFile');

/** Every file below the folder, as URIs, without `node_modules`, `.git` and other dot-folders. */
export const ListFilesRequest = new RequestType<FileParams, string[], void>('briefmark/fs/listFiles');

/** What is at the URI, or null when nothing is. */
export const StatRequest = new RequestType<FileParams, FileStat | null, void>('briefmark/fs/stat');

export const Commands = {
  tagClaim: 'briefmark.tagClaim',
  tagClaims: 'briefmark.tagClaims',
  setReview: 'briefmark.review.set',
  addToGlossary: 'briefmark.glossary.add',
  addEntriesToGlossary: 'briefmark.glossary.addEntries',
} as const;

export interface TagClaimArgs {
  uri: string;
  range: Range;
  /** The claim id to write; one is made from the text when absent. */
  id?: string;
  /** `kind=` and `layer=` to write, e.g. what Briefmark inferred for a suggestion. */
  kind?: ClaimKind;
  layer?: string;
}

/** Several sentences tagged in one edit (one undo); none inside or across another claim. */
export interface TagClaimsArgs {
  uri: string;
  claims: Array<Omit<TagClaimArgs, 'uri' | 'id'>>;
}

export interface SetReviewArgs {
  uri: string;
  claimId: string;
  status: ReviewStatus;
  note?: string;
  evidence?: string[];
  reviewer?: string;
}

export interface AddToGlossaryArgs {
  /** The brief the term comes from: it picks the workspace folder and its team glossary. */
  uri: string;
  term: string;
  kind: EntryKind;
  id?: string;
  layer?: string;
  definition?: string;
  type?: ActorType;
  /** Other wordings: an acronym, a long form. */
  aliases?: string[];
}

/** Several entries at once (e.g. candidates picked from a list), as one edit of the team glossary. */
export interface AddEntriesToGlossaryArgs {
  uri: string;
  entries: Array<Omit<AddToGlossaryArgs, 'uri'>>;
}

/** What every command answers: whether the client applied the edit, and why not. */
export interface CommandResult {
  applied: boolean;
  message?: string;
}

export const TokenTypes = ['concept', 'actor', 'claim'] as const;
export const TokenModifiers = ['explicit', 'unchecked', 'verified', 'disputed', 'retracted', 'stale'] as const;
export type TokenType = (typeof TokenTypes)[number];
export type TokenModifier = (typeof TokenModifiers)[number];

/** `briefmark.*` settings that the server reads, per resource. */
export interface BriefmarkSettings {
  glossaryFiles: string[];
  useBuiltinGlossary: boolean;
  requireClaimSource: boolean;
  suggestClaims: SuggestLevel;
  suggestNames: boolean;
  maxFileSize: number;
  reviewer: string;
}
