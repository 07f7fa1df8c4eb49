import type { Connection } from 'vscode-languageserver';
import { clientFileHost } from '../lsp/workspace/clientFileHost';
import { createInlineIndexer } from '../lsp/workspace/createInlineIndexer';
import type { ServerPlatform } from '../lsp/ServerPlatform';

/**
 * A web worker's platform: files through the client, the index on the server's own thread. The
 * bundle embeds the built-in glossary's index; its YAML files are read through the client too,
 * from where the client says the extension keeps them.
 */
export function browserPlatform(connection: Connection): ServerPlatform {
  const files = clientFileHost(connection);
  return {
    files,
    builtinGlossaryFolder: undefined,
    createIndexer: () => createInlineIndexer(files),
  };
}
