import type { CompactDigest } from '../../core/analysis/compactDigest';
import { readOrUndefined, type FileHost } from '../../core/host';
import { reviewPathFor } from '../../core/review/reviewPath';
import { INDEX_BATCH, IndexGlossaries, indexBrief, locateInBrief, skippedBrief } from './indexBrief';
import { nextTurn } from '../nextTurn';
import type { Indexer, LocatedId } from '../ServerPlatform';

/**
 * An indexer on the server's own thread, reading through the file host: for a server in a web
 * worker, which has no threads to spare and no disk. It yields after every batch, so requests
 * and edits are answered while it works.
 */
export function createInlineIndexer(files: FileHost): Indexer {
  const glossaries = new IndexGlossaries();
  const read = (uri: string) => readOrUndefined(files, uri);
  return {
    async index(config, uris, onDigests, token) {
      let batch: CompactDigest[] = [];
      for (const uri of uris) {
        if (token.isCancellationRequested) return;
        const text = await read(uri);
        batch.push(skippedBrief(config, uri, text) ?? indexBrief(config, glossaries.get(config), uri, text!, await read(reviewPathFor(uri))));
        if (batch.length >= INDEX_BATCH) {
          onDigests(batch);
          batch = [];
          await nextTurn();
        }
      }
      if (batch.length > 0 && !token.isCancellationRequested) onDigests(batch);
    },
    async locate(config, uris, kind, id, token) {
      const out: LocatedId[] = [];
      for (const [i, uri] of uris.entries()) {
        if (token.isCancellationRequested) break;
        if (i > 0 && i % INDEX_BATCH === 0) await nextTurn();
        const found = locateInBrief(config, glossaries.get(config), uri, await read(uri), kind, id);
        if (found) out.push(found);
      }
      return out;
    },
    dispose() {},
  };
}
