import { DETECTION_FEATURES } from './claimFeatures';
import model from './claimModel.json';
import { LAYER_FEATURES } from './layerFeatures';

// The claim model: two small linear models, over claimFeatures and layerFeatures, trained on the
// development gold by `npm run train:claims` (test/eval/trainClaimModel.ts), which writes
// claimModel.json. A test retrains and fails when the file is stale.

export interface ClaimModel {
  note: string;
  /** Logistic regression: is this sentence a claim? */
  detection: { features: string[]; weights: number[] };
  /** A conditional logit: one score per layer from that layer's row of features. */
  layer: { features: string[]; weights: number[] };
  /** The confidence from which a sentence is a likely claim, and from which it is listed at all. */
  thresholds: { likely: number; all: number };
}

export const CLAIM_MODEL = checked(model as ClaimModel);

export type SuggestLevel = 'off' | 'likely' | 'all';

/** The lowest confidence a suggestion needs at `level`. */
export function thresholdOf(level: SuggestLevel, m: ClaimModel = CLAIM_MODEL): number {
  return level === 'off' ? Infinity : level === 'likely' ? m.thresholds.likely : m.thresholds.all;
}

/** How likely the sentence with these detection features is a claim, 0–1. */
export function claimConfidence(features: ArrayLike<number>, m: ClaimModel = CLAIM_MODEL): number {
  return 1 / (1 + Math.exp(-dot(m.detection.weights, features)));
}

/** The index of the best of `layers` layers, whose layerFeatures rows are `flat`, one after another. */
export function rankLayer(flat: Float64Array, layers: number, m: ClaimModel = CLAIM_MODEL): number {
  const w = m.layer.weights;
  const columns = w.length;
  let best = layers - 1;
  let bestScore = -Infinity;
  for (let l = 0; l < layers; l++) {
    let score = 0;
    for (let j = 0; j < columns; j++) score += w[j]! * flat[l * columns + j]!;
    if (score > bestScore) [best, bestScore] = [l, score];
  }
  return best;
}

function dot(w: readonly number[], x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * x[i]!;
  return s;
}

/**
 * A model trained on other columns than today's features is useless: it is replaced by one that
 * suggests nothing, so the training script can still run (a test fails on such a model).
 */
function checked(m: ClaimModel): ClaimModel {
  if (isCurrent(m)) return m;
  const zeros = (n: number) => new Array<number>(n).fill(0);
  return {
    note: 'stale: trained on other features',
    detection: { features: [...DETECTION_FEATURES], weights: zeros(DETECTION_FEATURES.length) },
    layer: { features: [...LAYER_FEATURES], weights: zeros(LAYER_FEATURES.length) },
    thresholds: { likely: 2, all: 2 },
  };
}

/** Whether the model was trained on the features computed today. */
export function isCurrent(m: ClaimModel): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return same(m.detection.features, DETECTION_FEATURES) && same(m.layer.features, LAYER_FEATURES);
}
