import type { Glossary } from './buildGlossary';
import { CUE_BITS } from '../analysis/claimFeatures';
import { EdgeTable } from '../matching/edgeTable';
import { entryTable } from './entryTable';
import { hashWord } from '../text/tokenize';

// The words that point to a layer, taken from the glossary itself: each layer's keywords (which
// weigh most), the words of its label and description, and of the labels and aliases of its concepts. "chip" belongs to
// infrastructure because the glossary's chip concepts do; a word shared by many layers
// ("policy", "European") points to none. So a team glossary of another field brings its own cues.

/**
 * One table for every word the claim model looks at: the layer cues, and the words of
 * claimFeatures' cue groups (CUE_BITS), so each word of a brief is looked up once.
 */
export interface LayerCues {
  /** Word hash → its row (-1: none). */
  rows: EdgeTable;
  /** Per row, the word's claimFeatures cue bits. */
  bits: Int32Array;
  /** Per row, whether it is a layer cue, and its weight for each layer (glossary.layers order, row × layers), summing to less than 1. */
  isCue: Uint8Array;
  weights: Float64Array;
}

// Words too common to point anywhere; short words (under 4 letters) are never cues.
const STOP = new Set(
  'about above after again against also among and another any around because been before being below between both could does doing during each either every from further have having here into itself just like made make many more most much must only other over same should some such than that their them then there these they this those through under until upon very were what when where which while will with within without would your shall also used uses using based other others including include includes general national public private system systems service services right rights'.split(' '),
);
const MIN_SHARE = 0.6;
const KEYWORD_WEIGHT = 3;

/** A LayerCues as plain data, for the index the build embeds (making the table costs a cold process ~30 ms). */
export interface LayerCuesData {
  /** (0, word hash, row, value) quads, as EdgeTable keeps them. */
  rows: number[];
  bits: number[];
  /** How many rows, from the first, are layer cues. */
  cues: number;
  weights: number[];
}

const cache = new WeakMap<Glossary, LayerCues>();

export function layerCues(glossary: Glossary): LayerCues {
  let cues = cache.get(glossary);
  if (!cues) cache.set(glossary, (cues = buildCues(glossary)));
  return cues;
}

export function layerCuesToData(cues: LayerCues): LayerCuesData {
  return { rows: cues.rows.quads(), bits: Array.from(cues.bits), cues: cues.isCue.indexOf(0) === -1 ? cues.isCue.length : cues.isCue.indexOf(0), weights: Array.from(cues.weights) };
}

/** Gives `glossary` the table `data` describes, made from this same glossary, so it is not made again. */
export function useLayerCues(glossary: Glossary, data: LayerCuesData): void {
  const isCue = new Uint8Array(data.bits.length).fill(1, 0, data.cues);
  cache.set(glossary, { rows: EdgeTable.fromQuads(data.rows), bits: Int32Array.from(data.bits), isCue, weights: Float64Array.from(data.weights) });
}

function buildCues(glossary: Glossary): LayerCues {
  const n = glossary.layers.length;
  const counts = new Map<string, Float64Array>();
  // Keywords count whatever their length ("job", "GPU"); other words from four letters up.
  const vote = (phrase: string, layer: number, weight: number, keywords = false) => {
    for (const word of phrase.toLowerCase().split(keywords ? /[^a-z0-9]+/ : /[^a-z]+/)) {
      if (!word || (!keywords && (word.length < 4 || STOP.has(word)))) continue;
      for (const form of forms(word)) {
        let c = counts.get(form);
        if (!c) counts.set(form, (c = new Float64Array(n)));
        c[layer]! += weight;
      }
    }
  };
  for (const [i, layer] of glossary.layers.entries()) {
    vote(`${layer.label} ${layer.description}`, i, 1);
    vote(layer.keywords.join(' '), i, KEYWORD_WEIGHT, true);
  }
  const layerOf = entryTable(glossary).layers;
  glossary.entries.forEach((entry, i) => {
    // Each phrase's words once per entry: an entry with many aliases is not louder.
    if (entry.kind === 'concept') vote([...new Set([entry.label, ...entry.aliases].join(' ').toLowerCase().split(/[^a-z]+/))].join(' '), layerOf[i]!, 1);
  });
  const index = new Map<number, number>();
  const rows: number[] = [];
  for (const [word, c] of counts) {
    let total = 0;
    for (const v of c) total += v;
    let max = 0;
    for (const v of c) max = Math.max(max, v);
    // A word seen in one concept's name only ("leading", "take") is chance, not a cue; one more
    // in the denominator keeps rare words weak.
    if (total < 2 || max / total < MIN_SHARE) continue;
    index.set(hashWord(word), index.size);
    for (const v of c) rows.push(v / (total + 1));
  }
  const cues = index.size;
  for (const hash of CUE_BITS.keys()) if (!index.has(hash)) index.set(hash, index.size);
  const bits = new Int32Array(index.size);
  for (const [hash, row] of index) bits[row] = CUE_BITS.get(hash) ?? 0;
  const isCue = new Uint8Array(index.size).fill(1, 0, cues);
  const weights = new Float64Array(index.size * n);
  weights.set(rows);
  return { rows: EdgeTable.fromQuads([...index].flatMap(([hash, row]) => [0, hash, row, -1])), bits, isCue, weights };
}

/** The word and its plural or singular: "chip" and "chips" both point to infrastructure. */
function forms(word: string): string[] {
  if (word.endsWith('ies')) return [word, word.slice(0, -3) + 'y'];
  if (word.endsWith('y')) return [word, word.slice(0, -1) + 'ies'];
  if (word.endsWith('s')) return word.endsWith('ss') ? [word, word + 'es'] : [word, word.slice(0, -1)];
  return [word, word + 's'];
}
