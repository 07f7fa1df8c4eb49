import type { Glossary } from './buildGlossary';
import type { EntryKind } from '../types';

// What a match needs of its glossary entry, in columns by entry index: its kind, id and layer
// index (into `glossary.layers`; cross-cutting, the last, when unknown). A brief has tens of
// thousands of mentions; reading three columns costs less than reaching each entry's object,
// scattered over a large heap. Claim inference counts evidence per layer in arrays, so a
// mention's layer is one array read.

export interface EntryTable {
  kinds: EntryKind[];
  ids: string[];
  layers: Uint8Array;
  /** Layer id → layer index. */
  layerIndex: Map<string, number>;
}

const tables = new WeakMap<Glossary, EntryTable>();

/** The columns of `glossary.entries` (made once per glossary). */
export function entryTable(glossary: Glossary): EntryTable {
  let table = tables.get(glossary);
  if (!table) {
    const layerIndex = new Map(glossary.layers.map((l, i) => [l.id, i]));
    const last = glossary.layers.length - 1;
    const entries = glossary.entries;
    table = { kinds: entries.map((e) => e.kind), ids: entries.map((e) => e.id), layers: Uint8Array.from(entries, (e) => layerIndex.get(e.layer) ?? last), layerIndex };
    tables.set(glossary, table);
  }
  return table;
}

/** The layer index of each mention, looked up by id (for mentions whose entry index is not at hand). */
export function mentionLayers(glossary: Glossary, mentions: ReadonlyArray<{ kind: EntryKind; id: string }>): number[] {
  const { layerIndex } = entryTable(glossary);
  const last = glossary.layers.length - 1;
  return mentions.map((m) => {
    const entry = (m.kind === 'actor' ? glossary.actors : glossary.concepts).get(m.id);
    return (entry && layerIndex.get(entry.layer)) ?? last;
  });
}
