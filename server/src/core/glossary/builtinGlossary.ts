import readIndex from 'briefmark:builtin-glossary-index';
import { buildGlossary, glossaryFromData, type BuiltGlossary, type Glossary, type GlossaryData } from './buildGlossary';
import type { GlossaryFile } from './glossarySchema';
import type { GlossarySource } from './parseGlossaryFile';
import { CROSS_CUTTING, type GlossaryEntry } from '../types';

// The built-in AI and technology sovereignty glossary, as the bundles embed it: merged and indexed
// at build time from its YAML files (builtinGlossaryFiles.ts, scripts/build.mjs), so a process that
// starts parses no YAML and builds no index. Only the index is embedded, not the YAML.

/** The index's JSON text, as the build provides it. */
export function builtinIndexJson(): string {
  return readIndex();
}

let builtinOnly: Glossary | undefined;
let sources: GlossarySource[] | undefined;
let withEntries: GlossarySource[] | undefined;

/** The glossary from an index's JSON text (what `npm run bench` times as "loaded and indexed"). */
export function loadBuiltinIndex(json: string): Glossary {
  return glossaryFromData(JSON.parse(json) as GlossaryData);
}

/** The built-in glossary alone, merged and indexed, loaded once. */
export function builtinGlossary(): Glossary {
  builtinOnly ??= loadBuiltinIndex(builtinIndexJson());
  return builtinOnly;
}

/**
 * The built-in glossary as sources for merging with team files: one per shipped file, its entries
 * as the file has them. Their `text` is empty: the shipped YAML is read from disk where positions
 * are needed (go to definition).
 */
export function builtinGlossarySources(): GlossarySource[] {
  sources ??= perFile((path, entries, layers) => source(path, { version: 1, ...layers, concepts: entries.concepts.map(conceptOf), actors: entries.actors.map(actorOf) }));
  return sources;
}

/**
 * The same sources with the index's entries as they are (GlossarySource.entries), and no entries in
 * their files: merged with team files, the built-in entries are placed as copies instead of being
 * written out as a file would have them and made again (9 ms of a cold check with a team glossary).
 */
function builtinEntrySources(): GlossarySource[] {
  withEntries ??= perFile((path, entries, layers) => ({ ...source(path, { version: 1, ...layers }), entries: [...entries.concepts, ...entries.actors] }));
  return withEntries;
}

type FileEntries = { concepts: GlossaryEntry[]; actors: GlossaryEntry[] };

/** A source per shipped file, made by `make` from the file's entries; the first file writes the layers. */
function perFile(make: (path: string, entries: FileEntries, layers: Pick<GlossaryFile, 'layers'>) => GlossarySource): GlossarySource[] {
  const glossary = builtinGlossary();
  return [...byFile(glossary)].map(([path, entries], i) => make(path, entries, i === 0 ? { layers: fileLayers(glossary) } : {}));
}

function source(path: string, file: GlossaryFile): GlossarySource {
  return { path, builtin: true, text: '', file, diagnostics: [] };
}

/** The entries per shipped file, in the order of the index, concepts and actors apart (a file lists its concepts first). */
function byFile(glossary: Glossary): Map<string, FileEntries> {
  const files = new Map<string, FileEntries>();
  for (const entry of glossary.entries) {
    const path = entry.origin.slice('builtin:'.length);
    let file = files.get(path);
    if (!file) files.set(path, (file = { concepts: [], actors: [] }));
    (entry.kind === 'concept' ? file.concepts : file.actors).push(entry);
  }
  return files;
}

/** The layers as the first shipped file writes them. */
function fileLayers(glossary: Glossary): NonNullable<GlossaryFile['layers']> {
  return glossary.layers.filter((l) => l.id !== CROSS_CUTTING).map((l) => ({ id: l.id, label: l.label, description: l.description, ...(l.keywords.length ? { keywords: l.keywords } : {}) }));
}

/** Only the fields the entry has, as a file would write them. */
function conceptOf(e: GlossaryEntry): GlossaryFile['concepts'] extends Array<infer C> | undefined ? C : never {
  return {
    id: e.id,
    label: e.label,
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    ...(e.layer !== CROSS_CUTTING ? { layer: e.layer } : {}),
    ...(e.definition ? { definition: e.definition } : {}),
    ...(e.broader.length ? { broader: e.broader } : {}),
    ...(e.avoid.length ? { avoid: e.avoid } : {}),
    ...(e.sources.length ? { sources: e.sources } : {}),
  };
}

function actorOf(e: GlossaryEntry): GlossaryFile['actors'] extends Array<infer A> | undefined ? A : never {
  return {
    id: e.id,
    label: e.label,
    type: e.type!,
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    ...(e.country ? { country: e.country } : {}),
    ...(e.layer !== CROSS_CUTTING ? { layer: e.layer } : {}),
    ...(e.definition ? { description: e.definition } : {}),
  };
}

/**
 * `team` merged with the built-in glossary (when `builtin`): without team files, the built-in
 * glossary as indexed once, not merged again, and no problems to report (the built-in files are
 * checked by the project's tests), so its sources are not even derived.
 */
export function glossaryWith(team: readonly GlossarySource[], builtin: boolean): BuiltGlossary {
  if (builtin && team.length === 0) return { glossary: builtinGlossary(), diagnostics: new Map() };
  return buildGlossary(builtin ? [...team, ...builtinEntrySources()] : team);
}
