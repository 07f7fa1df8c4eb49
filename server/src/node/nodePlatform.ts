import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ServerPlatform } from '../lsp/ServerPlatform';
import { createWorkerIndexer } from './createWorkerIndexer';
import { walkFolder } from './walkFolder';

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
    listFiles: (folder) => walkFolder(folder, () => true, true).catch(() => []),
    relativePath: (folder, file) => path.relative(folder, file).split(path.sep).join('/'),
    builtinGlossaryPath(name) {
      const file = path.join(root, 'server', 'glossaries', ...name.split('/'));
      return existsSync(file) ? file : undefined;
    },
    readBuiltinGlossary(name) {
      const file = this.builtinGlossaryPath(name);
      try {
        return file === undefined ? undefined : readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    createIndexer: () => createWorkerIndexer(path.join(root, 'dist', 'indexWorker.js'), log),
  };
}
