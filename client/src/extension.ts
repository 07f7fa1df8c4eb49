import { nodeClientPlatform } from './node/nodeClientPlatform';
import { extensionEntry } from './startClient';

// The desktop (and remote) entry: the server runs in Node. VS Code waits for deactivate, so the
// server shuts down cleanly instead of being cut off.
export const { activate, deactivate } = extensionEntry(nodeClientPlatform);
