import type { Glossary } from './buildGlossary';

// The layer of each glossary entry as an index into `glossary.layers` (cross-cutting, the last,
// when the entry's layer is unknown): claim inference and its word table count evidence per layer
// in arrays, and a match knows its entry, so a mention's layer is one array read.

const tables = new WeakMap<Glossary, { byEntry: Uint8Array; byLayerId: Map<string, number> }>();

function tableOf(glossary: Glossary) {
  let table = tables.get(glossary);
  if (!table) {
    const byLayerId = new Map(glossary.layers.map((l, i) => [l.id, i]));
    const last = glossary.layers.length - 1;
    table = { byEntry: Uint8Array.from(glossary.entries, (e) => byLayerId.get(e.layer) ?? last), byLayerId };
    tables.set(glossary, table);
  }
  return table;
}

/** The layer index of each entry, by its index in `glossary.entries` (made once per glossary). */
export function entryLayers(glossary: Glossary): Uint8Array {
  return tableOf(glossary).byEntry;
}

/** The layer index of each mention, looked up by id (for mentions whose entry index is not at hand). */
export function mentionLayers(glossary: Glossary, mentions: ReadonlyArray<{ kind: 'concept' | 'actor'; id: string }>): number[] {
  const { byLayerId } = tableOf(glossary);
  const last = glossary.layers.length - 1;
  return mentions.map((m) => {
    const entry = (m.kind === 'actor' ? glossary.actors : glossary.concepts).get(m.id);
    return (entry && byLayerId.get(entry.layer)) ?? last;
  });
}
