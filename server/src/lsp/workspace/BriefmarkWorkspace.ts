import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileChangeType, type Connection, type Diagnostic as LspDiagnostic, type DidChangeTextDocumentParams, type DidChangeWatchedFilesParams, type DidOpenTextDocumentParams, type WorkspaceFolder } from 'vscode-languageserver';
import { countDigestMentions, digestClaims, digestMentions, internIds, type CompactDigest } from '../../core/analysis/compactDigest';
import type { MentionCounter } from '../../core/analysis/mentionCounter';
import { countCandidates, type CandidateEntry } from '../../core/matching/countCandidates';
import { digestBrief, digestBriefText, type BriefDigest } from '../../core/analysis/digestBrief';
import type { SummaryInput } from '../../core/summary/summarizeLayers';
import { displayUri, joinUri, normalUri, readOrUndefined } from '../../core/host';
import { SETTING_LIMIT, tooLargeDiagnostic } from '../../core/analysis/tooLargeDiagnostic';
import { LineIndex } from '../../core/text/lineIndex';
import { resolveBrief, type BriefReport, type ClaimReport } from '../../core/analysis/resolveBrief';
import { parseReviewFile } from '../../core/review/reviewFile';
import { reviewPathFor } from '../../core/review/reviewPath';
import { analyzeDocument } from '../../core/analysis/analyzeDocument';
import type { SuggestLevel } from '../../core/analysis/claimModel';
import { entryOf, layerOf } from '../../core/glossary/buildGlossary';
import type { GlossarySource } from '../../core/glossary/parseGlossaryFile';
import type { Diagnostic, EntryKind } from '../../core/types';
import { SummaryChangedNotification, type BriefmarkSettings } from '../../protocol';
import { FolderState } from './FolderState';
import { OpenDocument, type DocumentRole } from './OpenDocument';
import type { SettingsReader } from './readSettings';
import type { CancelToken, IndexConfig, Indexer, LocatedId, ServerPlatform } from '../ServerPlatform';
import { toLspDiagnostic } from '../toLsp';

const DIAGNOSTICS_DELAY_MS = 150;
const GLOSSARY_DELAY_MS = 300;
const SUMMARY_DELAY_MS = 250;

// What the features read of the workspace, by role: a handler takes the narrowest it needs, not
// the whole class (and a test can hand it a small fake).

/** An open document's analysis, with the folder (glossary, reviews) it belongs to: a feature on one document. */
export type DocumentAnalyses = Pick<BriefmarkWorkspace, 'folderFor' | 'report'>;

/** Files by key as the user sees them (an open document's text before the disk's): a feature that edits files. */
export type WorkspaceFiles = Pick<BriefmarkWorkspace, 'document' | 'keyOf' | 'uriOf' | 'readCurrent'>;

/** A brief as the workspace-wide requests see it. */
export interface BriefView {
  folder: FolderState;
  path: string;
  /** Adds the brief's mentions to `counter` (one per folder: see summaryOf). */
  countMentions(counter: MentionCounter): void;
  /** The brief's claims, one item each or counted by layer, status, kind and their sources. */
  claimCounts(): SummaryInput['claims'];
  claims(): ClaimReport[];
  candidates(): CandidateEntry[];
}

export interface WorkspaceOptions {
  connection: Connection;
  platform: ServerPlatform;
  /** Where the built-in glossary's YAML files are (a folder URI), if known. */
  builtinGlossaryFolder: string | undefined;
  settings: SettingsReader;
  /** Whether the client shows progress for server-initiated work. */
  progress: boolean;
  /** Whether the client can be asked to refresh semantic tokens. */
  refreshTokens: boolean;
}

/**
 * The server's picture of the workspace: folders with their glossaries and indexed briefs, and
 * the documents open in the client. Handlers ask it; edits, file events and settings update it.
 */
