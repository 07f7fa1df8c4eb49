import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { ClientPlatform } from '../ClientPlatform';
import { systemReviewer } from './systemReviewer';

/** The desktop (and remote) extension: the server is `dist/server.js` in Node, over IPC. */
export const nodeClientPlatform: ClientPlatform = {
  createLanguageClient(context, options) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      // Chosen when the extension host itself runs under a debugger: attach to port 6009.
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    // The id 'briefmark' makes the library read `briefmark.trace.server`.
    return new LanguageClient('briefmark', 'Briefmark', serverOptions, options);
  },
  defaultReviewer: systemReviewer,
};
