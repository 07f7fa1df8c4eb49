import { DEFAULT_OPTIONS, type AnalysisOptions } from './analyzeBlock';
import { analyzeDocument } from './analyzeDocument';
import type { Glossary } from '../glossary/buildGlossary';
import { glossaryWith } from '../glossary/builtinGlossary';
import { Codes } from '../diagnosticCodes';
import { LineIndex } from '../text/lineIndex';
import { parseGlossaryFile, type GlossarySource } from '../glossary/parseGlossaryFile';
import { resolveBrief, type BriefReport } from './resolveBrief';
import { parseReviewFile } from '../review/reviewFile';
import { reviewPathFor } from '../review/reviewPath';
import { summarizeLayers, type Summary } from '../summary/summarizeLayers';
import type { FileHost } from '../host';
import { SETTING_LIMIT, tooLargeDiagnostic } from './tooLargeDiagnostic';
import type { OffsetDiagnostic } from '../types';

/**
 * What the analysis of named files reads with: the FileHost's reader. The names are passed
 * through as they are given (the CLI names files by the paths the user typed, and its reader
 * turns them into URIs); tests pass a Map.
 */
export type FileReader = Pick<FileHost, 'readFile'>;

export interface LoadGlossaryRequest {
  host: FileReader;
  /** Team glossary files, in priority order. */
  files: readonly string[];
  builtin: boolean;
}

export interface LoadedGlossary {
  glossary: Glossary;
  /** The team files as read (the built-in files are checked by the project's tests, not reported). */
  sources: GlossarySource[];
  /** Problems per glossary file. */
  diagnostics: Map<string, OffsetDiagnostic[]>;
}

export async function loadGlossary(request: LoadGlossaryRequest): Promise<LoadedGlossary> {
  const sources: GlossarySource[] = [];
  for (const path of request.files) {
    const text = await request.host.readFile(path);
    if (text === undefined) sources.push(missingGlossary(path));
    else sources.push(parseGlossaryFile(path, text));
  }
  const built = glossaryWith(sources, request.builtin);
  return { glossary: built.glossary, sources, diagnostics: built.diagnostics };
}

function missingGlossary(path: string): GlossarySource {
  const diagnostics: OffsetDiagnostic[] = [{ severity: 'error', code: Codes.invalidGlossary, message: 'The glossary file does not exist (it was moved or deleted).', start: 0, end: 0 }];
  return { path, builtin: false, text: '', file: undefined, diagnostics };
}

export interface AnalyzeBriefsRequest extends LoadGlossaryRequest {
  briefs: readonly string[];
  options?: AnalysisOptions;
  /** Briefs larger than this many UTF-16 code units are not analysed. */
  maxFileSize?: number;
  /** How the user raises that limit, for the diagnostic of a brief left out (the setting's name unless given). */
  limitHint?: string;
}

/** A file in the report: a brief, or a glossary/review file with problems. */
export interface DocumentReport extends BriefReport {
  role: 'brief' | 'glossary' | 'review';
}

export interface BriefsReport {
  glossary: { files: string[]; builtin: boolean; concepts: number; actors: number };
  /** The merged glossary the briefs were analysed with. */
  index: Glossary;
  documents: DocumentReport[];
  summary: Summary;
}

export const DEFAULT_MAX_FILE_SIZE = 5_000_000;

export async function analyzeBriefs(request: AnalyzeBriefsRequest): Promise<BriefsReport> {
  const loaded = await loadGlossary(request);
  const { glossary } = loaded;
  const options = request.options ?? DEFAULT_OPTIONS;
  const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const documents: DocumentReport[] = [];
  const reviewDocuments: DocumentReport[] = [];
  for (const path of request.briefs) {
    const text = (await request.host.readFile(path)) ?? '';
    if (text.length > maxFileSize) {
      documents.push({ ...emptyReport(path, 'brief'), diagnostics: [tooLargeDiagnostic(text.length, maxFileSize, request.limitHint ?? SETTING_LIMIT)] });
      continue;
    }
    const reviewPath = reviewPathFor(path);
    const reviewText = await request.host.readFile(reviewPath);
    const review = reviewText === undefined ? undefined : parseReviewFile(reviewText);
    const report = resolveBrief(path, analyzeDocument(text, glossary, options), review);
    documents.push({ ...report, role: 'brief' });
    if (report.reviewDiagnostics.length > 0) {
      const lines = new LineIndex(reviewText ?? '');
      reviewDocuments.push({ ...emptyReport(reviewPath, 'review'), diagnostics: report.reviewDiagnostics.map((d) => lines.diagnostic(d)) });
    }
  }
  for (const source of loaded.sources) {
    const problems = loaded.diagnostics.get(source.path) ?? [];
    if (problems.length === 0) continue;
    const lines = new LineIndex(source.text);
    documents.push({ ...emptyReport(source.path, 'glossary'), diagnostics: problems.map((d) => lines.diagnostic(d)) });
  }
  documents.push(...reviewDocuments);
  return {
    glossary: { files: glossary.files, builtin: glossary.builtin, concepts: glossary.concepts.size, actors: glossary.actors.size },
    index: glossary,
    documents,
    summary: summarizeLayers(glossary, documents.filter((d) => d.role === 'brief')),
  };
}

function emptyReport(path: string, role: DocumentReport['role']): DocumentReport {
  return { path, role, mentions: [], refs: [], claims: [], suggestions: [], candidates: [], diagnostics: [], reviewDiagnostics: [] };
}
