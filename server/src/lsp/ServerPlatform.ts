import type { AnalysisOptions } from '../core/analysis/analyzeBlock';
import type { CompactDigest } from '../core/analysis/compactDigest';
import type { FileHost } from '../core/host';
import type { EntryKind, Range } from '../core/types';

// What the language server needs from where it runs, so that the handlers hold no platform code:
// the Node entry gives its file system and worker threads (node/nodePlatform.ts), the web-worker
// entry the client's file system and its own thread (browser/browserPlatform.ts).

export interface ServerPlatform {
  /** The workspace's files, named by URI. */
  files: FileHost;
  /**
   * The folder (a URI) of the shipped copy of the built-in glossary files, for go to definition
   * (the bundles embed the glossary's index, not its YAML). Undefined where the server cannot
   * know it: a web worker's client says where, in `initialize` (InitializationOptions).
   */
  builtinGlossaryFolder: string | undefined;
  createIndexer(): Indexer;
}

/** How a folder's briefs are analysed: the glossary's team files (last good text) and options. */
export interface IndexConfig {
  /** One per workspace folder; a newer `version` replaces the older configuration. */
  key: string;
  version: number;
  /** By URI. */
  teamFiles: Array<{ path: string; text: string }>;
  builtin: boolean;
  options: AnalysisOptions;
  maxFileSize: number;
}

export interface LocatedId {
  /** The brief's URI. */
  path: string;
  /** Mentions found by the glossary or tagged by hand. */
  mentions: Range[];
  /** The id written in `ref=`, `actor=` or `about=`. */
  refs: Range[];
}

/** Structurally an LSP CancellationToken. */
export interface CancelToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested?(listener: () => void): unknown;
}

/** Analyses briefs that are not open, off the thread that answers requests. */
export interface Indexer {
  /** Reads and digests the briefs (by URI); `onDigests` gets them in batches. Resolves when all are done or cancelled. */
  index(config: IndexConfig, paths: readonly string[], onDigests: (digests: CompactDigest[]) => void, token: CancelToken): Promise<void>;
  /** Where `id` is mentioned or referenced in each of `paths`. */
  locate(config: IndexConfig, paths: readonly string[], kind: EntryKind, id: string, token: CancelToken): Promise<LocatedId[]>;
  dispose(): void;
}