export class BriefmarkWorkspace {
  readonly folders: FolderState[] = [];
  /** Files outside every workspace folder (and untitled documents). */
  readonly looseFolder = new FolderState('', undefined, 'outside the workspace');
  readonly documents = new Map<string, OpenDocument>();
  /** Settles when the folders have been read for the first time (start() was called and finished). */
  readonly ready: Promise<void>;
  private markReady!: () => void;
  private readonly indexer: Indexer;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly publishedReviews = new Set<string>();
  private readonly tooLargeLogged = new Set<string>();
  /** Shipped glossary files by name (see builtinGlossarySource). */
  private readonly builtinSources = new Map<string, Promise<GlossarySource | undefined>>();
  private indexCancels = new Map<FolderState, { isCancellationRequested: boolean }>();

  constructor(private readonly options: WorkspaceOptions) {
    this.indexer = options.platform.createIndexer();
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  get connection(): Connection {
    return this.options.connection;
  }

  get platform(): ServerPlatform {
    return this.options.platform;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.indexer.dispose();
  }

  // --- files and folders ---

  /**
   * The key a file is known by in the server (its documents, digests, glossary and review files):
   * its URI in one spelling, whatever the scheme, so that a virtual workspace works as a folder on disk does.
   */
  keyOf(uri: string): string {
    return normalUri(uri);
  }

  /**
   * Listed files as keys: a client may list a file in another spelling of its URI. One that does
   * not parse is left out (a bad listing must not stop the folder from loading).
   */
  private keysOf(listed: readonly string[]): string[] {
    return listed.flatMap((file) => {
      try {
        return [this.keyOf(file)];
      } catch {
        return [];
      }
    });
  }

  /** The URI to send the client for a file key: the open document's own, else the key. */
  uriOf(key: string): string {
    return this.documentAt(key)?.uri ?? key;
  }

  folderFor(key: string): FolderState {
    let best: FolderState | undefined;
    for (const folder of this.folders) {
      if (folder.contains(key) && (!best || folder.root!.length > best.root!.length)) best = folder;
    }
    return best ?? this.looseFolder;
  }

  /** The URI of a built-in glossary file (for go to definition), if the server knows where they are. */
  builtinGlossaryUri(name: string): string | undefined {
    const folder = this.options.builtinGlossaryFolder;
    return folder === undefined ? undefined : joinUri(folder, name);
  }

  /**
   * A shipped glossary file with its text, read once: it does not change while the server runs, and
   * one source object lets findGlossaryIds keep its ids' places (parsing the shipped files took
   * 0.2–0.6 s of this thread at each refresh of the Glossary view). A file that cannot be read is
   * asked for again next time.
   */
  builtinGlossarySource(name: string): Promise<GlossarySource | undefined> {
    let source = this.builtinSources.get(name);
    if (!source) {
      const uri = this.builtinGlossaryUri(name);
      source = uri === undefined ? Promise.resolve(undefined) : this.readFile(uri).then((text) => (text === undefined ? undefined : { path: name, builtin: true, text, file: undefined, diagnostics: [] }));
      this.builtinSources.set(name, source);
      void source.then((read) => {
        if (!read) this.builtinSources.delete(name);
      });
    }
    return source;
  }

  /** A file's text, or undefined when it is missing or cannot be read (the server goes on without it). */
  readFile(key: string): Promise<string | undefined> {
    return readOrUndefined(this.platform.files, key);
  }

  document(uri: string): OpenDocument | undefined {
    return this.documents.get(uri);
  }

  /** Reads every folder: settings, glossary files, briefs; then indexes the briefs in the background. */
  async start(folders: readonly WorkspaceFolder[]): Promise<void> {
    for (const f of folders) this.folders.push(new FolderState(f.uri, this.keyOf(f.uri), f.name));
    try {
      await Promise.all([...this.folders.map((folder) => this.loadFolder(folder)), this.loadLoose()]);
    } finally {
      this.markReady();
    }
  }

  async changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): Promise<void> {
    for (const r of removed) {
      const index = this.folders.findIndex((f) => f.uri === r.uri);
      if (index === -1) continue;
      const [gone] = this.folders.splice(index, 1);
      this.cancelIndex(gone!);
      for (const path of gone!.glossaryPaths) void this.connection.sendDiagnostics({ uri: this.uriOf(path), diagnostics: [] });
    }
    const fresh = added.map((f) => new FolderState(f.uri, this.keyOf(f.uri), f.name));
    this.folders.push(...fresh);
    await Promise.all(fresh.map((folder) => this.loadFolder(folder)));
    this.refreshOpenDocuments();
  }

