import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGlossary } from '../../server/src/core/glossary/buildGlossary';
import { builtinIndexJson, loadBuiltinIndex } from '../../server/src/core/glossary/builtinGlossary';
import { parseBuiltinGlossaryFiles } from '../../server/src/core/glossary/builtinGlossaryFiles';
import type { BenchRow } from './formatBenchTable';
import { measureRuns, median } from './measureRuns';

// The built-in glossary's rows of DESIGN.md section 8: loaded and indexed (from the index the build
// embeds), and a whole `briefmark check` of a small brief on it, process start to exit. Run first,
// so that the in-process "first" time is close to a fresh process's.

const BUDGET = { loadMs: 30, checkMs: 200 } as const;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

export function runBuiltinBench(rows: BenchRow[], details: Record<string, unknown>, log: (message: string) => void): void {
  log('built-in glossary: load + index, and a whole check of a small brief…');
  const load = measureRuns(() => loadBuiltinIndex(builtinIndexJson()), { warmups: 2, runs: 21 });
  const glossary = loadBuiltinIndex(builtinIndexJson());
  const sources = parseBuiltinGlossaryFiles();
  const fromYaml = measureRuns(() => buildGlossary(parseBuiltinGlossaryFiles()), { warmups: 1, runs: 5 });
  details.builtin = { load, fromYaml, entries: glossary.entries.length, indexBytes: builtinIndexJson().length };
  rows.push({
    id: 'builtin.load',
    what: `the built-in glossary loaded and indexed (${glossary.concepts.size.toLocaleString('en')} concepts, ${glossary.actors.size.toLocaleString('en')} actors in ${sources.length} files; from the index the build embeds, ${(builtinIndexJson().length / 1e6).toFixed(2)} MB of JSON read from dist/; parsing the YAML and indexing it instead takes ${ms(fromYaml.median)} ms)`,
    measured: `${ms(load.median)} ms (median of ${load.runs.length}; first ${ms(load.first)} ms)`,
    value: load.median,
    unit: 'ms',
    budget: `≤ ${BUDGET.loadMs} ms`,
    ok: load.median <= BUDGET.loadMs,
  });

  const check = timeSmallCheck();
  details.builtinCheck = check;
  rows.push({
    id: 'builtin.check',
    what: `a whole \`briefmark check --format json\` of a small brief (the example brief, ${(check.bytes / 1024).toFixed(1)} KB) on the built-in glossary: node start to exit, in a folder with no team glossary`,
    measured: `${ms(check.median)} ms (median of ${check.runs.length}; min ${ms(Math.min(...check.runs))}, max ${ms(Math.max(...check.runs))})`,
    value: check.median,
    unit: 'ms',
    budget: `≤ ${BUDGET.checkMs} ms`,
    ok: check.median <= BUDGET.checkMs,
  });
}

function timeSmallCheck(): { runs: number[]; median: number; bytes: number } {
  const cli = path.join(__dirname, 'cli.js');
  const brief = path.resolve(__dirname, '../examples/sovereign-compute-brief.md');
  const dir = mkdtempSync(path.join(tmpdir(), 'briefmark-bench-check-'));
  try {
    copyFileSync(brief, path.join(dir, 'brief.md'));
    const run = () => {
      const start = performance.now();
      const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', 'brief.md'], { cwd: dir, encoding: 'utf8' });
      const elapsed = performance.now() - start;
      if (result.status !== 0 && result.status !== 1) throw new Error(`briefmark check failed: ${result.stderr}`);
      return elapsed;
    };
    for (let i = 0; i < 2; i++) run();
    const runs = Array.from({ length: 15 }, run);
    return { runs, median: median(runs), bytes: readFileSync(brief).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
