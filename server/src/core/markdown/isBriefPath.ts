/**
 * What counts as a brief when a folder is read, in the editor's workspace index and in the CLI
 * alike: a Markdown file, `.md` or `.markdown`. (A file opened as Markdown in the editor, or named
 * on the command line, is a brief whatever its name.) Takes a path or a URI.
 */
export function isBriefPath(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name);
}