  private async loadLoose(): Promise<void> {
    this.looseFolder.setSettings(await this.options.settings.get(undefined));
    this.looseFolder.rebuildGlossary();
  }

  private async loadFolder(folder: FolderState): Promise<void> {
    folder.setSettings(await this.options.settings.get(folder.uri));
    const files = this.keysOf(await this.platform.files.listFiles(folder.root!).catch(() => []));
    folder.briefPaths.clear();
    const glossaries: string[] = [];
    for (const file of files) {
      if (folder.isReview(file)) continue;
      if (folder.isGlossary(folder.relative(file)!)) glossaries.push(file);
      else if (folder.isBrief(file)) folder.briefPaths.add(file);
    }
    const before = folder.glossaryPaths;
    folder.setGlossaryPaths(glossaries);
    // A file that briefmark.glossaryFiles no longer matches is not a glossary any more: its
    // problems would otherwise stay in the client's list.
    for (const path of before) if (!glossaries.includes(path)) void this.connection.sendDiagnostics({ uri: this.uriOf(path), diagnostics: [] });
    await Promise.all(glossaries.map(async (path) => folder.setGlossaryText(path, await this.readCurrent(path))));
    this.glossaryChanged(folder);
  }

  /** The document open at this file key, if any. */
  documentAt(path: string): OpenDocument | undefined {
    for (const doc of this.documents.values()) if (doc.path === path) return doc;
    return undefined;
  }

  /** A file as the user sees it: the open document's text, else the file on disk. */
  async readCurrent(path: string): Promise<string | undefined> {
    return this.documentAt(path)?.text ?? (await this.readFile(path));
  }

  /**
   * A brief as the requests see it: its open document's analysis, else its digest in the index,
   * else the file read now. `fresh` skips the index: a review writes the claim's fingerprint,
   * which must be the file's as it is now.
   */
  async briefDigest(uri: string, fresh = false): Promise<{ folder: FolderState; digest: BriefDigest | undefined }> {
    await this.ready;
    const key = this.keyOf(uri);
    const folder = this.folderFor(key);
    const doc = this.document(uri);
    if (doc) {
      await doc.ready;
      const report = this.report(doc);
      return { folder, digest: report ? digestBrief(report, []) : undefined };
    }
    const indexed = fresh ? undefined : folder.digests.get(key);
    if (indexed) {
      const digest = { path: key, mentions: digestMentions(indexed, (kind, id) => layerOf(folder.glossary, kind, id)), refIds: indexed.refIds, claims: digestClaims(indexed), reviewDiagnostics: indexed.reviewDiagnostics, candidates: indexed.candidates };
      return { folder, digest };
    }
    return { folder, digest: await this.digestFromDisk(key) };
  }

  /** A brief that is neither open nor indexed, read from disk and digested with its folder's glossary. */
  async digestFromDisk(path: string): Promise<BriefDigest | undefined> {
    const read = await this.readBrief(path);
    return read && digestBriefText({ path, text: read.text, reviewText: read.reviewText, glossary: read.folder.glossary, options: read.config.options, maxFileSize: read.config.maxFileSize });
  }

  /**
   * A brief that is not open, read from disk and resolved in full: unlike a digest, every mention
   * with its place. Its suggestions only when `suggestClaims` (the brief's setting) is given.
   */
  async reportFromDisk(path: string, suggestClaims?: SuggestLevel): Promise<BriefReport | undefined> {
    const read = await this.readBrief(path);
    if (!read || read.text.length > read.config.maxFileSize) return undefined;
    const options = suggestClaims === undefined ? { ...read.config.options, skipSuggestions: true } : { ...read.config.options, suggestClaims };
    const analysis = analyzeDocument(read.text, read.folder.glossary, options);
    return resolveBrief(path, analysis, read.reviewText === undefined ? undefined : parseReviewFile(read.reviewText));
  }

