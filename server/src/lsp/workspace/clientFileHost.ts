import type { Connection } from 'vscode-languageserver';
import type { FileHost } from '../../core/host';
import { ListFilesRequest, ReadFileRequest, StatRequest } from '../../protocol';

/** FileHost through the client (protocol.ts): for a server with no file system of its own. */
export function clientFileHost(connection: Connection): FileHost {
  return {
    async readFile(uri) {
      return (await connection.sendRequest(ReadFileRequest, { uri })) ?? undefined;
    },
    listFiles: (folder) => connection.sendRequest(ListFilesRequest, { uri: folder }),
    async stat(uri) {
      return (await connection.sendRequest(StatRequest, { uri })) ?? undefined;
    },
  };
}
