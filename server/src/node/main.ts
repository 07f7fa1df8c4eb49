import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/startServer';
import { nodePlatform } from './nodePlatform';

// The server in Node (started by bin.ts: `node dist/server.js --stdio` or `--node-ipc`): the
// transport is chosen from the arguments.
const connection = createConnection(ProposedFeatures.all);
startServer(connection, nodePlatform(path.resolve(__dirname, '..'), connection));
