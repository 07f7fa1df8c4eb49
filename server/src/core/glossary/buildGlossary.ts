import { Matcher, type MatcherData } from '../matching/buildMatcher';
import { layerCues, layerCuesToData, useLayerCues, type LayerCuesData } from './layerCues';
import { Codes } from '../diagnosticCodes';
import type { ActorInput, ConceptInput } from './glossarySchema';
import type { GlossaryLocator } from './glossaryLocator';
import type { GlossarySource } from './parseGlossaryFile';
import { CROSS_CUTTING, type EntryKind, type GlossaryEntry, type Layer, type OffsetDiagnostic } from '../types';
import type { NodePath } from './yamlLocate';
import { compareLabels } from '../text/compareLabels';

/** The layers of the sovereignty field, used when no glossary file defines layers. */
export const DEFAULT_LAYERS: readonly Layer[] = [
  { id: 'infrastructure', label: 'Infrastructure', description: 'Control over compute, cloud, energy, chips and data.', keywords: [] },
  { id: 'models', label: 'Models', description: 'The capability to build, evaluate and deploy AI models.', keywords: [] },
  { id: 'economic-value', label: 'Economic value', description: 'Capturing the returns of AI: markets, industry, capital and talent.', keywords: [] },
];

export const CROSS_CUTTING_LAYER: Layer = {
  id: CROSS_CUTTING,
  label: 'Cross-cutting',
  description: 'Concepts, actors and claims that belong to no single layer.',
  // What belongs to no single layer in any policy field: law, governance, security, diplomacy.
  keywords: 'law legal legislation legislative regulation regulatory regulator governance sovereignty autonomy security geopolitical geopolitics diplomacy diplomatic international cooperation partnership alliance ally treaty rights privacy copyright liability accountability oversight transparency ethics ethical democracy democratic standard compliance enforcement sanction'.split(' '),
};

/** The merged, indexed glossary that analysis runs against. */
export interface Glossary {
  /** The field's layers in order, cross-cutting last. */
  layers: Layer[];
  entries: GlossaryEntry[];
  concepts: Map<string, GlossaryEntry>;
  actors: Map<string, GlossaryEntry>;
  matcher: Matcher;
  /** Team glossary files in use. */
  files: string[];
  builtin: boolean;
}

export interface BuiltGlossary {
  glossary: Glossary;
  /** Problems per glossary file path: parse errors and merge warnings. Built-in files included. */
  diagnostics: Map<string, OffsetDiagnostic[]>;
}

/** For a source without a locator (one built from data): its warnings at the start of the file. */
const AT_START: Pick<GlossaryLocator, 'at'> = { at: () => ({ start: 0, end: 0 }) };

interface Placed {
  entry: GlossaryEntry;
  source: GlossarySource;
  path: NodePath;
}

/**
 * The YAML path of an entry's phrase: its label (0) or an alias (1…), or a deprecated wording.
 * Made only for a warning: a path per phrase was most of the allocation of a 10,000-entry load.
 */
function phrasePath(item: Placed, avoid: boolean, k: number): NodePath {
  if (avoid) return [...item.path, 'avoid', k];
  return k === 0 ? [...item.path, 'label'] : [...item.path, 'aliases', k - 1];
}

/**
 * Merges glossary files: team files (in the order given) override built-in entries by id.
 * Duplicate ids, contested aliases and unknown layer/broader ids are reported as warnings.
 */
