import type { Glossary } from '../glossary/buildGlossary';
import { layerCues } from '../glossary/layerCues';
import { ASCII_WORD, type Tokens } from '../text/tokenize';

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

export function emptyEvidence(layers: number): LayerEvidence {
  return { mentions: new Float64Array(layers), words: new Float64Array(layers), mentionCount: 0, wordCount: 0 };
}

/**
 * The evidence in tokens `[from, to)`, whose rows in the glossary's word table (layerCues) are
 * `tokenRows`, and in the mentions whose layer indexes are `mentionLayers[m, mentionEnd)`,
 * written into `out` (scratch, reused).
 */
export function layerEvidence(glossary: Glossary, tokenRows: Int32Array, from: number, to: number, mentionLayers: readonly number[], m: number, mentionEnd: number, out: LayerEvidence): LayerEvidence {
  const { mentions, words } = out;
  const n = mentions.length;
  mentions.fill(0);
  words.fill(0);
  for (let i = m; i < mentionEnd; i++) mentions[mentionLayers[i]!]!++;
  const { isCue, weights } = layerCues(glossary);
  let wordCount = 0;
  for (let k = from; k < to; k++) {
    const row = tokenRows[k]!;
    if (row < 0 || !isCue[row]) continue;
    for (let l = 0; l < n; l++) words[l]! += weights[row * n + l]!;
    wordCount++;
  }
  out.mentionCount = mentionEnd - m;
  out.wordCount = wordCount;
  return out;
}

/** Each token's row in the glossary's word table (-1: none), and its cue bits (0: none), into the scratch arrays given. */
export function tokenRows(glossary: Glossary, tokens: Tokens, rowsOut: Int32Array, bitsOut: Int32Array): void {
  const { rows, bits } = layerCues(glossary);
  for (let k = 0; k < tokens.count; k++) {
    const row = tokens.flags[k]! & ASCII_WORD ? rows.get(0, tokens.hashes[k]!) : -1;
    rowsOut[k] = row;
    bitsOut[k] = row < 0 ? 0 : bits[row]!;
  }
}

/** Per layer, the share of a paragraph's evidence that points to it; a mention counts as two words. */
export function evidenceShares(e: LayerEvidence): number[] {
  const total = 2 * e.mentionCount + e.wordCount;
  const out: number[] = [];
  for (let l = 0; l < e.mentions.length; l++) out.push(total ? (2 * e.mentions[l]! + e.words[l]!) / total : 0);
  return out;
}

/**
 * The LAYER_FEATURES of each layer, row after row, into `out` (layers × columns; scratch, reused);
 * `firstLayer` is the layer of the sentence's first mention (-1: none).
 */
export function layerFeatures(e: LayerEvidence, firstLayer: number, paragraph: readonly number[], out: Float64Array): Float64Array {
  const n = e.mentions.length;
  const top = topIndex(e.words);
  const paragraphTop = topIndex(paragraph);
  for (let l = 0, at = 0; l < n; l++, at += LAYER_FEATURES.length) {
    out[at] = l === n - 1 ? 1 : 0;
    out[at + 1] = e.mentionCount ? e.mentions[l]! / e.mentionCount : 0;
    out[at + 2] = e.mentions[l]! > 0 ? 1 : 0;
    out[at + 3] = firstLayer === l ? 1 : 0;
    out[at + 4] = e.wordCount ? e.words[l]! / e.wordCount : 0;
    out[at + 5] = e.words[l]! > 0 ? 1 : 0;
    out[at + 6] = top === l ? 1 : 0;
    out[at + 7] = paragraph[l]!;
    out[at + 8] = paragraphTop === l ? 1 : 0;
  }
  return out;
}

/** The rows of a flat layerFeatures table, as arrays (for training). */
export function layerRows(flat: Float64Array, layers: number): number[][] {
  return Array.from({ length: layers }, (_, l) => Array.from(flat.subarray(l * LAYER_FEATURES.length, (l + 1) * LAYER_FEATURES.length)));
}

/** Whether anything in the sentence itself speaks for a layer (else its layer is cross-cutting by default). */
export function hasLayerEvidence(e: LayerEvidence): boolean {
  return e.mentionCount > 0 || e.wordCount > 0;
}

function topIndex(values: ArrayLike<number>): number {
  let top = -1;
  for (let l = 0; l < values.length; l++) if (values[l]! > 0 && (top === -1 || values[l]! > values[top]!)) top = l;
  return top;
}
