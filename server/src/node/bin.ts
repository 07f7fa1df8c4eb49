import { startWithCodeCaches } from './runWithCodeCache';

// `node dist/server.js --stdio` (or `--node-ipc`): the server's bundle (main.ts, built as
// server-main.js), started with a code cache beside it. The build makes none: the server runs under
// the editor's own Node, so its first start there writes the cache, and later starts compile less.
startWithCodeCaches(__dirname, 'server-main.js');
