import type { Glossary } from './buildGlossary';
import { layerCues } from './layerCues';
import { ASCII_WORD, type Tokens } from './tokenize';

// What speaks for each layer in one sentence: its glossary mentions, its own words (the
// glossary's layer cues), and the same for its paragraph. One row per layer of the glossary
// (cross-cutting last), the same columns for each, so one set of weights (claimModel.json) ranks
// the layers of any glossary.

export const LAYER_FEATURES = ['cross-cutting', 'mention share', 'has mention', 'first mention', 'word share', 'has word', 'top word layer', 'paragraph share', 'paragraph top'] as const;

/** Per layer, its mentions and cue words in a stretch of text. */
export interface LayerEvidence {
  mentions: Float64Array;
  words: Float64Array;
  mentionCount: number;
  wordCount: number;
}

/** The evidence in `tokens[from, to)`, whose mentions have the layer indexes `mentionLayers`. */
export function layerEvidence(glossary: Glossary, tokens: Tokens, from: number, to: number, mentionLayers: readonly number[]): LayerEvidence {
  const n = glossary.layers.length;
  const mentions = new Float64Array(n);
  for (const l of mentionLayers) mentions[l]!++;
  const words = new Float64Array(n);
  const { weights } = layerCues(glossary);
  let wordCount = 0;
  for (let k = from; k < to; k++) {
    if (!(tokens.flags[k]! & ASCII_WORD)) continue;
    const w = weights.get(tokens.hashes[k]!);
    if (!w) continue;
    for (let l = 0; l < n; l++) words[l]! += w[l]!;
    wordCount++;
  }
  return { mentions, words, mentionCount: mentionLayers.length, wordCount };
}

/** Per layer, the share of a paragraph's evidence that points to it; a mention counts as two words. */
export function evidenceShares(e: LayerEvidence): Float64Array {
  const total = 2 * e.mentionCount + e.wordCount;
  return e.mentions.map((m, l) => (total ? (2 * m + e.words[l]!) / total : 0));
}

/** One row of LAYER_FEATURES per layer; `firstLayer` is the layer of the sentence's first mention (-1: none). */
export function layerFeatures(e: LayerEvidence, firstLayer: number, paragraph: Float64Array): number[][] {
  const n = e.mentions.length;
  const top = topIndex(e.words);
  const paragraphTop = topIndex(paragraph);
  const rows: number[][] = [];
  for (let l = 0; l < n; l++) {
    rows.push([
      l === n - 1 ? 1 : 0,
      e.mentionCount ? e.mentions[l]! / e.mentionCount : 0,
      e.mentions[l]! > 0 ? 1 : 0,
      firstLayer === l ? 1 : 0,
      e.wordCount ? e.words[l]! / e.wordCount : 0,
      e.words[l]! > 0 ? 1 : 0,
      top === l ? 1 : 0,
      paragraph[l]!,
      paragraphTop === l ? 1 : 0,
    ]);
  }
  return rows;
}

/** Whether anything in the sentence itself speaks for a layer (else its layer is cross-cutting by default). */
export function hasLayerEvidence(e: LayerEvidence): boolean {
  return e.mentionCount > 0 || e.wordCount > 0;
}

function topIndex(values: Float64Array): number {
  let top = -1;
  for (let l = 0; l < values.length; l++) if (values[l]! > 0 && (top === -1 || values[l]! > values[top]!)) top = l;
  return top;
}
