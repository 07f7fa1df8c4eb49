import type { BlockClaim } from './analyzeBlock';
import { flattenAnalysis, type DocumentAnalysis } from './analyzeDocument';
import { layerOf } from '../glossary/buildGlossary';
import { thresholdOf } from './claimModel';
import { Codes } from '../diagnosticCodes';
import { linkCandidates, type NamedCandidate } from '../matching/findCandidates';
import { foldSpaces } from '../text/foldText';
import { LineIndex } from '../text/lineIndex';
import { fingerprintClaim, type ReviewFile, type ReviewRecord } from '../review/reviewFile';
import type { ClaimKind, ClaimStatus, Diagnostic, EntryKind, KindSource, LayerSource, OffsetDiagnostic, Range } from '../types';

// Turns a brief's analysis plus its review sidecar into what users see: positions, claim
// statuses (stale when the wording changed since review) and document-wide checks.

export interface MentionReport {
  kind: EntryKind;
  id: string;
  text: string;
  layer: string;
  explicit: boolean;
  range: Range;
}

export interface ClaimReport {
  id: string | null;
  text: string;
  layer: string;
  layerSource: LayerSource;
  kind: string | null;
  kindSource: KindSource;
  actor: string | null;
  about: string[];
  stance: string | null;
  sources: string[];
  status: ClaimStatus;
  range: Range;
  /** The review record behind the status, if any (not part of the CLI JSON). */
  review?: ReviewRecord;
  /** The whole span, `[` to `}` (not part of the CLI JSON). */
  spanRange: Range;
  /** The id after `#`; an empty range where `#id` would go when there is none (not part of the CLI JSON). */
  idRange: Range;
  fingerprint: string;
}

/** A known glossary id written in `ref=`, `actor=` or `about=`. */
export interface IdReferenceReport {
  kind: EntryKind;
  id: string;
  range: Range;
}

/** A name no glossary entry matches (README "JSON output": text, range, kind, type?, aliases?). */
export interface CandidateReport extends NamedCandidate {
  range: Range;
}

/** An untagged sentence that reads like a claim (README "JSON output"). */
export interface SuggestionReport {
  text: string;
  range: Range;
  kind: ClaimKind;
  layer: string;
  /** 0–1, two decimals. */
  confidence: number;
  /** 'none' when nothing points to a layer (not part of the CLI JSON): a tag then writes no `layer=`. */
  layerSource: LayerSource;
  /** From the `suggestClaims` threshold up: it has a possible-claim hint (not part of the CLI JSON). */
  likely: boolean;
}

export interface BriefReport {
  path: string;
  mentions: MentionReport[];
  refs: IdReferenceReport[];
  claims: ClaimReport[];
  /** In document order. */
  suggestions: SuggestionReport[];
  candidates: CandidateReport[];
  diagnostics: Diagnostic[];
  /** Diagnostics for the review sidecar (orphan records, invalid file). */
  reviewDiagnostics: OffsetDiagnostic[];
}

