import type { CandidateEntry } from '../matching/countCandidates';
import type { BriefDigest, MentionCount } from './digestBrief';
import type { MentionCounter } from './mentionCounter';
import type { ClaimReport } from './resolveBrief';
import type { ClaimStatus, Diagnostic, EntryKind, KindSource, LayerSource, Range } from '../types';

// A digest as the workspace index stores it: a thousand briefs of claims and counts in a few
// tens of megabytes. Claims are kept as UTF-8 JSON of tuples (no keys) and read back when asked
// for: half the size of objects or of a JS string, which turns two-byte at the first "’".
// Ids are stored as the glossary's own strings, so they are shared, not copied per brief.

export interface ClaimCount {
  layer: string;
  status: ClaimStatus;
  layerSource: LayerSource;
  kind: string | null;
  kindSource: KindSource;
  count: number;
}

export interface CompactDigest {
  path: string;
  concepts: string[];
  conceptCounts: Int32Array;
  actors: string[];
  actorCounts: Int32Array;
  refIds: string[];
  /** Enough of the claims for the summary. */
  claimCounts: ClaimCount[];
  /** The claims, as UTF-8 JSON of tuples (see claimsToBytes). */
  claims: Uint8Array;
  reviewDiagnostics: Diagnostic[];
  /** Names no glossary entry matches, counted (few per brief: kept as objects). */
  candidates: CandidateEntry[];
  skipped?: BriefDigest['skipped'];
}

export function compactDigest(digest: BriefDigest): CompactDigest {
  const concepts = digest.mentions.filter((m) => m.kind === 'concept');
  const actors = digest.mentions.filter((m) => m.kind === 'actor');
  const claimCounts = new Map<string, ClaimCount>();
  for (const c of digest.claims) {
    const key = `${c.layer}\u0000${c.status}\u0000${c.layerSource}\u0000${c.kind}\u0000${c.kindSource}`;
    const found = claimCounts.get(key);
    if (found) found.count++;
    else claimCounts.set(key, { layer: c.layer, status: c.status, layerSource: c.layerSource, kind: c.kind, kindSource: c.kindSource, count: 1 });
  }
  const out: CompactDigest = {
    path: digest.path,
    concepts: concepts.map((m) => m.id),
    conceptCounts: Int32Array.from(concepts, (m) => m.count),
    actors: actors.map((m) => m.id),
    actorCounts: Int32Array.from(actors, (m) => m.count),
    refIds: digest.refIds,
    claimCounts: [...claimCounts.values()],
    claims: claimsToBytes(digest.claims),
    reviewDiagnostics: digest.reviewDiagnostics,
    candidates: digest.candidates,
  };
  if (digest.skipped) out.skipped = digest.skipped;
  return out;
}

/** Replaces ids by equal strings from `canonical` (the glossary's), so one copy serves every brief. */
export function internIds(digest: CompactDigest, canonical: (kind: EntryKind, id: string) => string | undefined): CompactDigest {
  digest.concepts = digest.concepts.map((id) => canonical('concept', id) ?? id);
  digest.actors = digest.actors.map((id) => canonical('actor', id) ?? id);
  digest.refIds = digest.refIds.map((id) => canonical('concept', id) ?? canonical('actor', id) ?? id);
  return digest;
}

/** The mention counts, each with the entry's layer as `layerOf` gives it now. */
export function digestMentions(digest: CompactDigest, layerOf: (kind: EntryKind, id: string) => string): MentionCount[] {
  const out: MentionCount[] = [];
  digest.concepts.forEach((id, i) => out.push({ kind: 'concept', id, layer: layerOf('concept', id), count: digest.conceptCounts[i]! }));
  digest.actors.forEach((id, i) => out.push({ kind: 'actor', id, layer: layerOf('actor', id), count: digest.actorCounts[i]! }));
  return out;
}

/** Adds the digest's mention counts to `counter`. */
export function countDigestMentions(digest: CompactDigest, counter: MentionCounter): void {
  digest.concepts.forEach((id, i) => counter.add('concept', id, digest.conceptCounts[i]!));
  digest.actors.forEach((id, i) => counter.add('actor', id, digest.actorCounts[i]!));
}

export function digestClaims(digest: CompactDigest): ClaimReport[] {
  return claimsFromBytes(digest.claims);
}

type RangeTuple = [number, number, number, number];
type ClaimTuple = [
  ClaimReport['id'],
  string,
  string,
  LayerSource,
  ClaimReport['kind'],
  KindSource,
  ClaimReport['actor'],
  string[],
  ClaimReport['stance'],
  string[],
  ClaimStatus,
  RangeTuple,
  RangeTuple,
  RangeTuple,
  string,
  ClaimReport['review'] | 0,
];

const toTuple = (r: Range): RangeTuple => [r.start.line, r.start.character, r.end.line, r.end.character];
const fromTuple = (t: RangeTuple): Range => ({ start: { line: t[0], character: t[1] }, end: { line: t[2], character: t[3] } });

export function claimsToBytes(claims: readonly ClaimReport[]): Uint8Array {
  const tuples = claims.map((c): ClaimTuple => [c.id, c.text, c.layer, c.layerSource, c.kind, c.kindSource, c.actor, c.about, c.stance, c.sources, c.status, toTuple(c.range), toTuple(c.spanRange), toTuple(c.idRange), c.fingerprint, c.review ?? 0]);
  return new TextEncoder().encode(JSON.stringify(tuples));
}

export function claimsFromBytes(bytes: Uint8Array): ClaimReport[] {
  if (bytes.length === 0) return [];
  const tuples = JSON.parse(new TextDecoder().decode(bytes)) as ClaimTuple[];
  return tuples.map(([id, text, layer, layerSource, kind, kindSource, actor, about, stance, sources, status, range, spanRange, idRange, fingerprint, review]) => {
    const claim: ClaimReport = { id, text, layer, layerSource, kind, kindSource, actor, about, stance, sources, status, range: fromTuple(range), spanRange: fromTuple(spanRange), idRange: fromTuple(idRange), fingerprint };
    if (review) claim.review = review;
    return claim;
  });
}

/** Whether the brief mentions the entry or writes its id. */
export function compactUses(digest: CompactDigest, kind: EntryKind, id: string): boolean {
  return digest.refIds.includes(id) || (kind === 'concept' ? digest.concepts : digest.actors).includes(id);
}
