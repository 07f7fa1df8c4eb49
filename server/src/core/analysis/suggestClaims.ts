import type { BlockClaim, BlockMention } from './analyzeBlock';
import type { Glossary } from '../glossary/buildGlossary';
import { claimFeatures, DETECTION_FEATURES } from './claimFeatures';
import { CLAIM_MODEL, claimConfidence, rankLayer } from './claimModel';
import { growArray } from '../text/growArray';
import { emptyEvidence, evidenceShares, hasLayerEvidence, LAYER_FEATURES, layerEvidence, layerFeatures, layerRows, tokenRows, type LayerEvidence } from './layerFeatures';
import { lowerBound } from '../text/lowerBound';
import { IS_ITEM, IS_OPEN, IS_QUESTION, SentenceList, splitSentencesInto } from '../markdown/splitSentences';
import { tokenize, type Tokens } from '../text/tokenize';
import { CROSS_CUTTING, type ClaimKind, type LayerSource } from '../types';

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

/**
 * Scratch for one sentence at a time: its detection features, its evidence, its layers' features.
 * Shared by every block (analysis is synchronous): a typed array costs more to make than to fill.
 */
interface Scratch {
  detection: Float64Array;
  sentence: LayerEvidence;
  paragraph: LayerEvidence;
  rows: Float64Array;
  /** Per token of the block: its row in the glossary's word table, and its cue bits. */
  tokenRows: Int32Array;
  tokenBits: Int32Array;
  /** The block's sentences. */
  sentences: SentenceList;
}

const scratches = new Map<number, Scratch>();
const NO_TOKENS = tokenize('');

function scratchFor(layers: number): Scratch {
  let s = scratches.get(layers);
  if (!s) scratches.set(layers, (s = { detection: new Float64Array(DETECTION_FEATURES.length), sentence: emptyEvidence(layers), paragraph: emptyEvidence(layers), rows: new Float64Array(layers * LAYER_FEATURES.length), tokenRows: new Int32Array(1024), tokenBits: new Int32Array(1024), sentences: new SentenceList() }));
  return s;
}

/**
 * A block as claim inference sees it, used only while the block is analysed. One context serves
 * every block, pointed at each in turn (`begin`): like its scratch, it is made once, and optimised
 * code that reads its fields then stays valid (see `reader` in splitSentences).
 */
export class ClaimContext {
  text = '';
  tokens: Tokens = NO_TOKENS;
  mentions: readonly BlockMention[] = [];
  mentionLayers: readonly number[] = [];
  /** Set from `begin` to `end`, while a block is analysed. */
  glossary: Glossary | undefined;
  keepFacts = false;
  scratch: Scratch = scratchFor(0);
  private paragraphShares: number[] | undefined;
  private looked = false;

  /** `text` is the block's text as the matcher saw it, `tokens` its words, `mentions` its mentions and `mentionLayers` their layer indexes. */
  begin(text: string, tokens: Tokens, mentions: readonly BlockMention[], mentionLayers: readonly number[], glossary: Glossary, keepFacts = false): this {
    this.text = text;
    this.tokens = tokens;
    this.mentions = mentions;
    this.mentionLayers = mentionLayers;
    this.glossary = glossary;
    this.keepFacts = keepFacts;
    this.scratch = scratchFor(glossary.layers.length);
    this.paragraphShares = undefined;
    this.looked = false;
    return this;
  }

  /** Lets go of the block and its glossary, so that the context keeps nothing alive between analyses. */
  end(): void {
    this.text = '';
    this.tokens = NO_TOKENS;
    this.mentions = [];
    this.mentionLayers = [];
    this.glossary = undefined;
  }

  /** The scratch, with each token's row in the glossary's word table and its cue bits filled: every word is looked up once. */
  get words(): Scratch {
    const s = this.scratch;
    if (!this.looked) {
      s.tokenRows = growArray(s.tokenRows, this.tokens.count);
      s.tokenBits = growArray(s.tokenBits, this.tokens.count);
      tokenRows(this.glossary!, this.tokens, s.tokenRows, s.tokenBits);
      this.looked = true;
    }
    return s;
  }

