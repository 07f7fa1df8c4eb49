import { extensionEntry } from '../startClient';
import { browserClientPlatform } from './browserClientPlatform';

// The entry of VS Code for the Web (package.json "browser"): the server runs in a web worker.
export const { activate, deactivate } = extensionEntry(browserClientPlatform);
