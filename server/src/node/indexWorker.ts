import { existsSync, readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Glossary } from '../core/glossary/buildGlossary';
import { glossaryWith } from '../core/glossary/builtinGlossary';
import { compactDigest, type CompactDigest } from '../core/analysis/compactDigest';
import { digestBriefText, locateId, skippedDigest } from '../core/analysis/digestBrief';
import { parseGlossaryFile } from '../core/glossary/parseGlossaryFile';
import { reviewPathFor } from '../core/review/reviewPath';
import type { IndexConfig, LocatedId } from '../lsp/ServerPlatform';
import { fsPathOf } from './nodeFileHost';
import { readBrief } from './readBrief';
import type { WorkerReply, WorkerRequest } from './workerMessages';

// A worker thread that reads briefs from disk and analyses them, so that indexing a large
// workspace never delays hover or typing on the server's main thread.

const port = parentPort!;
const cancelled = new Set<number>();
let glossaryFor: { key: string; version: number; glossary: Glossary } | undefined;
const BATCH = 25;

function glossaryOf(config: IndexConfig): Glossary {
  if (glossaryFor?.key === config.key && glossaryFor.version === config.version) return glossaryFor.glossary;
  const glossary = glossaryWith(config.teamFiles.map((f) => parseGlossaryFile(f.path, f.text)), config.builtin).glossary;
  glossaryFor = { key: config.key, version: config.version, glossary };
  return glossary;
}

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

function readWhole(uri: string): ReturnType<typeof readBrief> {
  try {
    return readBrief(fsPathOf(uri));
  } catch {
    return undefined;
  }
}

async function index(job: number, config: IndexConfig, paths: string[]): Promise<void> {
  const glossary = glossaryOf(config);
  let batch: CompactDigest[] = [];
  for (const path of paths) {
    if (cancelled.has(job)) break;
    const text = readWhole(path);
    if (text === undefined) batch.push(compactDigest(skippedDigest(path, 'unreadable')));
    else if (text.length > config.maxFileSize) batch.push(compactDigest(skippedDigest(path, 'too-large')));
    else batch.push(compactDigest(digestBriefText({ path, text, reviewText: read(reviewPathFor(path)), glossary, options: config.options, maxFileSize: config.maxFileSize })));
    if (batch.length >= BATCH) {
      post({ type: 'digests', job, digests: batch });
      batch = [];
      await new Promise(setImmediate); // lets a 'cancel' message in
    }
  }
  if (batch.length > 0) post({ type: 'digests', job, digests: batch });
}

async function locate(job: number, request: Extract<WorkerRequest, { type: 'locate' }>): Promise<LocatedId[]> {
  const glossary = glossaryOf(request.config);
  const out: LocatedId[] = [];
  for (const [i, path] of request.paths.entries()) {
    if (cancelled.has(job)) break;
    if (i > 0 && i % BATCH === 0) await new Promise(setImmediate);
    const text = read(path);
    if (text === undefined || text.length > request.config.maxFileSize) continue;
    const found = locateId(text, glossary, request.config.options, request.kind, request.id);
    if (found.mentions.length > 0 || found.refs.length > 0) out.push({ path, ...found });
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
