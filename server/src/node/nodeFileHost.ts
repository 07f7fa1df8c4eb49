import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import type { FileHost } from '../core/host';
import { walkFolder } from './walkFolder';

/** The file system's path of a `file:` URI; any other scheme is not on this machine's disk. */
export function fsPathOf(uri: string): string {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') throw new Error(`Not a file on this machine: ${uri}`);
  return parsed.fsPath;
}

export function fileUri(path: string): string {
  return URI.file(path).toString();
}

/** FileHost over Node's fs, for `file:` URIs. */
export const nodeFileHost: FileHost = {
  async readFile(uri) {
    try {
      // Decoded once, whole: read as 'utf8', Node decodes a large file chunk by chunk into a
      // string of many parts, which the first regex then copies flat (10 MB: 140 ms against 110).
      return (await fs.readFile(fsPathOf(uri))).toString('utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  async listFiles(folder) {
    return (await walkFolder(fsPathOf(folder), () => true, true)).map(fileUri);
  },
  async stat(uri) {
    try {
      const stat = await fs.stat(fsPathOf(uri));
      return { type: stat.isDirectory() ? 'folder' : 'file', size: stat.size };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
};

/** Nothing is there: no such file, or a file where a folder was expected on the way. */
function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