  /** A brief and its review sidecar from disk, with the folder that analyses it. */
  private async readBrief(path: string): Promise<{ text: string; reviewText: string | undefined; folder: FolderState; config: IndexConfig } | undefined> {
    const text = await this.readFile(path);
    if (text === undefined) return undefined;
    const folder = this.folderFor(path);
    const config = folder.indexConfig();
    // A brief too large to analyse needs no sidecar.
    const reviewText = text.length > config.maxFileSize ? undefined : await this.readFile(reviewPathFor(path));
    return { text, reviewText, folder, config };
  }

  /** After a folder's glossary was rebuilt: diagnostics, open briefs, index, views. */
  private glossaryChanged(folder: FolderState): void {
    folder.rebuildGlossary();
    for (const [path, diagnostics] of folder.glossaryDiagnostics) void this.connection.sendDiagnostics({ uri: this.uriOf(path), diagnostics: diagnostics.map(toLspDiagnostic) });
    for (const doc of this.documents.values()) {
      if (doc.role === 'brief' && this.folderFor(doc.path) === folder) this.scheduleDiagnostics(doc, 0);
    }
    if (this.options.refreshTokens) void this.connection.languages.semanticTokens.refresh();
    this.reindex(folder);
  }

  // --- the index of briefs that are not open ---

  private cancelIndex(folder: FolderState): void {
    const previous = this.indexCancels.get(folder);
    if (previous) previous.isCancellationRequested = true;
  }

  /** Re-reads every brief of the folder (or the given ones) in the workers. */
  reindex(folder: FolderState, only?: string[]): void {
    if (folder.root === undefined) return;
    const paths = (only ?? [...folder.briefPaths]).filter((p) => !this.isOpen(p));
    if (!only) {
      this.cancelIndex(folder);
      for (const p of [...folder.digests.keys()]) if (!folder.briefPaths.has(p)) folder.digests.delete(p);
    }
    if (paths.length === 0) {
      this.scheduleSummaryChanged();
      return;
    }
    const token = { isCancellationRequested: false };
    if (!only) this.indexCancels.set(folder, token);
    const config = folder.indexConfig();
    const run = this.runIndex(folder, config.version, paths, token, !only);
    folder.indexed = Promise.all([folder.indexed, run]).then(() => undefined);
  }

