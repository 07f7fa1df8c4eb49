import type { DocumentSelector } from 'vscode-languageclient';

/**
 * The URI schemes of briefs the server analyses: files, and untitled briefs (the built-in glossary
 * still applies). Other schemes (git diffs, virtual file systems) are left out: the server reads
 * each brief's glossaries and review sidecar from disk.
 */
export const BRIEF_SCHEMES = ['file', 'untitled'] as const;

/**
 * What the client syncs to the server: Markdown briefs, review sidecars, and the glossary files
 * that `briefmark.glossaryFiles` names (the default globs cover `*.glossary.{yaml,yml,json}`).
 * Glossaries must be in the selector for the server to see unsaved edits and for rename and
 * references to work inside them; the server's own file watcher (every `.md`, `.yaml`, `.yml` and
 * `.json`) only reports them on save.
 */
export function briefmarkSelector(glossaryGlobs: readonly string[]): DocumentSelector {
  const patterns = [...new Set(['**/*.review.{yaml,yml}', ...glossaryGlobs.map(anyFolder)])];
  return [
    ...BRIEF_SCHEMES.map((scheme) => ({ scheme, language: 'markdown' })),
    ...patterns.map((pattern) => ({ scheme: 'file', pattern })),
  ];
}

/**
 * A glossary glob is relative to its workspace folder; a selector pattern matches the whole path.
 * Prefixed with a globstar, it matches under any folder: a superset, which is enough, since the server
 * decides per folder what is a glossary and ignores the rest.
 */
export function anyFolder(glob: string): string {
  const relative = glob.trim().replace(/^\.?\/+/, '');
  return relative.startsWith('**/') ? relative : `**/${relative}`;
}
