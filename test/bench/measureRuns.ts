// Timing helpers: warm-ups, then timed runs summarised by their median.

export interface RunStats {
  runs: number[];
  median: number;
  min: number;
  max: number;
  /** Time of the very first call (cold JIT), before the warm-ups. */
  first: number;
}

export interface MeasureOptions {
  /** Untimed calls before the timed runs, counting the first (cold) call, which is timed apart. */
  warmups: number;
  runs: number;
  /** Untimed, before every call (e.g. a full GC, so that one run does not pay for the last one's garbage). */
  before?: () => void;
}

/** A place to put results so that the engine cannot drop the measured work. */
export const sink: unknown[] = [];

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarize(first: number, runs: number[]): RunStats {
  return { runs, median: median(runs), min: Math.min(...runs), max: Math.max(...runs), first };
}

export function measureRuns(fn: () => unknown, options: MeasureOptions): RunStats {
  const time = () => {
    options.before?.();
    const start = performance.now();
    sink[0] = fn();
    return performance.now() - start;
  };
  const first = options.warmups > 0 ? time() : NaN;
  for (let i = 1; i < options.warmups; i++) time();
  const runs: number[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(time());
  sink.length = 0;
  return summarize(first, runs);
}

export async function measureRunsAsync(fn: () => Promise<unknown>, options: MeasureOptions): Promise<RunStats> {
  const time = async () => {
    options.before?.();
    const start = performance.now();
    sink[0] = await fn();
    return performance.now() - start;
  };
  const first = options.warmups > 0 ? await time() : NaN;
  for (let i = 1; i < options.warmups; i++) await time();
  const runs: number[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(await time());
  sink.length = 0;
  return summarize(first, runs);
}
