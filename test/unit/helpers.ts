// Small shared helpers for the core unit tests.
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../server/src/core/analysis/analyzeBlock';
import { analyzeDocument, flattenAnalysis, type DocumentAnalysis, type FlatAnalysis, type TextEdit } from '../../server/src/core/analysis/analyzeDocument';
import { buildGlossary, type Glossary } from '../../server/src/core/glossary/buildGlossary';
import { builtinGlossarySources } from '../../server/src/core/glossary/builtinGlossary';
import { parseGlossaryFile, type GlossarySource } from '../../server/src/core/glossary/parseGlossaryFile';

/**
 * A small team glossary used by most tests: a few concepts and actors in each layer, capital
 * aliases (EU, US, IT), a diacritic label (Élysée), a deprecated wording and nested phrases.
 */
export const TEAM_YAML = `version: 1
concepts:
  - id: strategic-autonomy
    label: Strategic autonomy
    aliases: [autonomie stratégique]
    definition: Acting on one's own choices.
    avoid: [strategic independence]
  - id: strategic-autonomy-gap
    label: strategic autonomy gap
    layer: economic-value
    definition: The distance to autonomy.
  - id: data-centre
    label: data centre
    aliases: [data center]
    layer: infrastructure
    definition: A building full of computers.
  - id: foundation-model
    label: foundation model
    layer: models
    definition: A large model trained on broad data.
  - id: open-weight-model
    label: open-weight model
    layer: models
    definition: A model whose weights are published.
  - id: ai-sovereignty
    label: AI sovereignty
    definition: Control over AI.
  - id: supply-chain
    label: supply
    definition: What is supplied.
  - id: ai-factory
    label: AI factory
    layer: infrastructure
    definition: A compute facility.
  - id: compute
    label: compute
    layer: infrastructure
    definition: Processing capacity.
actors:
  - id: european-union
    label: European Union
    type: state
    aliases: [EU]
    country: EU
    description: The union.
  - id: united-states
    label: United States
    type: state
    aliases: [US, U.S.]
    country: US
    description: The states.
  - id: italy
    label: Italy
    type: state
    aliases: [IT]
    country: IT
    description: A member state.
  - id: europe
    label: Europe
    type: other
    description: The continent.
  - id: elysee
    label: Élysée
    type: institution
    layer: economic-value
    country: FR
    description: The French presidency.
  - id: mistral-ai
    label: Mistral AI
    type: company
    aliases: [Mistral]
    layer: models
    description: A French lab.
  - id: openai
    label: OpenAI
    type: company
    layer: models
    description: A US lab.
  - id: nvidia
    label: Nvidia
    type: company
    layer: infrastructure
    description: A chip designer.
`;

/** Parses one team glossary file and builds it, with or without the built-in glossary. */
export function makeGlossary(yamlText: string, builtin = false): Glossary {
  const sources: GlossarySource[] = [parseGlossaryFile('team.glossary.yaml', yamlText)];
  if (builtin) sources.push(...builtinGlossarySources());
  return buildGlossary(sources).glossary;
}

let team: Glossary | undefined;
/** The TEAM_YAML glossary, built once. */
export function teamGlossary(): Glossary {
  team ??= makeGlossary(TEAM_YAML);
  return team;
}

let builtin: Glossary | undefined;
/** The built-in sovereignty glossary alone, built once. */
export function builtinGlossary(): Glossary {
  builtin ??= buildGlossary(builtinGlossarySources()).glossary;
  return builtin;
}

export function analyze(text: string, glossary: Glossary = teamGlossary(), options: AnalysisOptions = DEFAULT_OPTIONS): FlatAnalysis {
  return flattenAnalysis(analyzeDocument(text, glossary, options));
}

/** The mentions of `text` as `[id, matched text]` pairs, in order. */
export function mentionsOf(text: string, glossary: Glossary = teamGlossary()): Array<[string, string]> {
  return analyze(text, glossary).mentions.map((m) => [m.id, text.slice(m.start, m.end)]);
}

/** The ids of all mentions of `text`. */
export function mentionIds(text: string, glossary: Glossary = teamGlossary()): string[] {
  return analyze(text, glossary).mentions.map((m) => m.id);
}

/** Applies an edit to a string the way updateAnalysis does. */
export function applyEdit(text: string, edit: TextEdit): string {
  const start = Math.min(Math.max(edit.start, 0), text.length);
  const end = Math.min(Math.max(edit.end, start), text.length);
  return text.slice(0, start) + edit.text + text.slice(end);
}

/** The parts of an analysis that must not depend on how it was computed. */
export function comparable(analysis: DocumentAnalysis): { blocks: Array<[number, number, boolean]>; flat: FlatAnalysis } {
  return { blocks: analysis.blocks.map((b) => [b.start, b.end, b.inList]), flat: flattenAnalysis(analysis) };
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Offsets `[start, end)` of the n-th (0-based) occurrence of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  return [at, at + needle.length];
}