  /** The share of the whole block's evidence per layer. */
  get paragraph(): number[] {
    if (!this.paragraphShares) {
      const all = layerEvidence(this.glossary!, this.words.tokenRows, 0, this.tokens.count, this.mentionLayers, 0, this.mentions.length, this.scratch.paragraph);
      this.paragraphShares = evidenceShares(all);
    }
    return this.paragraphShares;
  }
}

/** The block's untagged sentences that read like claims; `claims` are its tagged claims (a sentence inside one is not suggested). */
export function suggestClaims(context: ClaimContext, claims: readonly BlockClaim[]): ClaimSuggestion[] {
  const { text, tokens, mentions, keepFacts } = context;
  const out: ClaimSuggestion[] = [];
  const bits = context.words.tokenBits;
  let t = 0;
  let m = 0;
  const sentences = splitSentencesInto(text, context.scratch.sentences);
  for (let i = 0; i < sentences.count; i++) {
    const start = sentences.starts[i]!;
    const end = sentences.ends[i]!;
    const flags = sentences.flags[i]!;
    while (t < tokens.count && tokens.starts[t]! < start) t++;
    let to = t;
    while (to < tokens.count && tokens.ends[to]! <= end) to++;
    while (m < mentions.length && mentions[m]!.start < start) m++;
    let mentionEnd = m;
    while (mentionEnd < mentions.length && mentions[mentionEnd]!.end <= end) mentionEnd++;
    // Questions are never claims (the analysts' rule), whatever else they look like.
    if (to - t < 3 || flags & IS_QUESTION || overlapsClaim(claims, start, end)) continue;
    const detection = context.scratch.detection;
    const kind = claimFeatures(text, start, end, tokens, bits, t, to, mentionEnd - m, (flags & IS_ITEM) !== 0, (flags & IS_OPEN) !== 0, detection);
    const confidence = claimConfidence(detection);
    if (confidence < CLAIM_MODEL.thresholds.all && !keepFacts) continue;
    const inferred = inferAttributes(context, kind, t, to, m, mentionEnd);
    const suggestion: ClaimSuggestion = { start, end, confidence, kind: inferred.kind, layer: inferred.layer, layerSource: inferred.layerSource };
    if (keepFacts) suggestion.facts = { ...inferred.facts!, detection: Array.from(detection) };
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
  const kind = claimFeatures(text, start, end, tokens, context.words.tokenBits, from, to, mentionEnd - m, false, false, context.scratch.detection);
  return inferAttributes(context, kind, from, to, m, mentionEnd);
}

/** `tokens[from, to)` and `mentions[m, mentionEnd)` are the sentence's. */
function inferAttributes(context: ClaimContext, kind: ClaimKind, from: number, to: number, m: number, mentionEnd: number): InferredAttributes {
  const glossary = context.glossary!;
  const n = glossary.layers.length;
  const layers = context.mentionLayers;
  const evidence = layerEvidence(glossary, context.words.tokenRows, from, to, layers, m, mentionEnd, context.scratch.sentence);
  const found = hasLayerEvidence(evidence);
  const rows = found || context.keepFacts ? layerFeatures(evidence, mentionEnd > m ? layers[m]! : -1, context.paragraph, context.scratch.rows) : undefined;
  const out: InferredAttributes = {
    kind,
    layer: found ? glossary.layers[rankLayer(rows!, n)]!.id : CROSS_CUTTING,
    layerSource: found ? 'inferred' : 'none',
  };
  if (context.keepFacts) out.facts = { detection: [], layer: layerRows(rows!, n) };
  return out;
}

function overlapsClaim(claims: readonly BlockClaim[], start: number, end: number): boolean {
  for (const c of claims) if (c.spanStart < end && c.spanEnd > start) return true;
  return false;
}