export function resolveBrief(path: string, analysis: DocumentAnalysis, review: ReviewFile | undefined): BriefReport {
  // The mentions are read from the blocks: a shifted copy of each, only to be read once, cost a
  // 10 MB brief's report a tenth of its time.
  const flat = flattenAnalysis(analysis, false);
  const hintThreshold = thresholdOf(analysis.options.suggestClaims);
  const lines = new LineIndex(analysis.text);
  const glossary = analysis.glossary;
  const text = analysis.text;
  const diagnostics: OffsetDiagnostic[] = flat.diagnostics;

  const mentions: MentionReport[] = [];
  for (const block of analysis.blocks) {
    const d = block.start;
    for (const m of block.result.mentions) {
      mentions.push({ kind: m.kind, id: m.id, text: text.slice(m.start + d, m.end + d), layer: layerOf(glossary, m.kind, m.id), explicit: m.explicit, range: lines.range(m.start + d, m.end + d) });
    }
  }

  const seen = new Set<string>();
  const claims = flat.claims.map((c: BlockClaim): ClaimReport => {
    const out = claimReport(c, review, lines);
    const record = out.review;
    if (c.id) {
      if (seen.has(c.id)) diagnostics.push({ severity: 'error', code: Codes.duplicateClaimId, message: `The claim id "${c.id}" is used more than once in this brief.`, start: c.spanStart, end: c.spanEnd, data: { claimId: c.id } });
      seen.add(c.id);
    }
    if (out.status === 'stale') {
      diagnostics.push({ severity: 'warning', code: Codes.staleClaim, message: `This claim was ${record!.status} by ${record!.reviewer ?? 'a reviewer'}, but its wording has changed since: review it again.`, start: c.start, end: c.end, data: { claimId: c.id! } });
    } else if (out.status === 'disputed') {
      const note = record?.note ? `: ${record.note}` : '.';
      diagnostics.push({ severity: 'warning', code: Codes.disputedClaim, message: `This claim is disputed${record?.reviewer ? ` by ${record.reviewer}` : ''}${note}`, start: c.start, end: c.end, data: { claimId: c.id! } });
    }
    return out;
  });

  const candidates = linkCandidates(flat.candidates);
  for (const c of candidates) diagnostics.push(unknownName(c));
  const reviewDiagnostics = reviewProblems(review, seen);
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    path,
    mentions,
    refs: flat.refs.map((r) => ({ kind: r.kind, id: r.id, range: lines.range(r.start, r.end) })),
    claims,
    suggestions: flat.suggestions.map((s) => ({
      text: foldSpaces(text.slice(s.start, s.end)),
      range: lines.range(s.start, s.end),
      kind: s.kind,
      layer: s.layer,
      confidence: Math.round(s.confidence * 100) / 100,
      layerSource: s.layerSource,
      // The unrounded confidence, as flattenAnalysis compares it for the hints.
      likely: s.confidence >= hintThreshold,
    })),
    candidates: candidates.map(({ start, end, known: _known, ...c }) => ({ ...c, range: lines.range(start, end) })),
    diagnostics: diagnostics.map((d) => lines.diagnostic(d)),
    reviewDiagnostics,
  };
}

/** An unknown-name diagnostic carries what its quick fix adds: the name's document-wide aliases and type. */
function unknownName(c: NamedCandidate & { start: number; end: number }): OffsetDiagnostic {
  const what = c.kind === 'concept' ? 'a concept' : `an actor (${c.type ?? 'other'})`;
  return {
    severity: 'information',
    code: Codes.unknownName,
    message: `"${c.text}" is not in the glossary. Add it as ${what}?`,
    start: c.start,
    end: c.end,
    data: { term: c.text, entryKind: c.kind, ...(c.type ? { actorType: c.type } : {}), ...(c.aliases ? { aliases: c.aliases } : {}) },
  };
}

/** A claim as reported (absolute offsets), with its status from the review sidecar. */
export function claimReport(c: BlockClaim, review: ReviewFile | undefined, lines: LineIndex): ClaimReport {
  const fingerprint = fingerprintClaim(c.text);
  const record = c.id ? review?.records.get(c.id) : undefined;
  const out: ClaimReport = {
    id: c.id ?? null,
    text: c.text,
    layer: c.layer,
    layerSource: c.layerSource,
    kind: c.kind,
    kindSource: c.kindSource,
    actor: c.actor ?? null,
    about: c.about,
    stance: c.stance ?? null,
    sources: c.sources,
    status: statusOf(record, fingerprint),
    range: lines.range(c.start, c.end),
    spanRange: lines.range(c.spanStart, c.spanEnd),
    idRange: lines.range(c.idStart, c.idEnd),
    fingerprint,
  };
  if (record) out.review = stripPosition(record);
  return out;
}

/** The sidecar's own problems, and its records that name no claim of the brief. */
export function reviewProblems(review: ReviewFile | undefined, claimIds: ReadonlySet<string>): OffsetDiagnostic[] {
  const out: OffsetDiagnostic[] = review ? [...review.diagnostics] : [];
  for (const [id, record] of review?.records ?? []) {
    if (!claimIds.has(id)) out.push({ severity: 'warning', code: Codes.orphanReviewRecord, message: `No claim with id "${id}" in the brief: it was renamed or removed.`, start: record.start, end: record.end });
  }
  return out;
}

/** A claim's status from its review record: stale when reviewed wording has changed since. */
export function statusOf(record: ReviewRecord | undefined, fingerprint: string): ClaimStatus {
  if (!record) return 'unchecked';
  if (record.status !== 'unchecked' && record.fingerprint && record.fingerprint !== fingerprint) return 'stale';
  return record.status;
}

function stripPosition(record: ReviewRecord & { start?: number; end?: number }): ReviewRecord {
  const { start: _start, end: _end, ...rest } = record;
  return rest;
}
