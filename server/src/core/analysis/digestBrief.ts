import type { AnalysisOptions } from './analyzeBlock';
import { analyzeDocument, flattenAnalysis, forEachBlock } from './analyzeDocument';
import type { Glossary } from '../glossary/buildGlossary';
import { countCandidates, type CandidateEntry } from '../matching/countCandidates';
import { linkCandidates, type BlockCandidate } from '../matching/findCandidates';
import { LineIndex } from '../text/lineIndex';
import { MentionCounter } from './mentionCounter';
import type { TextSource } from '../text/pieceText';
import { claimReport, reviewProblems, type BriefReport, type ClaimReport } from './resolveBrief';
import { parseReviewFile } from '../review/reviewFile';
import type { Diagnostic, EntryKind, Range } from '../types';

// What the workspace index keeps of a brief that is not open: counts and claims, not every
// mention, so a thousand briefs fit in a few megabytes. Positions of mentions are looked up again
// when they are needed (references, rename).

export interface MentionCount {
  kind: EntryKind;
  id: string;
  layer: string;
  count: number;
}

export interface BriefDigest {
  path: string;
  mentions: MentionCount[];
  /** Glossary ids written in `ref=`, `actor=`, `about=`. */
  refIds: string[];
  claims: ClaimReport[];
  /** Problems of the brief's review sidecar, in the sidecar's positions. */
  reviewDiagnostics: Diagnostic[];
  /** Names no glossary entry matches, counted. */
  candidates: CandidateEntry[];
  /** Set when the brief was not analysed. */
  skipped?: 'too-large' | 'unreadable';
}

export function digestBrief(report: BriefReport, reviewDiagnostics: Diagnostic[]): BriefDigest {
  const counts = new Map<string, MentionCount>();
  for (const m of report.mentions) {
    const key = `${m.kind}:${m.id}`;
    const found = counts.get(key);
    if (found) found.count++;
    else counts.set(key, { kind: m.kind, id: m.id, layer: m.layer, count: 1 });
  }
  const refIds = [...new Set(report.refs.map((r) => r.id))];
  return { path: report.path, mentions: [...counts.values()], refIds, claims: report.claims, reviewDiagnostics, candidates: countCandidates(report.candidates) };
}

export function skippedDigest(path: string, reason: 'too-large' | 'unreadable'): BriefDigest {
  return { path, mentions: [], refIds: [], claims: [], reviewDiagnostics: [], candidates: [], skipped: reason };
}

export interface DigestInput {
  path: string;
  /** The brief's text: a string, or pieces (a worker decodes a file a part at a time). */
  text: TextSource;
  /** The review sidecar's text, when there is one. */
  reviewText: string | undefined;
  glossary: Glossary;
  options: AnalysisOptions;
  maxFileSize: number;
}

/**
 * Analyses a brief read from disk and keeps its digest. Leaner than resolveBrief: mentions are
 * only counted, and positions are computed for claims alone.
 */
export function digestBriefText(input: DigestInput): BriefDigest {
  if (input.text.length > input.maxFileSize) return skippedDigest(input.path, 'too-large');
  const review = input.reviewText === undefined ? undefined : parseReviewFile(input.reviewText);
  const glossary = input.glossary;
  const counter = new MentionCounter(glossary);
  const refIds = new Set<string>();
  const lines = new LineIndex(input.text);
  const claims: ClaimReport[] = [];
  const claimIds = new Set<string>();
  const names: BlockCandidate[] = [];
  forEachBlock(input.text, glossary, { ...input.options, skipSuggestions: true }, (block) => {
    const d = block.start;
    for (const c of block.result.candidates) names.push(c); // counted by name: offsets are not read
    for (const m of block.result.mentions) counter.add(m.kind, m.id);
    for (const r of block.result.refs) refIds.add(r.id);
    for (const c of block.result.claims) {
      claims.push(claimReport({ ...c, start: c.start + d, end: c.end + d, spanStart: c.spanStart + d, spanEnd: c.spanEnd + d, idStart: c.idStart + d, idEnd: c.idEnd + d }, review, lines));
      if (c.id) claimIds.add(c.id);
    }
  });
  const problems = reviewProblems(review, claimIds);
  const reviewLines = problems.length > 0 ? new LineIndex(input.reviewText ?? '') : undefined;
  return {
    path: input.path,
    mentions: counter.result(),
    refIds: [...refIds],
    claims,
    reviewDiagnostics: reviewLines ? problems.map((p) => reviewLines.diagnostic(p)) : [],
    candidates: countCandidates(linkCandidates(names)),
  };
}

/** Where an entry is mentioned, and where its id is written in attributes, in one brief. */
export function locateId(text: string, glossary: Glossary, options: AnalysisOptions, kind: EntryKind, id: string): { mentions: Range[]; refs: Range[] } {
  const flat = flattenAnalysis(analyzeDocument(text, glossary, { ...options, skipSuggestions: true, suggestNames: false }));
  const lines = new LineIndex(text);
  return {
    mentions: flat.mentions.filter((m) => m.kind === kind && m.id === id).map((m) => lines.range(m.start, m.end)),
    refs: flat.refs.filter((r) => r.kind === kind && r.id === id).map((r) => lines.range(r.start, r.end)),
  };
}
