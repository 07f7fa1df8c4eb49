import { DEFAULT_OPTIONS } from '../../server/src/core/analysis/analyzeBlock';
import { analyzeDocument, flattenAnalysis } from '../../server/src/core/analysis/analyzeDocument';
import type { Glossary } from '../../server/src/core/glossary/buildGlossary';
import { DETECTION_FEATURES } from '../../server/src/core/analysis/claimFeatures';
import type { ClaimModel } from '../../server/src/core/analysis/claimModel';
import { LAYER_FEATURES } from '../../server/src/core/analysis/layerFeatures';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import type { ClaimFacts } from '../../server/src/core/analysis/suggestClaims';
import type { GoldText } from './developmentGold';
import { inScope, sameSpan, tagGoldClaims, type GoldRow, type Span } from './scoreAnnotations';

// Trains the claim model (server/src/core/analysis/claimModel.json) on the development gold: a logistic
// regression for "is this sentence a claim" and a conditional logit for the layer. (The kind is
// not learned: claimFeatures reads it from the wording, and the report gives its accuracy.) Plain batch gradient descent from zero, a fixed number of steps, weights rounded:
// the same gold and features always give the same file, so a test can tell when it is stale.

/**
 * The confidence from which the editor hints by default ("likely": nine in ten), and from which
 * a sentence is listed at all ("all": more likely a claim than not). Fixed probabilities rather
 * than thresholds tuned to the gold: the held-out figures say what each gives.
 */
const LIKELY = 0.9;
const ALL = 0.5;
const STEPS = 4000;
const RATE = 0.5;
const L2 = 0.003;

export interface Sample {
  x: number[];
  file: string;
}

export interface TrainingData {
  /** Every prose sentence, labelled 1 when it is a gold claim. */
  sentences: Array<Sample & { y: number }>;
  /** Every gold claim, tagged bare: the kind Briefmark gives it and its gold kind. */
  kinds: Array<{ kind: string; gold: string; file: string }>;
  /** Every gold claim: one feature row per layer, and its gold layer's index. */
  layers: Array<{ rows: number[][]; y: number; file: string }>;
}

export function trainingData(files: readonly GoldText[], glossary: Glossary): TrainingData {
  const data: TrainingData = { sentences: [], kinds: [], layers: [] };
  const layerIds = glossary.layers.map((l) => l.id);
  for (const { gold, text } of files) {
    const claims = gold.rows.filter((r) => r.kind === 'claim' && inScope(gold, r.line, true));
    const options = { ...DEFAULT_OPTIONS, keepClaimFacts: true };
    const plain = flattenAnalysis(analyzeDocument(text, glossary, options));
    const lines = new LineIndex(text);
    for (const s of plain.suggestions) {
      const span = spanOf(lines, s.start, s.end);
      if (!inScope(gold, span.line, true)) continue;
      data.sentences.push({ x: s.facts!.detection, y: claims.some((g) => sameSpan(g, span)) ? 1 : 0, file: gold.corpus });
    }
    const tagged = tagGoldClaims(text, claims);
    const taggedLines = new LineIndex(tagged);
    // The bare claims by line, in order, as the gold's claims of that line are.
    const bare = new Map<number, Array<{ kind: string; facts: ClaimFacts }>>();
    for (const c of flattenAnalysis(analyzeDocument(tagged, glossary, options)).claims) {
      const line = taggedLines.range(c.start, c.start).start.line;
      bare.set(line, [...(bare.get(line) ?? []), { kind: c.kind, facts: c.facts! }]);
    }
    const ordered = [...claims].sort((a, b) => a.line - b.line || a.start - b.start);
    ordered.forEach((g: GoldRow) => {
      const before = ordered.filter((o) => o.line === g.line && o.start < g.start).length;
      const claim = bare.get(g.line)?.[before];
      if (!claim) return;
      data.kinds.push({ kind: claim.kind, gold: g.type, file: gold.corpus });
      const layer = layerIds.indexOf(g.layer);
      if (layer >= 0) data.layers.push({ rows: claim.facts.layer, y: layer, file: gold.corpus });
    });
  }
  return data;
}

