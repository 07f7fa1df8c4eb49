import picomatch from 'picomatch';
import type { Glossary } from '../../core/glossary/buildGlossary';
import { builtinGlossary, glossaryWith } from '../../core/glossary/builtinGlossary';
import type { CompactDigest } from '../../core/analysis/compactDigest';
import { relativeUri } from '../../core/host';
import { LineIndex } from '../../core/text/lineIndex';
import { parseGlossaryFile, type GlossarySource } from '../../core/glossary/parseGlossaryFile';
import { parseReviewFile, type ReviewFile } from '../../core/review/reviewFile';
import { isBriefPath } from '../../core/markdown/isBriefPath';
import { isReviewPath } from '../../core/review/reviewPath';
import type { Diagnostic } from '../../core/types';
import type { BriefmarkSettings } from '../../protocol';
import { DEFAULT_SETTINGS } from './readSettings';
import type { IndexConfig } from '../ServerPlatform';

/**
 * One workspace folder: its settings, its glossary (team files + built-in), the digests of its
 * briefs and the review files read so far, each file known by its URI (normalUri). Files outside
 * every folder share a folder without a root, which uses the built-in glossary only.
 */
export class FolderState {
  settings: BriefmarkSettings = DEFAULT_SETTINGS;
  glossary: Glossary;
  /** Team glossary files, in priority order. */
  glossaryPaths: string[] = [];
  readonly briefPaths = new Set<string>();
  readonly digests = new Map<string, CompactDigest>();
  /** Bumped whenever the glossary or the index options change; digests of older versions are dropped. */
  version = 0;
  /** Settles when the folder's current index run has finished. */
  indexed: Promise<void> = Promise.resolve();
  glossaryDiagnostics = new Map<string, Diagnostic[]>();
  private readonly current = new Map<string, GlossarySource>();
  private readonly lastGood = new Map<string, GlossarySource>();
  private readonly reviews = new Map<string, { text: string; file: ReviewFile }>();
  private matcher: ((relative: string) => boolean) | undefined;

  constructor(
    readonly uri: string,
    /** The folder's URI in one spelling (normalUri), the start of every file key in it; undefined for the files outside every folder. */
    readonly root: string | undefined,
    readonly name: string,
  ) {
    // The glossary a folder has before its files are read: the built-in one, indexed once and shared.
    this.glossary = builtinGlossary();
  }

  contains(file: string): boolean {
    return this.relative(file) !== undefined;
  }

  /** The file's path below the folder ("notes/a.md"), or undefined when it is not in it. */
  relative(file: string): string | undefined {
    return this.root === undefined ? undefined : relativeUri(this.root, file);
  }

  isBrief(file: string): boolean {
    return isBriefPath(file);
  }

  /** Whether briefmark.glossaryFiles picks the file at this path below the folder. */
  isGlossary(relative: string): boolean {
    this.matcher ??= picomatch(this.settings.glossaryFiles, { dot: true, nocase: true });
    return this.matcher(relative);
  }

  isReview(file: string): boolean {
    return isReviewPath(file);
  }

  setSettings(settings: BriefmarkSettings): void {
    this.settings = settings;
    this.matcher = undefined;
  }

  indexConfig(): IndexConfig {
    return {
      key: this.uri,
      version: this.version,
      teamFiles: this.glossaryPaths.flatMap((path) => {
        const source = this.inUse(path);
        return source ? [{ path, text: source.text }] : [];
      }),
      builtin: this.settings.useBuiltinGlossary,
      options: { requireSource: this.settings.requireClaimSource, suggestClaims: this.settings.suggestClaims, suggestNames: this.settings.suggestNames },
      maxFileSize: this.settings.maxFileSize,
    };
  }

  /** Records a glossary file's text (undefined: deleted); call rebuildGlossary afterwards. */
  setGlossaryText(path: string, text: string | undefined): void {
    if (text === undefined) {
      this.current.delete(path);
      this.lastGood.delete(path);
      return;
    }
    const source = parseGlossaryFile(path, text);
    this.current.set(path, source);
    if (source.file) this.lastGood.set(path, source);
  }

  setGlossaryPaths(paths: string[]): void {
    this.glossaryPaths = [...paths].sort();
    for (const path of [...this.current.keys()]) {
      if (!this.glossaryPaths.includes(path)) {
        this.current.delete(path);
        this.lastGood.delete(path);
      }
    }
  }

  /** The source merged for a path: its current text, or the last good one while it is broken. */
  inUse(path: string): GlossarySource | undefined {
    const current = this.current.get(path);
    return current?.file ? current : (this.lastGood.get(path) ?? undefined);
  }

  /** The team files in use, in order. */
  private teamSources(): GlossarySource[] {
    return this.glossaryPaths.flatMap((p) => {
      const source = this.inUse(p);
      return source ? [source] : [];
    });
  }

  /** Merges the glossary again; broken files keep their last good version in use. */
  rebuildGlossary(): void {
    const built = glossaryWith(this.teamSources(), this.settings.useBuiltinGlossary);
    this.glossary = built.glossary;
    this.version++;
    const diagnostics = new Map<string, Diagnostic[]>();
    for (const path of this.glossaryPaths) {
      const current = this.current.get(path);
      if (!current) continue;
      const lines = new LineIndex(current.text);
      if (current.file) {
        diagnostics.set(path, (built.diagnostics.get(path) ?? []).map((d) => lines.diagnostic(d)));
        continue;
      }
      const kept = this.lastGood.has(path) ? ' Briefmark keeps using the last valid version of this file until it is fixed.' : '';
      diagnostics.set(
        path,
        current.diagnostics.map((d, i) => lines.diagnostic(i === 0 && d.severity === 'error' ? { ...d, message: d.message + kept } : d)),
      );
    }
    this.glossaryDiagnostics = diagnostics;
  }

  review(path: string): ReviewFile | undefined {
    return this.reviews.get(path)?.file;
  }

  reviewText(path: string): string | undefined {
    return this.reviews.get(path)?.text;
  }

  /** Returns whether the review changed. */
  setReviewText(path: string, text: string | undefined): boolean {
    const before = this.reviews.get(path);
    if (text === undefined) return this.reviews.delete(path);
    if (before?.text === text) return false;
    this.reviews.set(path, { text, file: parseReviewFile(text) });
    return true;
  }

  hasReview(path: string): boolean {
    return this.reviews.has(path);
  }
}
