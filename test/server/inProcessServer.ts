import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { browserPlatform } from '../../server/src/browser/browserPlatform';
import { startServer } from '../../server/src/lsp/startServer';
import type { ServerTransport } from './lspClient';

/**
 * The server from its sources, in the test's own process, on the web worker's platform: every
 * file comes from the test client (`LspClient`'s `files`, an in-memory host), and the index runs
 * on this thread. No build and no process to start, so a failure points into the sources.
 */
export function inProcessTransport(): ServerTransport {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  let ended!: () => void;
  const exited = new Promise<void>((resolve) => { ended = resolve; });
  let shutdownReceived = false;
  // The library's Node connection exits the process on `exit`; this one only ends the server.
  const connection = createConnection((logger) => createProtocolConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient), logger), {
    initialize: () => undefined,
    get shutdownReceived() { return shutdownReceived; },
    set shutdownReceived(value) { shutdownReceived = value; },
    exit: () => ended(),
  });
  startServer(connection, browserPlatform(connection));
  return {
    connection: createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)),
    server: {
      pid: undefined,
      exited,
      kill: () => {
        connection.dispose();
        ended();
      },
      // No stderr: what the server logs comes over the connection.
      onLog: () => undefined,
    },
  };
}
