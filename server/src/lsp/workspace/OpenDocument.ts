import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { AnalysisOptions } from '../../core/analysis/analyzeBlock';
import { analyzeDocument, updateAnalysis, type AnalyzedBlock, type DocumentAnalysis } from '../../core/analysis/analyzeDocument';
import type { Glossary } from '../../core/glossary/buildGlossary';
import { resolveBrief, type BriefReport } from '../../core/analysis/resolveBrief';
import type { ReviewFile } from '../../core/review/reviewFile';
import type { BriefmarkSettings } from '../../protocol';
import { PieceDocument } from './PieceDocument';
import { DEFAULT_SETTINGS } from './readSettings';

export type DocumentRole = 'brief' | 'glossary' | 'review' | 'other';

/**
 * A document open in the client. A brief keeps its analysis per block: a keystroke re-analyses
 * only the block around it (updateAnalysis); a new glossary or new options start afresh.
 */
export class OpenDocument {
  settings: BriefmarkSettings = DEFAULT_SETTINGS;
  /** Settles when the document's settings (and a brief's review file) have been read. */
  ready: Promise<void> = Promise.resolve();
  private analysis: DocumentAnalysis | undefined;
  private report: { version: number; review: ReviewFile | undefined; value: BriefReport } | undefined;

  /** The document's text is kept in pieces: see PieceDocument. */
  readonly document: PieceDocument;

  constructor(
    opened: TextDocument,
    /** The file's key in the server: its URI in one spelling (BriefmarkWorkspace.keyOf). */
    readonly path: string,
    public role: DocumentRole,
  ) {
    this.document = new PieceDocument(opened.uri, opened.languageId, opened.version, opened.getText());
  }

  get uri(): string {
    return this.document.uri;
  }

  get text(): string {
    return this.document.getText();
  }

  get tooLarge(): boolean {
    return this.role === 'brief' && this.document.source.length > this.settings.maxFileSize;
  }

  get options(): AnalysisOptions {
    return { requireSource: this.settings.requireClaimSource, suggestClaims: this.settings.suggestClaims, suggestNames: this.settings.suggestNames };
  }

  /** Applies the client's changes in order; each range is in the text left by the previous change. */
  applyChanges(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && this.analysis) {
        const start = this.document.offsetAt(change.range.start);
        const end = this.document.offsetAt(change.range.end);
        this.document.update([change], version);
        this.analysis = updateAnalysis(this.analysis, { start, end, text: change.text }, this.document.source);
      } else {
        this.document.update([change], version);
        this.analysis = undefined;
      }
    }
    this.report = undefined;
  }

  /** The analysis with this glossary; undefined for a file over the size limit or not a brief. */
  analyze(glossary: Glossary): DocumentAnalysis | undefined {
    if (this.role !== 'brief' || this.tooLarge) return undefined;
    const options = this.options;
    const current = this.analysis;
    if (current && current.glossary === glossary && sameOptions(current.options, options)) return current;
    this.analysis = analyzeDocument(this.document.getText(), glossary, options);
    this.report = undefined;
    return this.analysis;
  }

  /** The brief's resolved report (positions, statuses), kept until the next change. */
  resolve(glossary: Glossary, review: ReviewFile | undefined): BriefReport | undefined {
    const analysis = this.analyze(glossary);
    if (!analysis) return undefined;
    const cached = this.report;
    if (cached && cached.version === this.document.version && cached.review === review) return cached.value;
    const value = resolveBrief(this.path, analysis, review);
    this.report = { version: this.document.version, review, value };
    return value;
  }

  /** Drops the analysis, e.g. when the settings changed. */
  invalidate(): void {
    this.analysis = undefined;
    this.report = undefined;
  }
}

function sameOptions(a: AnalysisOptions, b: AnalysisOptions): boolean {
  return a.requireSource === b.requireSource && a.suggestClaims === b.suggestClaims && a.suggestNames === b.suggestNames;
}

/** The block holding `offset` (binary search), or undefined. */
export function blockAt(analysis: DocumentAnalysis, offset: number): AnalyzedBlock | undefined {
  const blocks = analysis.blocks;
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const block = blocks[mid]!;
    if (offset < block.start) high = mid - 1;
    else if (offset > block.end) low = mid + 1;
    else return block;
  }
  return undefined;
}
