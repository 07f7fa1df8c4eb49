import type { FileHost } from '../../core/host';
import type { Indexer } from '../ServerPlatform';

// A server on Node reads `file:` URIs from its own disk, and asks the client for any other (a
// virtual workspace in the desktop editor): the same routing for the file host and the index.

export function isDiskUri(uri: string): boolean {
  return uri.startsWith('file:');
}

export function routeFiles(disk: FileHost, other: FileHost): FileHost {
  const pick = (uri: string) => (isDiskUri(uri) ? disk : other);
  return {
    readFile: (uri) => pick(uri).readFile(uri),
    listFiles: (folder) => pick(folder).listFiles(folder),
    stat: (uri) => pick(uri).stat(uri),
  };
}

export function routeIndexer(disk: Indexer, other: Indexer): Indexer {
  const split = (uris: readonly string[]) => [uris.filter(isDiskUri), uris.filter((uri) => !isDiskUri(uri))] as const;
  return {
    async index(config, uris, onDigests, token) {
      const [onDisk, elsewhere] = split(uris);
      await Promise.all([onDisk.length > 0 && disk.index(config, onDisk, onDigests, token), elsewhere.length > 0 && other.index(config, elsewhere, onDigests, token)]);
    },
    async locate(config, uris, kind, id, token) {
      const [onDisk, elsewhere] = split(uris);
      const found = await Promise.all([onDisk.length > 0 ? disk.locate(config, onDisk, kind, id, token) : [], elsewhere.length > 0 ? other.locate(config, elsewhere, kind, id, token) : []]);
      return found.flat();
    },
    dispose() {
      disk.dispose();
      other.dispose();
    },
  };
}