export function buildGlossary(sources: readonly GlossarySource[]): BuiltGlossary {
  const diagnostics = new Map<string, OffsetDiagnostic[]>();
  // Only type imports of the YAML side: the preview runs this too, and its bundle leaves zod and
  // the YAML parsers out. A source brings its own locator, made once a warning needs placing.
  const locators = new Map<GlossarySource, Pick<GlossaryLocator, 'at'>>();
  for (const source of sources) diagnostics.set(source.path, [...source.diagnostics]);
  const warn = (source: GlossarySource, path: NodePath, code: string, message: string) => {
    if (source.builtin) return; // the built-in glossary is checked by the project's own tests
    let locator = locators.get(source);
    if (!locator) locators.set(source, (locator = source.createLocator?.() ?? AT_START));
    diagnostics.get(source.path)!.push({ severity: 'warning', code, message, ...locator.at(path) });
  };

  const ordered = [...sources.filter((s) => !s.builtin), ...sources.filter((s) => s.builtin)];
  const layers = mergeLayers(ordered);
  const layerIds = new Set(layers.map((l) => l.id));

  const placed: Placed[] = [];
  const byId = new Map<string, Placed>();
  for (const source of ordered) {
    for (const item of placeEntries(source)) {
      const previous = byId.get(item.entry.id);
      if (previous) {
        // Team files come first, so a built-in entry met here is simply overridden by id.
        if (!source.builtin) warn(source, [...item.path, 'id'], Codes.duplicateEntryId, `The id "${item.entry.id}" is already used by ${describe(previous)}; this entry is ignored.`);
        continue;
      }
      if (!layerIds.has(item.entry.layer)) {
        warn(source, [...item.path, 'layer'], Codes.unknownLayer, `Unknown layer "${item.entry.layer}"; known layers: ${[...layerIds].join(', ')}. Treated as cross-cutting.`);
        item.entry.layer = CROSS_CUTTING;
      }
      byId.set(item.entry.id, item);
      placed.push(item);
    }
  }

  const entries = placed.map((p) => p.entry);
  const concepts = new Map<string, GlossaryEntry>();
  const actors = new Map<string, GlossaryEntry>();
  for (const entry of entries) (entry.kind === 'concept' ? concepts : actors).set(entry.id, entry);

  for (const item of placed) {
    item.entry.broader.forEach((id, i) => {
      if (!concepts.has(id)) warn(item.source, [...item.path, 'broader', i], Codes.unknownId, `Unknown broader concept "${id}".`);
    });
  }

  const matcher = new Matcher();
  const addPhrase = (item: Placed, index: number, text: string, avoid: boolean, k: number) => {
    const conflict = matcher.add(text, { entry: index, avoid });
    if (!conflict) return;
    const other = placed[conflict.kept.entry]!;
    const message = `"${text}" is also ${conflict.kept.avoid ? 'a deprecated wording' : 'a wording'} of ${describe(other)}, which takes it.`;
    if (!item.source.builtin) warn(item.source, phrasePath(item, avoid, k), Codes.contestedAlias, message);
    else {
      const at = [other.entry.label, ...other.entry.aliases].findIndex((p) => samePhrase(p, text));
      warn(other.source, at < 0 ? other.path : phrasePath(other, false, at), Codes.contestedAlias, `"${text}" is also a wording of ${describe(item)}; this entry takes it.`);
    }
  };
  placed.forEach((item, index) => {
    addPhrase(item, index, item.entry.label, false, 0);
    item.entry.aliases.forEach((alias, k) => addPhrase(item, index, alias, false, k + 1));
  });
  placed.forEach((item, index) => item.entry.avoid.forEach((phrase, k) => addPhrase(item, index, phrase, true, k)));

  const glossary: Glossary = {
    layers,
    entries,
    concepts,
    actors,
    matcher,
    files: ordered.filter((s) => !s.builtin && s.file).map((s) => s.path),
    builtin: ordered.some((s) => s.builtin),
  };
  return { glossary, diagnostics };
}

function mergeLayers(sources: readonly GlossarySource[]): Layer[] {
  const team = sources.filter((s) => !s.builtin && s.file?.layers?.length);
  const chosen = team.length > 0 ? team : sources.filter((s) => s.builtin && s.file?.layers?.length);
  const layers: Layer[] = [];
  const seen = new Set<string>();
  for (const source of chosen) {
    for (const layer of source.file!.layers!) {
      if (seen.has(layer.id) || layer.id === CROSS_CUTTING) continue;
      seen.add(layer.id);
      layers.push({ id: layer.id, label: layer.label, description: layer.description ?? '', keywords: layer.keywords ?? [] });
    }
  }
  if (layers.length === 0) layers.push(...DEFAULT_LAYERS.map((l) => ({ ...l })));
  layers.push({ ...CROSS_CUTTING_LAYER });
  return layers;
}

function placeEntries(source: GlossarySource): Placed[] {
  // Copies, since an entry whose layer is unknown here is made cross-cutting. A built-in source
  // gets no warnings, so its entries need no YAML paths.
  if (source.entries) return source.entries.map((entry) => ({ entry: { ...entry }, source, path: [] }));
  const file = source.file;
  if (!file) return [];
  const origin = source.builtin ? `builtin:${source.path}` : source.path;
  const out: Placed[] = [];
  (file.concepts ?? []).forEach((c, i) => out.push(placeConcept(c, ['concepts', i], source, origin)));
  (file.actors ?? []).forEach((a, i) => out.push(placeActor(a, ['actors', i], source, origin)));
  return out;
}

