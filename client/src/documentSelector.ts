import type { DocumentSelector } from 'vscode-languageclient';

/**
 * The URI schemes of briefs the server analyses: files, untitled briefs (the built-in glossary
 * still applies), and the schemes of the workspace's folders (a remote folder in VS Code for the
 * Web, a virtual workspace), whose files the server reads through the client. Other schemes (git
 * diffs, output) are left out.
 */
export function briefSchemes(folderSchemes: readonly string[]): string[] {
  return [...new Set(['file', 'untitled', ...folderSchemes])];
}

/**
 * What the client syncs to the server: Markdown briefs, review sidecars, and the glossary files
 * that `briefmark.glossaryFiles` names (the default globs cover `*.glossary.{yaml,yml,json}`).
 * Glossaries must be in the selector for the server to see unsaved edits and for rename and
 * references to work inside them; the server's own file watcher (every `.md`, `.yaml`, `.yml` and
 * `.json`) only reports them on save.
 */
export function briefmarkSelector(glossaryGlobs: readonly string[], folderSchemes: readonly string[] = []): DocumentSelector {
  const patterns = [...new Set(['**/*.review.{yaml,yml}', ...glossaryGlobs.map(anyFolder)])];
  const schemes = briefSchemes(folderSchemes);
  return [
    ...schemes.map((scheme) => ({ scheme, language: 'markdown' })),
    ...schemes.filter((scheme) => scheme !== 'untitled').flatMap((scheme) => patterns.map((pattern) => ({ scheme, pattern }))),
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
