import type { Glossary } from './buildGlossary';
import { hashWord } from './tokenize';

// The words that point to a layer, taken from the glossary itself: each layer's keywords (which
// weigh most), the words of its label and description, and of the labels and aliases of its concepts. "chip" belongs to
// infrastructure because the glossary's chip concepts do; a word shared by many layers
// ("policy", "European") points to none. So a team glossary of another field brings its own cues.

export interface LayerCues {
  /** Word hash → the word's weight for each layer (glossary.layers order), summing to less than 1 (more for a common cue). */
  weights: Map<number, Float64Array>;
}

// Words too common to point anywhere; short words (under 4 letters) are never cues.
const STOP = new Set(
  'about above after again against also among and another any around because been before being below between both could does doing during each either every from further have having here into itself just like made make many more most much must only other over same should some such than that their them then there these they this those through under until upon very were what when where which while will with within without would your shall also used uses using based other others including include includes general national public private system systems service services right rights'.split(' '),
);
const MIN_SHARE = 0.6;
const KEYWORD_WEIGHT = 3;

const cache = new WeakMap<Glossary, LayerCues>();

export function layerCues(glossary: Glossary): LayerCues {
  let cues = cache.get(glossary);
  if (!cues) cache.set(glossary, (cues = buildCues(glossary)));
  return cues;
}

function buildCues(glossary: Glossary): LayerCues {
  const layerIndex = new Map(glossary.layers.map((l, i) => [l.id, i]));
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
  for (const entry of glossary.entries) {
    if (entry.kind !== 'concept') continue;
    const layer = layerIndex.get(entry.layer) ?? n - 1;
    // Each phrase's words once per entry: an entry with many aliases is not louder.
    vote([...new Set([entry.label, ...entry.aliases].join(' ').toLowerCase().split(/[^a-z]+/))].join(' '), layer, 1);
  }
  const weights = new Map<number, Float64Array>();
  for (const [word, c] of counts) {
    let total = 0;
    for (const v of c) total += v;
    let max = 0;
    for (const v of c) max = Math.max(max, v);
    // A word seen in one concept's name only ("leading", "take") is chance, not a cue; one more
    // in the denominator keeps rare words weak.
    if (total < 2 || max / total < MIN_SHARE) continue;
    weights.set(hashWord(word), c.map((v) => v / (total + 1)));
  }
  return { weights };
}

/** The word and its plural or singular: "chip" and "chips" both point to infrastructure. */
function forms(word: string): string[] {
  if (word.endsWith('ies')) return [word, word.slice(0, -3) + 'y'];
  if (word.endsWith('y')) return [word, word.slice(0, -1) + 'ies'];
  if (word.endsWith('s')) return word.endsWith('ss') ? [word, word + 'es'] : [word, word.slice(0, -1)];
  return [word, word + 's'];
}
