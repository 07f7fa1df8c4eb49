import { existsSync, readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { reviewPathFor } from '../core/review/reviewPath';
import { INDEX_BATCH, IndexGlossaries, indexBrief, locateInBrief, skippedBrief } from '../lsp/workspace/indexBrief';
import type { IndexConfig, LocatedId } from '../lsp/ServerPlatform';
import { fsPathOf } from './nodeFileHost';
import { readBrief } from './readBrief';
import type { WorkerReply, WorkerRequest } from './workerMessages';

// A worker thread that reads briefs from disk and analyses them, so that indexing a large
// workspace never delays hover or typing on the server's main thread.

const port = parentPort!;
const cancelled = new Set<number>();
const glossaries = new IndexGlossaries();

// Synchronous reads: this thread does nothing else, and they cost less than promises. Most
// briefs have no review sidecar, so a missing file is checked for rather than thrown. Files are
// named by URI, as everywhere in the server.
function read(uri: string): string | undefined {
  try {
    const path = fsPathOf(uri);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function readBriefAt(uri: string): ReturnType<typeof readBrief> {
  try {
    return readBrief(fsPathOf(uri));
  } catch {
    return undefined;
  }
}

/**
 * Each digest is posted as soon as it is made: kept for a batch, digests outlived several
 * scavenges, were promoted and died in the old generation (1,000 bench briefs in one worker: 21
 * mark-compacts and 0.48 s of scavenges, against 2 and 0.19 s posted one by one).
 */
async function index(job: number, config: IndexConfig, uris: string[]): Promise<void> {
  const glossary = glossaries.get(config);
  let done = 0;
  for (const uri of uris) {
    if (cancelled.has(job)) break;
    const text = readBriefAt(uri);
    post({ type: 'digests', job, digests: [skippedBrief(config, uri, text) ?? indexBrief(config, glossary, uri, text!, read(reviewPathFor(uri)))] });
    if (++done % INDEX_BATCH === 0) await new Promise(setImmediate); // lets a 'cancel' message in
  }
}

async function locate(job: number, request: Extract<WorkerRequest, { type: 'locate' }>): Promise<LocatedId[]> {
  const glossary = glossaries.get(request.config);
  const out: LocatedId[] = [];
  for (const [i, uri] of request.paths.entries()) {
    if (cancelled.has(job)) break;
    if (i > 0 && i % INDEX_BATCH === 0) await new Promise(setImmediate);
    const found = locateInBrief(request.config, glossary, uri, read(uri), request.kind, request.id);
    if (found) out.push(found);
  }
  return out;
}

function post(reply: WorkerReply): void {
  // The digests' buffers move to the server thread instead of being copied.
  const transfer = reply.type === 'digests' ? reply.digests.flatMap((d) => [d.claims.buffer, d.conceptCounts.buffer, d.actorCounts.buffer] as ArrayBuffer[]) : [];
  port.postMessage(reply, transfer);
}

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'cancel') {
    cancelled.add(request.job);
    return;
  }
  const run = request.type === 'index' ? index(request.job, request.config, request.paths).then(() => undefined) : locate(request.job, request);
  run.then(
    (located) => post({ type: 'done', job: request.job, located }),
    (error: unknown) => post({ type: 'failed', job: request.job, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  ).finally(() => cancelled.delete(request.job));
});