// Each entry is made as one literal: spreading a base object cost a 10,000-entry load two objects
// and a property-by-property copy per entry. The keys keep one order, as before.
function placeConcept(c: ConceptInput, path: NodePath, source: GlossarySource, origin: string): Placed {
  const entry: GlossaryEntry = {
    kind: 'concept',
    id: c.id,
    label: c.label,
    aliases: c.aliases ?? [],
    layer: c.layer ?? CROSS_CUTTING,
    definition: c.definition ?? '',
    broader: c.broader ?? [],
    avoid: c.avoid ?? [],
    sources: c.sources ?? [],
    origin,
  };
  return { entry, source, path };
}

function placeActor(a: ActorInput, path: NodePath, source: GlossarySource, origin: string): Placed {
  const entry: GlossaryEntry = { kind: 'actor', id: a.id, label: a.label, aliases: a.aliases ?? [], layer: a.layer ?? CROSS_CUTTING, definition: a.description ?? '', broader: [], avoid: [], sources: [], origin, type: a.type };
  if (a.country) entry.country = a.country;
  return { entry, source, path };
}

function describe(item: Placed): string {
  const where = item.source.builtin ? 'the built-in glossary' : item.source.path;
  return `${item.entry.kind} "${item.entry.id}" (${where})`;
}

function samePhrase(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The entries by id: all that a look-up by id needs of a glossary. */
export type EntryIndex = Pick<Glossary, 'concepts' | 'actors'>;

/** The entry of that kind and id, if the glossary has one. */
export function entryOf(glossary: EntryIndex, kind: EntryKind, id: string): GlossaryEntry | undefined {
  return (kind === 'actor' ? glossary.actors : glossary.concepts).get(id);
}

/** The entry's layer; cross-cutting for an entry without one or not in the glossary. */
export function layerOf(glossary: Glossary, kind: EntryKind, id: string): string {
  return entryOf(glossary, kind, id)?.layer ?? CROSS_CUTTING;
}

/** Ids of the kind asked for that are closest to `id` (for "did you mean"). */
export function closestIds(id: string, candidates: Iterable<string>, limit = 3): string[] {
  const max = Math.max(2, Math.floor(id.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const contains = id.length >= 3 && (candidate.includes(id) || id.includes(candidate));
    if (!contains && (Math.abs(candidate.length - id.length) > max || bagDistance(id, candidate) > max)) continue;
    const d = contains ? 1 : editDistance(id, candidate, max);
    if (d <= max) scored.push([candidate, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || compareLabels(a[0], b[0])).slice(0, limit).map(([c]) => c);
}

const bag = new Int32Array(128);

/**
 * A lower bound of the edit distance, in linear time: the larger of the character counts that one
 * string has in excess of the other (ASCII only; other characters are left out, which keeps it a
 * lower bound). Lets closestIds skip the quadratic distance for most of a 10,000-entry glossary.
 */
function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) bag[c]!++;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c < 128) bag[c]!--;
  }
  const totals = { surplus: 0, deficit: 0 };
  drainBag(a, totals);
  drainBag(b, totals);
  return Math.max(totals.surplus, totals.deficit);
}

/** Adds up and clears the counts of the characters of `s`. */
function drainBag(s: string, totals: { surplus: number; deficit: number }): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) continue;
    const n = bag[c]!;
    if (n > 0) totals.surplus += n;
    else totals.deficit -= n;
    bag[c] = 0;
  }
}

let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const n = b.length;
  // Two reused rows: no allocation per call or per row.
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1)];
  let previous = rows[0];
  let current = rows[1];
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[n]!;
}


/** A built glossary as plain data: what the build embeds for the built-in glossary. */
export interface GlossaryData {
  layers: Layer[];
  entries: GlossaryEntry[];
  matcher: MatcherData;
  files: string[];
  builtin: boolean;
  /** The claim model's word table for this glossary (layerCues). */
  cues?: LayerCuesData;
}

export function glossaryToData(glossary: Glossary): GlossaryData {
  return { layers: glossary.layers, entries: glossary.entries, matcher: glossary.matcher.toData(), files: glossary.files, builtin: glossary.builtin, cues: layerCuesToData(layerCues(glossary)) };
}

/** The glossary `data` describes, indexed as buildGlossary would have made it. */
export function glossaryFromData(data: GlossaryData): Glossary {
  const concepts = new Map<string, GlossaryEntry>();
  const actors = new Map<string, GlossaryEntry>();
  for (const entry of data.entries) (entry.kind === 'concept' ? concepts : actors).set(entry.id, entry);
  const glossary: Glossary = { layers: data.layers, entries: data.entries, concepts, actors, matcher: Matcher.fromData(data.matcher), files: data.files, builtin: data.builtin };
  if (data.cues) useLayerCues(glossary, data.cues);
  return glossary;
}
