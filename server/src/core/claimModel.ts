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
export function claimConfidence(features: readonly number[], m: ClaimModel = CLAIM_MODEL): number {
  return 1 / (1 + Math.exp(-dot(m.detection.weights, features)));
}

/** The index of the best layer among `rows` (one row of layerFeatures per layer). */
export function rankLayer(rows: readonly number[][], m: ClaimModel = CLAIM_MODEL): number {
  let best = rows.length - 1;
  let bestScore = -Infinity;
  rows.forEach((row, i) => {
    const score = dot(m.layer.weights, row);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function dot(w: readonly number[], x: readonly number[]): number {
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
