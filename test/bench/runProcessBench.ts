import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchRow } from './formatBenchTable';
import { generateBenchBrief } from './generateBenchBrief';
import type { BenchGlossary } from './generateBenchGlossary';
import { median } from './measureRuns';

// Whole processes on one large brief, as a user runs them from a shell: `briefmark check --format
// json`, the cspell CLI (a devDependency) on the same file, and the floor (readAndHash.mjs: node
// starts, reads the file, hashes every word once). They run in turn, in one loop, so that a slow
// minute of the machine falls on all three; the rows give the medians and the ratios.

const MB = 1 << 20;
const BRIEF_BYTES = 10 * MB;
const ROUNDS = 5;
const BUDGET = { cspellRatio: 10, floorRatio: 5 } as const;

interface Command {
  id: string;
  args: string[];
}

export function runProcessBench(glossary: BenchGlossary, rows: BenchRow[], log: (message: string) => void): Record<string, unknown> {
  // This file runs bundled as dist/bench.js.
  const root = resolve(__dirname, '..');
  const cli = join(root, 'dist/cli.js');
  const cspell = join(root, 'node_modules/cspell/bin.mjs');
  const floor = join(root, 'test/bench/readAndHash.mjs');
  const missing = [cli, cspell, floor].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    rows.push({ id: 'process.briefmark', what: 'whole-process runs on a 10 MB brief', measured: `n/a (missing: ${missing.join(', ')})`, value: null, unit: 's', budget: `≥ ${BUDGET.cspellRatio}× faster than cspell`, ok: false });
    return { error: `missing ${missing.join(', ')}` };
  }
  log('whole processes: briefmark, cspell and the floor on a 10 MB brief (slow)…');
  const dir = mkdtempSync(join(tmpdir(), 'briefmark-bench-process-'));
  try {
    const brief = generateBenchBrief(glossary.file, { targetBytes: BRIEF_BYTES });
    writeFileSync(join(dir, 'brief.md'), brief.text);
    writeFileSync(join(dir, 'bench.glossary.yaml'), glossary.yaml);
    const commands: Command[] = [
      { id: 'briefmark', args: [cli, 'check', '--format', 'json', '--no-builtin', '--glossary', 'bench.glossary.yaml', '--max-file-size', '0', '--fail-on', 'never', 'brief.md'] },
      { id: 'cspell', args: [cspell, 'lint', '--no-progress', '--no-summary', '--no-config-search', 'brief.md'] },
      { id: 'floor', args: [floor, 'brief.md'] },
    ];
    const times: Record<string, number[]> = { briefmark: [], cspell: [], floor: [] };
    const out: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const command of commands) {
        const result = timeProcess(dir, command.args);
        if (result.error) throw new Error(`${command.id}: ${result.error}`);
        times[command.id]!.push(result.seconds);
        out[command.id] = result.outputBytes;
      }
    }
    const m = { briefmark: median(times.briefmark!), cspell: median(times.cspell!), floor: median(times.floor!) };
    const mb = brief.bytes / MB;
    const list = (id: string) => times[id]!.map((t) => t.toFixed(2)).join(', ');
    const cspellRatio = m.cspell / m.briefmark;
    const floorRatio = m.briefmark / m.floor;
    rows.push(
      {
        id: 'process.briefmark',
        what: `a whole \`briefmark check --format json\` of a ${mb.toFixed(1)} MB brief with the 10,000-entry glossary (YAML, --no-builtin, --max-file-size 0): node start to exit, ${(out.briefmark! / MB).toFixed(1)} MB of JSON written (runs: ${list('briefmark')} s)`,
        measured: `${m.briefmark.toFixed(2)} s (median of ${ROUNDS}; ${(mb / m.briefmark).toFixed(1)} MB/s)`,
        value: m.briefmark,
        unit: 's',
        budget: '—',
        ok: undefined,
      },
      {
        id: 'process.cspell',
        what: `the cspell CLI (\`cspell lint\`, ${cspellVersion(root)}) on the same file, in the same loop (runs: ${list('cspell')} s)`,
        measured: `${m.cspell.toFixed(2)} s (median of ${ROUNDS})`,
        value: m.cspell,
        unit: 's',
        budget: '—',
        ok: undefined,
      },
      {
        id: 'process.floor',
        what: `the floor: node starts, reads the same file and hashes every word once (test/bench/readAndHash.mjs), in the same loop (runs: ${list('floor')} s)`,
        measured: `${m.floor.toFixed(2)} s (median of ${ROUNDS})`,
        value: m.floor,
        unit: 's',
        budget: '—',
        ok: undefined,
      },
      {
        id: 'process.cspellRatio',
        what: 'Briefmark vs the cspell CLI, whole processes on the same file (cspell ÷ Briefmark, medians)',
        measured: `${cspellRatio.toFixed(1)}× faster`,
        value: cspellRatio,
        unit: '×',
        budget: `≥ ${BUDGET.cspellRatio}× faster`,
        ok: cspellRatio >= BUDGET.cspellRatio,
      },
      {
        id: 'process.floorRatio',
        what: 'Briefmark vs the floor, whole processes on the same file (Briefmark ÷ floor, medians)',
        measured: `${floorRatio.toFixed(1)}× the floor`,
        value: floorRatio,
        unit: '×',
        budget: `≤ ${BUDGET.floorRatio}× the floor`,
        ok: floorRatio <= BUDGET.floorRatio,
      },
    );
    return { bytes: brief.bytes, rounds: ROUNDS, seconds: times, outputBytes: out, medians: m };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall time from spawn to exit; stdout goes to a file (as `> out.json` would), whose size is kept. */
function timeProcess(cwd: string, args: string[]): { seconds: number; outputBytes: number; error?: string } {
  const outPath = join(cwd, 'out.txt');
  const fd = openSync(outPath, 'w');
  try {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', fd, 'pipe'], maxBuffer: 16 * MB });
    const seconds = (performance.now() - start) / 1000;
    // cspell exits 1 when it finds unknown words; anything else, or a signal, is a failed run.
    if (result.error || result.signal || (result.status !== 0 && result.status !== 1)) {
      return { seconds, outputBytes: 0, error: result.error?.message ?? `exit ${result.status ?? result.signal}: ${String(result.stderr).split('\n')[0]}` };
    }
    return { seconds, outputBytes: statSync(outPath).size };
  } finally {
    closeSync(fd);
  }
}

function cspellVersion(root: string): string {
  try {
    return 'cspell ' + (JSON.parse(readFileSync(join(root, 'node_modules/cspell/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'cspell';
  }
}
