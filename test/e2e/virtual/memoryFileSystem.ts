// The test extension behind the virtual-workspace run: a FileSystemProvider for `briefmark-memfs:`
// that holds a copy of a folder in memory. Nothing it is given is written back to disk, so what
// Briefmark reads and writes there goes through `vscode.workspace.fs` and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const SCHEME = 'briefmark-memfs';
/** The folder the harness copies examples/ to, and where it appears: `briefmark-memfs:/examples`. */
export const SEED_VARIABLE = 'BRIEFMARK_E2E_VIRTUAL_SEED';
export const FOLDER = '/examples';

export class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  private readonly folders = new Set<string>(['/']);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  /** Copies `dir` (recursively) to `at`. */
  seed(dir: string, at: string): void {
    this.addFolder(at);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${at}/${entry.name}`;
      if (entry.isDirectory()) this.seed(join(dir, entry.name), path);
      else this.files.set(path, { data: readFileSync(join(dir, entry.name)), mtime: Date.now() });
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: 0, mtime: file.mtime, size: file.data.length };
    if (this.folders.has(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    if (!this.folders.has(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    const children = (paths: Iterable<string>, type: vscode.FileType) => [...paths]
      .filter((p) => p.startsWith(prefix) && p.length > prefix.length && !p.slice(prefix.length).includes('/'))
      .map((p): [string, vscode.FileType] => [p.slice(prefix.length), type]);
    return [...children(this.folders, vscode.FileType.Directory), ...children(this.files.keys(), vscode.FileType.File)];
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const exists = this.files.has(uri.path);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (!this.folders.has(parentOf(uri.path))) throw vscode.FileSystemError.FileNotFound(uri.with({ path: parentOf(uri.path) }));
    this.files.set(uri.path, { data: content, mtime: Date.now() });
    this.changed.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.addFolder(uri.path);
    this.changed.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path) && !this.folders.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const file = this.files.get(from.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(from);
    if (this.files.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.files.delete(from.path);
    this.files.set(to.path, file);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to }]);
  }

  private addFolder(path: string): void {
    for (let p = path; p !== '/' && !this.folders.has(p); p = parentOf(p)) this.folders.add(p);
  }
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

export function activate(context: vscode.ExtensionContext): void {
  const seed = process.env[SEED_VARIABLE];
  if (!seed) throw new Error(`${SEED_VARIABLE} is not set: the harness passes the folder to serve`);
  const files = new MemoryFileSystem();
  files.seed(seed, FOLDER);
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider(SCHEME, files, { isCaseSensitive: true }));
}
