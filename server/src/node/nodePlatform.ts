import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ServerPlatform } from '../lsp/ServerPlatform';
import { createWorkerIndexer } from './createWorkerIndexer';
import { fileUri, nodeFileHost } from './nodeFileHost';

/** The file system and worker threads of Node; `root` is the folder that holds dist/ and server/. */
export function nodePlatform(root: string, log: (message: string) => void): ServerPlatform {
  const builtinFile = (name: string) => path.join(root, 'server', 'glossaries', ...name.split('/'));
  return {
    files: nodeFileHost,
    builtinGlossaryUri(name) {
      const file = builtinFile(name);
      return existsSync(file) ? fileUri(file) : undefined;
    },
    readBuiltinGlossary(name) {
      try {
        return readFileSync(builtinFile(name), 'utf8');
      } catch {
        return undefined;
      }
    },
    createIndexer: () => createWorkerIndexer(path.join(root, 'dist', 'indexWorker.js'), log),
  };
}