  private async runIndex(folder: FolderState, version: number, paths: string[], token: { isCancellationRequested: boolean }, report: boolean): Promise<void> {
    const progress = report && this.options.progress && paths.length > 1 ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Briefmark: indexing briefs', 0, `0 of ${paths.length}`, false);
    let done = 0;
    let percent = 0;
    const started = Date.now();
    try {
      await this.indexer.index(
        folder.indexConfig(),
        paths,
        (digests) => {
          if (token.isCancellationRequested || folder.version !== version) return;
          for (const digest of digests) this.storeDigest(folder, internIds(digest, (kind, id) => entryOf(folder.glossary, kind, id)?.id));
          done += digests.length;
          // Digests come one by one from the workers: the client hears of each percent, not each brief.
          const now = Math.round((done / paths.length) * 100);
          if (now !== percent || done === paths.length) progress?.report((percent = now), `${done} of ${paths.length}`);
        },
        token,
      );
    } catch (error) {
      this.connection.console.error(`Indexing ${folder.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      progress?.done();
    }
    if (!token.isCancellationRequested) this.scheduleSummaryChanged();
    if (report && !token.isCancellationRequested) this.connection.console.log(`Indexed ${done} briefs of ${folder.name} in ${Date.now() - started} ms.`);
  }

  private storeDigest(folder: FolderState, digest: CompactDigest): void {
    if (this.isOpen(digest.path)) return; // the open document's own analysis is newer
    folder.digests.set(digest.path, digest);
    if (digest.skipped === 'too-large' && !this.tooLargeLogged.has(digest.path)) {
      this.tooLargeLogged.add(digest.path);
      this.connection.console.info(`Not indexed: ${displayUri(digest.path)} is larger than ${SETTING_LIMIT} (${folder.settings.maxFileSize.toLocaleString('en')} characters).`);
    }
    this.publishReview(reviewPathFor(digest.path), digest.reviewDiagnostics);
  }

  private publishReview(path: string, diagnostics: Diagnostic[]): void {
    const uri = this.uriOf(path);
    if (diagnostics.length === 0 && !this.publishedReviews.has(uri)) return;
    if (diagnostics.length === 0) this.publishedReviews.delete(uri);
    else this.publishedReviews.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLspDiagnostic) });
  }

  /** Every folder's index, once the runs under way have finished. */
  async settled(token?: { isCancellationRequested: boolean }): Promise<void> {
    await this.ready;
    for (;;) {
      const pending = this.folders.map((f) => f.indexed);
      await Promise.all(pending);
      if (token?.isCancellationRequested || this.folders.every((f, i) => f.indexed === pending[i])) return;
    }
  }

  /** Every brief of the workspace: open briefs from their live analysis, the others from the index. */
  briefs(): BriefView[] {
    const out: BriefView[] = [];
    for (const folder of this.folders) {
      for (const [path, digest] of folder.digests) {
        if (this.isOpen(path)) continue;
        out.push({
          folder,
          path,
          countMentions: (counter) => countDigestMentions(digest, counter),
          claimCounts: () => digest.claimCounts,
          claims: () => digestClaims(digest),
          candidates: () => digest.candidates,
        });
      }
    }
    for (const doc of this.documents.values()) {
      if (doc.role !== 'brief') continue;
      const report = this.report(doc);
      if (!report) continue;
      out.push({
        folder: this.folderFor(doc.path),
        path: doc.path,
        countMentions: (counter) => {
          for (const m of report.mentions) counter.add(m.kind, m.id);
        },
        claimCounts: () => report.claims,
        claims: () => report.claims,
        candidates: () => countCandidates(report.candidates),
      });
    }
    return out;
  }

  /** Where an entry is used in briefs that are not open (read in the workers). */
  locate(folder: FolderState, paths: readonly string[], kind: EntryKind, id: string, token: CancelToken): Promise<LocatedId[]> {
    return this.indexer.locate(folder.indexConfig(), paths, kind, id, token);
  }

  isOpen(path: string): boolean {
    return this.documentAt(path) !== undefined;
  }

  // --- open documents ---

  report(doc: OpenDocument): BriefReport | undefined {
    const folder = this.folderFor(doc.path);
    return doc.resolve(folder.glossary, folder.review(reviewPathFor(doc.path)));
  }

  private roleOf(path: string, languageId: string): DocumentRole {
    const folder = this.folderFor(path);
    if (folder.isReview(path)) return 'review';
    if (folder.root !== undefined && folder.glossaryPaths.includes(path)) return 'glossary';
    const relative = folder.relative(path);
    if (relative !== undefined && folder.isGlossary(relative)) return 'glossary';
    if (languageId === 'markdown' || folder.isBrief(path)) return 'brief';
    return 'other';
  }

  async open(params: DidOpenTextDocumentParams): Promise<void> {
    const item = params.textDocument;
    const path = this.keyOf(item.uri);
    const doc = new OpenDocument(TextDocument.create(item.uri, item.languageId, item.version, item.text), path, 'other');
    this.documents.set(item.uri, doc);
    doc.ready = this.prepare(doc, item.languageId);
    await doc.ready;
  }

  private async prepare(doc: OpenDocument, languageId: string): Promise<void> {
    await this.ready;
    const folder = this.folderFor(doc.path);
    doc.role = this.roleOf(doc.path, languageId);
    doc.settings = await this.options.settings.get(doc.uri);
    if (doc.role === 'brief') {
      const reviewPath = reviewPathFor(doc.path);
      if (!folder.hasReview(reviewPath)) folder.setReviewText(reviewPath, await this.readCurrent(reviewPath));
      folder.digests.delete(doc.path);
      this.scheduleDiagnostics(doc, 0);
      this.scheduleSummaryChanged();
    } else if (doc.role === 'glossary') {
      if (!folder.glossaryPaths.includes(doc.path)) folder.setGlossaryPaths([...folder.glossaryPaths, doc.path]);
      if (folder.inUse(doc.path)?.text !== doc.text) this.glossaryEdited(doc);
    } else if (doc.role === 'review') {
      this.reviewEdited(folder, doc.path, doc.text);
    }
  }

  change(params: DidChangeTextDocumentParams): void {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc) return;
    doc.applyChanges(params.contentChanges, params.textDocument.version);
    if (doc.role === 'brief') {
      // Re-analyse the edited blocks now, so the next request finds the analysis ready.
      const folder = this.folderFor(doc.path);
      doc.analyze(folder.glossary);
      this.scheduleDiagnostics(doc, DIAGNOSTICS_DELAY_MS);
      this.scheduleSummaryChanged();
    } else if (doc.role === 'glossary') {
      this.debounce(`glossary:${doc.uri}`, GLOSSARY_DELAY_MS, () => this.glossaryEdited(doc));
    } else if (doc.role === 'review') {
      this.debounce(`review:${doc.uri}`, DIAGNOSTICS_DELAY_MS, () => this.reviewEdited(this.folderFor(doc.path), doc.path, doc.text));
    }
  }

  async close(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    this.documents.delete(uri);
    this.clearTimer(`diagnostics:${uri}`);
    const folder = this.folderFor(doc.path);
    if (doc.role === 'brief') {
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      if (folder.briefPaths.has(doc.path)) this.reindex(folder, [doc.path]);
      else this.scheduleSummaryChanged();
    } else if (doc.role === 'glossary' && folder.root !== undefined) {
      // The file on disk is the truth again (the edit may not have been saved).
      const text = await this.readFile(doc.path);
      if (text === undefined && !folder.isGlossary(folder.relative(doc.path) ?? '')) return;
      if (text === undefined) folder.setGlossaryPaths(folder.glossaryPaths.filter((p) => p !== doc.path));
      folder.setGlossaryText(doc.path, text);
      this.glossaryChanged(folder);
    } else if (doc.role === 'review') {
      this.reviewEdited(folder, doc.path, await this.readFile(doc.path));
    }
  }

  private glossaryEdited(doc: OpenDocument): void {
    if (!this.documents.has(doc.uri)) return;
    const folder = this.folderFor(doc.path);
    folder.setGlossaryText(doc.path, doc.text);
    this.glossaryChanged(folder);
  }

  private reviewEdited(folder: FolderState, path: string, text: string | undefined): void {
    if (!folder.setReviewText(path, text)) return;
    const briefPath = [...this.documents.values()].find((d) => d.role === 'brief' && reviewPathFor(d.path) === path);
    if (briefPath) {
      this.scheduleDiagnostics(briefPath, 0);
      // The brief's text did not change, so the editor would keep its claims' old status modifiers.
      if (this.options.refreshTokens) void this.connection.languages.semanticTokens.refresh();
    } else {
      const brief = [...folder.briefPaths].find((p) => reviewPathFor(p) === path);
      if (brief) this.reindex(folder, [brief]);
    }
    this.scheduleSummaryChanged();
  }

  // --- file events and settings ---

  async watchedFilesChanged(params: DidChangeWatchedFilesParams): Promise<void> {
    await this.ready;
    const rebuild = new Set<FolderState>();
    for (const change of params.changes) {
      const path = this.keyOf(change.uri);
      const folder = this.folderFor(path);
      const relative = folder.relative(path);
      if (relative === undefined || this.isOpen(path)) continue;
      const deleted = change.type === FileChangeType.Deleted;
      if (folder.isReview(path)) {
        if (folder.hasReview(path) || !deleted) this.reviewEdited(folder, path, deleted ? undefined : await this.readFile(path));
        else {
          const brief = [...folder.briefPaths].find((p) => reviewPathFor(p) === path);
          if (brief) this.reindex(folder, [brief]);
        }
      } else if (folder.isGlossary(relative)) {
        const paths = new Set(folder.glossaryPaths);
        if (deleted) paths.delete(path);
        else paths.add(path);
        folder.setGlossaryPaths([...paths]);
        folder.setGlossaryText(path, deleted ? undefined : await this.readFile(path));
        if (deleted) void this.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        rebuild.add(folder);
      } else if (folder.isBrief(path)) {
        if (deleted) {
          folder.briefPaths.delete(path);
          folder.digests.delete(path);
          this.scheduleSummaryChanged();
        } else {
          folder.briefPaths.add(path);
          if (!rebuild.has(folder)) this.reindex(folder, [path]);
        }
      }
    }
    for (const folder of rebuild) this.glossaryChanged(folder);
  }

  /** Settings changed: read them again for every folder and document, and redo what they affect. */
  async settingsChanged(): Promise<void> {
    this.options.settings.clear();
    await this.ready;
    await this.loadLoose();
    for (const folder of this.folders) {
      const before = folder.settings;
      const after = await this.options.settings.get(folder.uri);
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      if (JSON.stringify(before.glossaryFiles) !== JSON.stringify(after.glossaryFiles)) await this.loadFolder(folder);
      else {
        folder.setSettings(after);
        this.glossaryChanged(folder);
      }
    }
    for (const doc of this.documents.values()) {
      const settings = await this.options.settings.get(doc.uri);
      if (JSON.stringify(settings) === JSON.stringify(doc.settings)) continue;
      doc.settings = settings;
      doc.invalidate();
      if (doc.role === 'brief') this.scheduleDiagnostics(doc, 0);
    }
    if (this.options.refreshTokens) void this.connection.languages.semanticTokens.refresh();
    this.scheduleSummaryChanged();
  }

  private refreshOpenDocuments(): void {
    for (const doc of this.documents.values()) {
      doc.role = this.roleOf(doc.path, doc.document.languageId);
      doc.invalidate();
      if (doc.role === 'brief') this.scheduleDiagnostics(doc, 0);
    }
    this.scheduleSummaryChanged();
  }

  // --- diagnostics and notifications ---

  scheduleDiagnostics(doc: OpenDocument, delay: number): void {
    this.debounce(`diagnostics:${doc.uri}`, delay, () => this.publishDiagnostics(doc));
  }

  private publishDiagnostics(doc: OpenDocument): void {
    if (this.documents.get(doc.uri) !== doc) return;
    const version = doc.document.version;
    if (doc.tooLarge) {
      const tooLarge = tooLargeDiagnostic(doc.document.source.length, doc.settings.maxFileSize, SETTING_LIMIT);
      void this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [toLspDiagnostic(tooLarge)] });
      return;
    }
    const report = this.report(doc);
    if (!report) return;
    const diagnostics: LspDiagnostic[] = report.diagnostics.map(toLspDiagnostic);
    void this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    const reviewPath = reviewPathFor(doc.path);
    const reviewText = this.folderFor(doc.path).reviewText(reviewPath);
    if (reviewText !== undefined || this.publishedReviews.has(this.uriOf(reviewPath))) {
      const lines = new LineIndex(reviewText ?? '');
      this.publishReview(reviewPath, report.reviewDiagnostics.map((d) => lines.diagnostic(d)));
    }
  }

  scheduleSummaryChanged(): void {
    this.debounce('summaryChanged', SUMMARY_DELAY_MS, () => void this.connection.sendNotification(SummaryChangedNotification));
  }

  private debounce(key: string, delay: number, action: () => void): void {
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        try {
          action();
        } catch (error) {
          this.connection.console.error(`Briefmark: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
      }, delay),
    );
  }

  private clearTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  /** Settings of a resource, for commands that need them (e.g. the reviewer's name). */
  async settingsFor(uri: string): Promise<BriefmarkSettings> {
    return this.documents.get(uri)?.settings ?? this.options.settings.get(uri);
  }
}
