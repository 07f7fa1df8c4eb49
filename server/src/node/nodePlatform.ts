import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { clientFileHost } from '../lsp/workspace/clientFileHost';
import { createInlineIndexer } from '../lsp/workspace/createInlineIndexer';
import { routeFiles, routeIndexer } from '../lsp/workspace/routeByScheme';
import type { ServerPlatform } from '../lsp/ServerPlatform';
import { createWorkerIndexer } from './createWorkerIndexer';
import { fileUri, nodeFileHost } from './nodeFileHost';

/**
 * The file system and worker threads of Node, for `file:` URIs; any other file (a virtual
 * workspace) is read through the client. `root` is the folder that holds dist/ and server/.
 */
export function nodePlatform(root: string, connection: Connection): ServerPlatform {
  const log = (message: string) => connection.console.error(message);
  const client = clientFileHost(connection);
  return {
    files: routeFiles(nodeFileHost, client),
    builtinGlossaryFolder: fileUri(path.join(root, 'server', 'glossaries')),
    createIndexer: () => routeIndexer(createWorkerIndexer(path.join(root, 'dist', 'indexWorker.js'), log), createInlineIndexer(client)),
  };
}
