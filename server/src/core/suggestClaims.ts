import type { BlockClaim, BlockMention } from './analyzeBlock';
import type { Glossary } from './buildGlossary';
import { claimFeatures } from './claimFeatures';
import { CLAIM_MODEL, claimConfidence, rankLayer } from './claimModel';
import { evidenceShares, hasLayerEvidence, layerEvidence, layerFeatures } from './layerFeatures';
import { splitSentences } from './splitSentences';
import type { Tokens } from './tokenize';
import { CROSS_CUTTING, type ClaimKind, type LayerSource } from './types';

// The untagged sentences of a block that read like claims, each with a confidence and the kind
// and layer a claim tag would get. Every prose sentence is scored; those under the model's
// lowest threshold ("all") are dropped here, and the editor hints only from its setting's up.

export interface ClaimFacts {
  detection: number[];
  layer: number[][];
}

export interface ClaimSuggestion {
  start: number;
  end: number;
  /** 0–1: how likely the sentence is a claim. */
  confidence: number;
  kind: ClaimKind;
  layer: string;
  /** 'none' when nothing points to a layer: a tag then writes no `layer=`. */
  layerSource: LayerSource;
  /** The features behind the figures (only when asked for, to train the model). */
  facts?: ClaimFacts;
}

/** What a claim's text implies about its kind and layer. */
export interface InferredAttributes {
  kind: ClaimKind;
  layer: string;
  layerSource: LayerSource;
  facts?: ClaimFacts;
}

/** A block as claim inference sees it, made once per block. */
export class ClaimContext {
  /** The layer index (glossary.layers order) of each mention. */
  readonly mentionLayers: number[];
  private paragraphShares: Float64Array | undefined;

  /** `text` is the block's text as the matcher saw it, `tokens` its words, `mentions` its mentions. */
  constructor(
    readonly text: string,
    readonly tokens: Tokens,
    readonly mentions: readonly BlockMention[],
    readonly glossary: Glossary,
    readonly keepFacts = false,
  ) {
    const index = layerIndex(glossary);
    const last = glossary.layers.length - 1;
    this.mentionLayers = mentions.map((x) => index.get((x.kind === 'actor' ? glossary.actors : glossary.concepts).get(x.id)?.layer ?? CROSS_CUTTING) ?? last);
  }

  /** The share of the whole block's evidence per layer. */
  get paragraph(): Float64Array {
    return (this.paragraphShares ??= evidenceShares(layerEvidence(this.glossary, this.tokens, 0, this.tokens.count, this.mentionLayers)));
  }
}

/** The block's untagged sentences that read like claims; `claims` are its tagged claims (a sentence inside one is not suggested). */
export function suggestClaims(context: ClaimContext, claims: readonly BlockClaim[]): ClaimSuggestion[] {
  const { text, tokens, mentions, keepFacts } = context;
  const out: ClaimSuggestion[] = [];
  let t = 0;
  let m = 0;
  for (const s of splitSentences(text)) {
    while (t < tokens.count && tokens.starts[t]! < s.start) t++;
    let to = t;
    while (to < tokens.count && tokens.ends[to]! <= s.end) to++;
    while (m < mentions.length && mentions[m]!.start < s.start) m++;
    let mentionEnd = m;
    while (mentionEnd < mentions.length && mentions[mentionEnd]!.end <= s.end) mentionEnd++;
    // Questions are never claims (the analysts' rule), whatever else they look like.
    if (to - t < 3 || s.question || claims.some((c) => c.spanStart < s.end && c.spanEnd > s.start)) continue;
    const features = claimFeatures(text, s.start, s.end, tokens, t, to, mentionEnd - m, s.item, s.open);
    const confidence = claimConfidence(features.detection);
    if (confidence < CLAIM_MODEL.thresholds.all && !keepFacts) continue;
    const inferred = inferAttributes(context, features.kind, t, to, m, mentionEnd);
    const suggestion: ClaimSuggestion = { start: s.start, end: s.end, confidence, kind: inferred.kind, layer: inferred.layer, layerSource: inferred.layerSource };
    if (keepFacts) suggestion.facts = { ...inferred.facts!, detection: features.detection };
    out.push(suggestion);
  }
  return out;
}

/** The kind and layer of a tagged claim without `kind=` or `layer=`, from its own words and mentions. */
export function inferClaim(context: ClaimContext, start: number, end: number): InferredAttributes {
  const { text, tokens, mentions } = context;
  const from = lowerBound(tokens.count, (i) => tokens.starts[i]! < start);
  let to = from;
  while (to < tokens.count && tokens.ends[to]! <= end) to++;
  const m = lowerBound(mentions.length, (i) => mentions[i]!.start < start);
  let mentionEnd = m;
  while (mentionEnd < mentions.length && mentions[mentionEnd]!.end <= end) mentionEnd++;
  const features = claimFeatures(text, start, end, tokens, from, to, mentionEnd - m, false, false);
  return inferAttributes(context, features.kind, from, to, m, mentionEnd);
}

/** `tokens[from, to)` and `mentions[m, mentionEnd)` are the sentence's. */
function inferAttributes(context: ClaimContext, kind: ClaimKind, from: number, to: number, m: number, mentionEnd: number): InferredAttributes {
  const { glossary } = context;
  const layers = context.mentionLayers.slice(m, mentionEnd);
  const evidence = layerEvidence(glossary, context.tokens, from, to, layers);
  const found = hasLayerEvidence(evidence);
  const rows = found || context.keepFacts ? layerFeatures(evidence, layers.length ? layers[0]! : -1, context.paragraph) : [];
  const out: InferredAttributes = {
    kind,
    layer: found ? glossary.layers[rankLayer(rows)]!.id : CROSS_CUTTING,
    layerSource: found ? 'inferred' : 'none',
  };
  if (context.keepFacts) out.facts = { detection: [], layer: rows };
  return out;
}

const layerIndexes = new WeakMap<Glossary, Map<string, number>>();

function layerIndex(glossary: Glossary): Map<string, number> {
  let index = layerIndexes.get(glossary);
  if (!index) layerIndexes.set(glossary, (index = new Map(glossary.layers.map((l, i) => [l.id, i]))));
  return index;
}

/** The first index in [0, count) where `before` turns false (it is true, then false). */
function lowerBound(count: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
