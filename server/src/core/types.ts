// Plain data shared by the core, the CLI and the language server.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  range: Range;
  /** Extra facts for quick fixes (e.g. did-you-mean ids, replacement text); not part of the CLI JSON. */
  data?: DiagnosticData;
}

export interface DiagnosticData {
  suggestions?: string[];
  replacement?: string;
  entryId?: string;
  claimId?: string;
  term?: string;
  /** The kind of entry an unknown term was tagged as. */
  entryKind?: EntryKind;
  /** The actor type guessed for an unknown name. */
  actorType?: ActorType;
  /** Other wordings of an unknown name (its acronym, or its long form). */
  aliases?: string[];
  /** The kind and layer inferred for a possible claim, which its "Tag as claim" fix writes. */
  claimKind?: ClaimKind;
  claimLayer?: string;
}

/** A diagnostic whose place is a pair of UTF-16 offsets; turned into a Range late. */
export interface OffsetDiagnostic {
  severity: Severity;
  code: string;
  message: string;
  start: number;
  end: number;
  data?: DiagnosticData;
}

export const CROSS_CUTTING = 'cross-cutting';

export type EntryKind = 'concept' | 'actor';

export type ActorType = 'state' | 'institution' | 'company' | 'person' | 'initiative' | 'other';

export interface GlossaryEntry {
  kind: EntryKind;
  id: string;
  label: string;
  aliases: string[];
  /** Layer id, or CROSS_CUTTING. */
  layer: string;
  /** Concept definition or actor description. */
  definition: string;
  broader: string[];
  avoid: string[];
  sources: string[];
  type?: ActorType;
  country?: string;
  /** Where the entry came from: a file path, or 'builtin:<name>'. */
  origin: string;
}

export interface Layer {
  id: string;
  label: string;
  description: string;
  /** Words that point a claim to this layer (besides the words of its concepts). */
  keywords: string[];
}

export type ClaimStatus = 'unchecked' | 'verified' | 'disputed' | 'retracted' | 'stale';
export type ReviewStatus = Exclude<ClaimStatus, 'stale'>;
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unchecked', 'verified', 'disputed', 'retracted'];

export type ClaimKind = 'factual' | 'statistical' | 'predictive' | 'normative';
export const CLAIM_KINDS: readonly ClaimKind[] = ['factual', 'statistical', 'predictive', 'normative'];
export type Stance = 'pro' | 'con' | 'neutral';
export const STANCES: readonly Stance[] = ['pro', 'con', 'neutral'];

/** Whether a claim's layer or kind was written (`layer=`, `kind=`), inferred from its words, or not found. */
export type LayerSource = 'explicit' | 'inferred' | 'none';
export type KindSource = LayerSource;
