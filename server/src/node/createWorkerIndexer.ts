import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompactDigest } from '../core/analysis/compactDigest';
import type { EntryKind } from '../core/types';
import type { CancelToken, Indexer, LocatedId } from '../lsp/ServerPlatform';
import type { WorkerReply, WorkerRequest } from './workerMessages';

interface Pending {
  onDigests?: (digests: CompactDigest[]) => void;
  resolve(located: LocatedId[] | undefined): void;
  reject(error: Error): void;
}

/** One worker thread of the pool, with the jobs it has been given. */
class IndexThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
  ) {}

  run(request: Exclude<WorkerRequest, { type: 'cancel' }>, pending: Pending): void {
    this.pending.set(request.job, pending);
    this.start().postMessage(request);
  }

  warmUp(): void {
    this.start();
  }

  cancel(job: number): void {
    this.worker?.postMessage({ type: 'cancel', job } satisfies WorkerRequest);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    worker.on('error', (error) => this.fail(worker, `The index worker failed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => this.fail(worker, `The index worker stopped (exit code ${code}).`));
    worker.unref(); // never keeps the server process alive on its own
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.job);
    if (!pending) return;
    if (reply.type === 'digests') pending.onDigests?.(reply.digests);
    else {
      this.pending.delete(reply.job);
      if (reply.type === 'done') pending.resolve(reply.located);
      else pending.reject(new Error(reply.message));
    }
  }

  /** A crashed worker fails its jobs; the next job starts a fresh one. */
  private fail(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (this.pending.size === 0) return;
    this.log(message);
    for (const pending of this.pending.values()) pending.reject(new Error(message));
    this.pending.clear();
  }
}

/** A small pool of worker threads that read and analyse briefs (see indexWorker.ts). */
export function createWorkerIndexer(script: string, log: (message: string) => void, size = defaultPoolSize()): Indexer {
  const threads = Array.from({ length: size }, () => new IndexThread(script, log));
  // Started now, so their start-up overlaps the server's first reading of the workspace.
  for (const thread of threads) thread.warmUp();
  let nextJob = 1;

  function runOn(thread: IndexThread, request: Exclude<WorkerRequest, { type: 'cancel' }>, token: CancelToken, onDigests?: Pending['onDigests']): Promise<LocatedId[] | undefined> {
    return new Promise((resolve, reject) => {
      thread.run(request, { onDigests, resolve, reject });
      token.onCancellationRequested?.(() => thread.cancel(request.job));
    });
  }

  /** Splits the paths over the threads, every n-th path to the same thread. */
  function split(paths: readonly string[]): string[][] {
    const parts: string[][] = threads.map(() => []);
    paths.forEach((path, i) => parts[i % threads.length]!.push(path));
    return parts;
  }

  return {
    async index(config, paths, onDigests, token) {
      const parts = split(paths);
      await Promise.all(parts.map((part, i) => (part.length === 0 ? undefined : runOn(threads[i]!, { type: 'index', job: nextJob++, config, paths: part }, token, onDigests))));
    },
    async locate(config, paths, kind: EntryKind, id: string, token) {
      const parts = split(paths);
      const found = await Promise.all(parts.map((part, i) => (part.length === 0 ? [] : runOn(threads[i]!, { type: 'locate', job: nextJob++, config, paths: part, kind, id }, token))));
      return found.flatMap((f) => f ?? []);
    },
    dispose() {
      for (const thread of threads) thread.dispose();
    },
  };
}

function defaultPoolSize(): number {
  const fromEnv = Number(process.env.BRIEFMARK_INDEX_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.min(fromEnv, 16);
  return Math.max(1, Math.min(4, availableParallelism()));
}