function spanOf(lines: LineIndex, start: number, end: number): Span {
  const r = lines.range(start, end);
  return { line: r.start.line, start: r.start.character, end: r.start.line === r.end.line ? r.end.character : Number.MAX_SAFE_INTEGER };
}

export interface TrainingReport {
  model: ClaimModel;
  /** Held-out figures: each file scored by a model trained on the others. */
  heldOut: { likely: { precision: number; recall: number }; all: { precision: number; recall: number }; kindAccuracy: number; layerAccuracy: number };
  /** Held-out kind and layer accuracy per file. */
  perFile: Array<{ file: string; kind: number; layer: number }>;
}

export function trainClaimModel(data: TrainingData): TrainingReport {
  const files = [...new Set(data.sentences.map((s) => s.file))];
  // Held-out scores, to choose the thresholds on sentences the model did not learn from.
  const scored: Array<{ p: number; y: number }> = [];
  let kindRight = 0;
  let layerRight = 0;
  const perFile: TrainingReport['perFile'] = [];
  for (const file of files) {
    const [k0, l0] = [kindRight, layerRight];
    const w = fitBinary(data.sentences.filter((s) => s.file !== file));
    for (const s of data.sentences) if (s.file === file) scored.push({ p: sigmoid(dot(w, s.x)), y: s.y });
    for (const s of data.kinds) if (s.file === file && s.kind === s.gold) kindRight++;
    const l = fitConditional(data.layers.filter((s) => s.file !== file));
    for (const s of data.layers) if (s.file === file && argmax(s.rows.map((r) => dot(l, r))) === s.y) layerRight++;
    const n = data.kinds.filter((s) => s.file === file).length || 1;
    perFile.push({ file, kind: (kindRight - k0) / n, layer: (layerRight - l0) / n });
  }
  const model: ClaimModel = {
    note: 'Generated by `npm run train:claims` (test/eval/trainClaimModel.ts) from the development gold; do not edit.',
    detection: { features: [...DETECTION_FEATURES], weights: rounded(fitBinary(data.sentences)) },
    layer: { features: [...LAYER_FEATURES], weights: rounded(fitConditional(data.layers)) },
    thresholds: { likely: LIKELY, all: ALL },
  };
  return {
    model,
    perFile,
    heldOut: { likely: rates(scored, LIKELY), all: rates(scored, ALL), kindAccuracy: kindRight / Math.max(1, data.kinds.length), layerAccuracy: layerRight / Math.max(1, data.layers.length) },
  };
}

function rates(scored: ReadonlyArray<{ p: number; y: number }>, threshold: number): { precision: number; recall: number } {
  const kept = scored.filter((s) => s.p >= threshold);
  const right = kept.filter((s) => s.y === 1).length;
  const positives = scored.filter((s) => s.y === 1).length;
  return { precision: kept.length ? right / kept.length : 1, recall: positives ? right / positives : 1 };
}

function fitBinary(samples: ReadonlyArray<{ x: number[]; y: number }>): number[] {
  const d = samples[0]?.x.length ?? DETECTION_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(d).fill(0);
    for (const s of samples) {
      const e = sigmoid(dot(w, s.x)) - s.y;
      for (let j = 0; j < d; j++) g[j]! += e * s.x[j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= RATE * (g[j]! / samples.length + (j === 0 ? 0 : L2 * w[j]!));
  }
  return w;
}

function fitConditional(samples: ReadonlyArray<{ rows: number[][]; y: number }>): number[] {
  const d = LAYER_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(d).fill(0);
    for (const s of samples) {
      const p = softmax(s.rows.map((r) => dot(w, r)));
      s.rows.forEach((r, k) => {
        const e = p[k]! - (k === s.y ? 1 : 0);
        for (let j = 0; j < d; j++) g[j]! += e * r[j]!;
      });
    }
    for (let j = 0; j < d; j++) w[j]! -= RATE * (g[j]! / samples.length + L2 * w[j]!);
  }
  return w;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * x[i]!;
  return s;
}

function argmax(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > values[best]!) best = i;
  });
  return best;
}

// Four decimals: enough for the model, and the file stays the same across machines' float noise.
const round = (v: number) => Math.round(v * 10000) / 10000;
const rounded = (w: readonly number[]) => w.map(round);
