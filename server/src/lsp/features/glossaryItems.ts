import type { GlossaryItem, GlossaryResult } from '../../protocol';
import type { BriefmarkWorkspace } from '../workspace/BriefmarkWorkspace';
import { entryLocator, toLocation, type DefinitionFiles } from './navigation';

/** What listing a folder's glossary reads of the workspace. */
export type GlossaryScope = Pick<BriefmarkWorkspace, 'folderFor' | 'keyOf' | 'looseFolder' | 'ready'> & DefinitionFiles;

/**
 * `briefmark/glossary`: the merged glossary of a resource's workspace folder (the built-in one
 * alone without a uri, or outside every folder), each entry with where it is defined.
 */
export async function glossaryItems(ws: GlossaryScope, uri: string | undefined): Promise<GlossaryResult> {
  await ws.ready;
  const folder = uri === undefined ? ws.looseFolder : ws.folderFor(ws.keyOf(uri));
  const locate = entryLocator(ws, folder);
  return {
    layers: folder.glossary.layers.map(({ id, label, description }) => ({ id, label, description })),
    entries: await Promise.all(folder.glossary.entries.map(
      async (entry): Promise<GlossaryItem> => ({
        kind: entry.kind,
        id: entry.id,
        label: entry.label,
        aliases: entry.aliases,
        layer: entry.layer,
        definition: entry.definition,
        type: entry.type,
        country: entry.country,
        location: toLocation(await locate(entry)),
      }),
    )),
  };
}
