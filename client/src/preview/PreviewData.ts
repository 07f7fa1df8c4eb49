import type { ClaimItem, GlossaryItem, GlossaryResult } from '../../../server/src/protocol';
import { buildGlossary, type Glossary } from '../../../server/src/core/glossary/buildGlossary';
import type { ActorInput, ConceptInput } from '../../../server/src/core/glossary/glossarySchema';
import type { GlossarySource } from '../../../server/src/core/glossary/parseGlossaryFile';

/** What the preview knows of one document, from the language server. */
export interface PreviewData {
  /** The server's merged glossary, indexed again here so the engine's matcher runs in the preview. */
  glossary: Glossary;
  /** The document's claims by id; the first one wins for a duplicate id. */
  claims: ReadonlyMap<string, ClaimItem>;
}

export function createPreviewData(glossary: GlossaryResult, claims: ClaimItem[]): PreviewData {
  const byId = new Map<string, ClaimItem>();
  for (const claim of claims) if (claim.id !== null && !byId.has(claim.id)) byId.set(claim.id, claim);
  return { glossary: indexGlossary(glossary), claims: byId };
}

// The server answers with the same glossary for every brief of a folder and after every edit:
// one remembered answer spares indexing it again (10,000 entries take a noticeable moment).
let lastIndexed: { key: string; glossary: Glossary } | undefined;

/** The server's glossary as a core Glossary; the same object for an unchanged answer. */
function indexGlossary(result: GlossaryResult): Glossary {
  const key = JSON.stringify(result);
  if (lastIndexed?.key === key) return lastIndexed.glossary;
  const files: Array<{ concepts: ConceptInput[]; actors: ActorInput[] }> = [{ concepts: [], actors: [] }];
  for (const item of result.entries) {
    let file = files[files.length - 1]!;
    // buildGlossary places a file's concepts before its actors and the first entry to claim an alias
    // keeps it: a concept after an actor starts a new file, so the server's order is kept.
    if (item.kind === 'concept' && file.actors.length > 0) files.push((file = { concepts: [], actors: [] }));
    if (item.kind === 'concept') file.concepts.push(conceptInput(item));
    else file.actors.push(actorInput(item));
  }
  const sources: GlossarySource[] = files.map((file, i) => ({
    path: `briefmark-preview-${i}`,
    // Built-in: the server has reported this glossary's problems already, none are wanted here.
    builtin: true,
    text: '',
    file: { version: 1, layers: i === 0 ? result.layers : undefined, ...file },
    diagnostics: [],
  }));
  const glossary = buildGlossary(sources).glossary;
  lastIndexed = { key, glossary };
  return glossary;
}

function conceptInput(item: GlossaryItem): ConceptInput {
  return { id: item.id, label: item.label, aliases: item.aliases, layer: item.layer, definition: item.definition || undefined };
}

function actorInput(item: GlossaryItem): ActorInput {
  return { id: item.id, label: item.label, aliases: item.aliases, layer: item.layer, type: item.type ?? 'other', country: item.country, description: item.definition || undefined };
}
