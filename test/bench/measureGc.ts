import { Session } from 'node:inspector';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { sink } from './measureRuns';

// What the collector costs a workload, and how much it allocates: the timed rows run with a full
// GC before each run, so that one run does not pay for the last one's garbage; a server or a CLI
// run has no such pause, and pays for every object it makes.

export interface GcStats {
  runs: number;
  /** Wall time of all the runs, back to back. */
  wallMs: number;
  /** Time in the collector meanwhile (scavenges and mark-compacts, as `gc` performance entries report them). */
  gcMs: number;
  scavenges: number;
  markCompacts: number;
}

/** Runs `fn` `runs` times back to back, with no forced GC between, and sums the collections meanwhile. */
export async function measureGc(fn: () => unknown, runs: number): Promise<GcStats> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  for (let i = 0; i < runs; i++) sink[0] = fn();
  const wallMs = performance.now() - start;
  // The entries are delivered after the current task: let them in before counting.
  await new Promise((resolve) => setTimeout(resolve, 10));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  const during = entries.filter((e) => e.startTime >= start && e.startTime <= start + wallMs);
  const kind = (e: PerformanceEntry) => ((e as PerformanceEntry & { detail?: { kind?: number } }).detail)?.kind;
  return {
    runs,
    wallMs,
    gcMs: during.reduce((sum, e) => sum + e.duration, 0),
    scavenges: during.filter((e) => kind(e) === constants.NODE_PERFORMANCE_GC_MINOR).length,
    markCompacts: during.filter((e) => kind(e) === constants.NODE_PERFORMANCE_GC_MAJOR).length,
  };
}

interface ProfileNode {
  selfSize: number;
  children: ProfileNode[];
}

/**
 * Bytes allocated per run of `fn`, garbage included, as V8's sampling heap profiler estimates them
 * (every object it samples stands for the bytes allocated around it; collected objects count too).
 */
export async function measureAllocation(fn: () => unknown, runs: number): Promise<number> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  try {
    await post('HeapProfiler.enable');
    await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (let i = 0; i < runs; i++) sink[0] = fn();
    const { profile } = await post<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
    return total(profile.head) / runs;
  } finally {
    session.disconnect();
  }
}

function total(node: ProfileNode): number {
  let bytes = node.selfSize;
  for (const child of node.children) bytes += total(child);
  return bytes;
}
