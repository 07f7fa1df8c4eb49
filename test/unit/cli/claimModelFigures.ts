import { loadGlossary } from '../../../server/src/core/analysis/analyzeBriefs';
import { analyzeDocument, flattenAnalysis } from '../../../server/src/core/analysis/analyzeDocument';
import type { Glossary } from '../../../server/src/core/glossary/buildGlossary';
import { thresholdOf } from '../../../server/src/core/analysis/claimModel';

// What the claim model (server/src/core/analysis/claimModel.json, retrained by `npm run train:claims`)
// says of the sentences in the CLI tests' briefs. The CLI tests check that the commands report
// and write exactly these figures; the figures themselves are the model's, tested with the core.
// Each test also checks that its sentences are clearly on their side of the "likely" threshold,
// so that a retrained model that moves one says which sentence to replace.

export interface Inferred {
  kind: string;
  layer: string;
  /** Unrounded. */
  confidence: number;
  /** As the JSON output gives it: two decimals. */
  rounded: number;
  /** `kind=… layer=…`, as `briefmark tag` writes them. */
  attributes: string;
}

let builtin: Promise<Glossary> | undefined;

/** The model's figures for each sentence of `text` that reads like a claim, by its text. */
export async function inferred(text: string, glossary?: Glossary): Promise<Map<string, Inferred>> {
  builtin ??= loadGlossary({ host: { readFile: async () => undefined }, files: [], builtin: true }).then((l) => l.glossary);
  // As `briefmark tag` does: a byte order mark is not part of the first sentence.
  const body = text.replace(/^\uFEFF/, '');
  const flat = flattenAnalysis(analyzeDocument(body, glossary ?? (await builtin)));
  return new Map(
    flat.suggestions.map((s) => [
      body.slice(s.start, s.end),
      { kind: s.kind, layer: s.layer, confidence: s.confidence, rounded: Math.round(s.confidence * 100) / 100, attributes: `kind=${s.kind} layer=${s.layer}` },
    ]),
  );
}

/** The figures of `sentence`, which must read like a claim: `likely` (≥ 0.9) or `less` likely. */
export function figures(model: Map<string, Inferred>, sentence: string, side?: 'likely' | 'less'): Inferred {
  const found = model.get(sentence);
  if (!found) throw new Error(`The claim model no longer suggests "${sentence}": pick another sentence for this test.`);
  const likely = found.confidence >= thresholdOf('likely');
  if (side !== undefined && likely !== (side === 'likely')) {
    throw new Error(`The claim model now gives "${sentence}" ${found.confidence.toFixed(3)}, no longer ${side === 'likely' ? '≥' : '<'} ${thresholdOf('likely')}: pick another sentence for this test.`);
  }
  return found;
}
