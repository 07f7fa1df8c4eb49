// What the Layers and Claims views summarise: the brief in the editor, or the whole workspace.

export type Scope = 'brief' | 'workspace';

/** The workspaceState key that remembers the user's choice. */
export const SCOPE_STATE_KEY = 'briefmark.scope';

export function parseScope(value: unknown): Scope {
  return value === 'workspace' ? 'workspace' : 'brief';
}

/** Briefs are Markdown files (or unsaved Markdown); not diff sides, output or other schemes. */
export function isBriefDocument(doc: { languageId: string; uri: { scheme: string } }): boolean {
  return doc.languageId === 'markdown' && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}
