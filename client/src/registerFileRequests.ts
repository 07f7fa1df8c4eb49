import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SKIPPED_FOLDERS } from '../../server/src/core/host';
import { ListFilesRequest, ReadFileRequest, StatRequest } from '../../server/src/protocol';

// The server's file requests (protocol.ts), answered through vscode.workspace.fs: a server in a web
// worker has no file system, and in a virtual workspace only the editor can reach the files.

export function registerFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(ReadFileRequest, async ({ uri }) => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    }),
    client.onRequest(ListFilesRequest, async ({ uri }) => (await listFiles(vscode.Uri.parse(uri))).map((file) => file.toString()).sort()),
    client.onRequest(StatRequest, async ({ uri }) => {
      try {
        const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
        return { type: stat.type & vscode.FileType.Directory ? 'folder' : 'file', size: stat.size } as const;
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    }),
  ];
}

/** Every file below `folder`, as the Node server lists a folder on disk: no node_modules, .git or other dot-folders. */
async function listFiles(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(current);
    } catch (error) {
      if (current === folder) throw error;
      continue; // an unreadable sub-folder is passed over
    }
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(current, name);
      if (type & vscode.FileType.Directory) {
        if (!SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) pending.push(uri);
      } else if (type & vscode.FileType.File) found.push(uri);
    }
  }
  return found;
}

function notFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory');
}
