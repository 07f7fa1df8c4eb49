// What the Layers and Claims views summarise: the brief in the editor, or the whole workspace.

import { briefSchemes } from '../documentSelector';

export type Scope = 'brief' | 'workspace';

/** The workspaceState key that remembers the user's choice. */
export const SCOPE_STATE_KEY = 'briefmark.scope';

export function parseScope(value: unknown): Scope {
  return value === 'workspace' ? 'workspace' : 'brief';
}

/**
 * Briefs are Markdown files (or unsaved Markdown), on disk or in the workspace folders' own
 * schemes (`folderSchemes`: a remote or virtual workspace); not diff sides, output or other schemes.
 */
export function isBriefDocument(doc: { languageId: string; uri: { scheme: string } }, folderSchemes: readonly string[] = []): boolean {
  return doc.languageId === 'markdown' && briefSchemes(folderSchemes).includes(doc.uri.scheme);
}
