import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/startServer';
import { browserPlatform } from './browserPlatform';

// The server in a web worker (VS Code for the Web, virtual workspaces): messages through the
// worker's port, files through the client.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserPlatform(connection));
