import type { Connection } from 'vscode-languageserver';
import { clientFileHost } from '../lsp/workspace/clientFileHost';
import { createInlineIndexer } from '../lsp/workspace/createInlineIndexer';
import type { ServerPlatform } from '../lsp/ServerPlatform';

/**
 * A web worker's platform: files through the client, the index on the server's own thread. The
 * built-in glossary's YAML is not shipped to the worker (the bundle embeds its index), so its
 * entries have no file to go to.
 */
export function browserPlatform(connection: Connection): ServerPlatform {
  const files = clientFileHost(connection);
  return {
    files,
    builtinGlossaryUri: () => undefined,
    readBuiltinGlossary: () => undefined,
    createIndexer: () => createInlineIndexer(files),
  };
}
