import { URI, Utils } from 'vscode-uri';

// How Briefmark reaches files, wherever it runs: every file and folder is named by its URI
// string, so the same code serves a folder on disk, a remote one and a virtual workspace. Node
// implements it with fs (the server and the CLI); a server in a web worker, or any server for a
// virtual workspace's files, asks its client, which answers through vscode.workspace.fs.

export interface FileStat {
  type: 'file' | 'folder';
  /** In bytes. */
  size: number;
}

export interface FileHost {
  /** The file's text, or undefined when there is no such file. Throws on other failures (a folder, no permission). */
  readFile(uri: string): Promise<string | undefined>;
  /** Every file below a folder, as URIs in order, without `node_modules`, `.git` and other dot-folders. Throws when the folder cannot be read. */
  listFiles(folder: string): Promise<string[]>;
  /** What is at `uri`, or undefined when nothing is. Throws on other failures (no permission). */
  stat(uri: string): Promise<FileStat | undefined>;
}

/** A file's text, or undefined when it is missing or cannot be read: for a reader that goes on without it (the server, its index). */
export async function readOrUndefined(files: Pick<FileHost, 'readFile'>, uri: string): Promise<string | undefined> {
  try {
    return await files.readFile(uri);
  } catch {
    return undefined;
  }
}

/** Folders no listing of a workspace walks into, in the Node server, the CLI and the client alike. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** A URI string in one spelling (as vscode-uri writes it), so that two spellings of one file are one key. */
export function normalUri(uri: string): string {
  return URI.parse(uri).toString();
}

/** The path of `file` below `folder`, decoded, with forward slashes; undefined when it is not below it. */
export function relativeUri(folder: string, file: string): string | undefined {
  const base = URI.parse(folder);
  const target = URI.parse(file);
  if (base.scheme !== target.scheme || base.authority !== target.authority) return undefined;
  const root = base.path.endsWith('/') ? base.path : base.path + '/';
  return target.path.startsWith(root) ? target.path.slice(root.length) : undefined;
}

/** `relative` (slash-separated) below the folder `base`, as a URI in one spelling. */
export function joinUri(base: string, relative: string): string {
  return Utils.joinPath(URI.parse(base), ...relative.split('/')).toString();
}

/** The last segment of a URI's path, decoded ("my brief.md"). */
export function uriBaseName(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

/** How a URI is shown to a person: a file's path on its machine, any other URI as it is. */
export function displayUri(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : uri;
}
