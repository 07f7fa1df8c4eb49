import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ServerPlatform } from '../lsp/ServerPlatform';
import { createWorkerIndexer } from './createWorkerIndexer';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The file system and worker threads of Node; `root` is the folder that holds dist/ and server/. */
export function nodePlatform(root: string, log: (message: string) => void): ServerPlatform {
  return {
    async readFile(file) {
      try {
        return await fs.readFile(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    listFiles: (folder) => walk(folder),
    relativePath: (folder, file) => path.relative(folder, file).split(path.sep).join('/'),
    builtinGlossaryPath(name) {
      const file = path.join(root, 'server', 'glossaries', ...name.split('/'));
      return existsSync(file) ? file : undefined;
    },
    createIndexer: () => createWorkerIndexer(path.join(root, 'dist', 'indexWorker.js'), log),
  };
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      continue; // an unreadable or vanished folder is passed over
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) pending.push(full);
      } else if (entry.isFile()) found.push(full);
    }
  }
  return found.sort();
}
