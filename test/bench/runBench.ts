import { cpus } from 'node:os';
import { analyzeDocument, flattenAnalysis, type DocumentAnalysis } from '../../server/src/core/analysis/analyzeDocument';
import { buildGlossary, type BuiltGlossary } from '../../server/src/core/glossary/buildGlossary';
import { parseGlossaryFile } from '../../server/src/core/glossary/parseGlossaryFile';
import { tokenize } from '../../server/src/core/text/tokenize';
import { formatBenchTable, type BenchRow } from './formatBenchTable';
import { generateBenchBrief } from './generateBenchBrief';
import { generateBenchGlossary } from './generateBenchGlossary';
import { multilingualBrief } from './multilingualBrief';
import { builtinGlossary, glossaryWith } from '../../server/src/core/glossary/builtinGlossary';
import { measureAllocation, measureGc } from './measureGc';
import { measureRuns, measureRunsAsync, median, type RunStats } from './measureRuns';
import { runBuiltinBench } from './runBuiltinBench';
import { runProcessBench } from './runProcessBench';
import { runServerBench, runServerBenchInFreshProcess } from './runServerBench';

// `npm run bench`: the engine rows of DESIGN.md section 8, measured on generated inputs (a 1 MB
// brief and a 10,000-entry glossary, both deterministic), plus cspell-lib on the same text for
// comparison; then the server rows, measured through `node dist/server.js --stdio`
// (runServerBench.ts). Prints one Markdown table (or JSON with --json); `--server-only` runs the
// server rows alone. BRIEFMARK_BENCH_SERVER_ARGS passes node options to the server processes (e.g.
// "--cpu-prof --cpu-prof-dir=/tmp/prof"). A benchmark reports; it never fails: the exit code is 0
// even when a budget is missed.

const MB = 1 << 20;
const GLOSSARY_ENTRIES = 10_000;
const BRIEF_BYTES = MB;
const BUDGET = { glossaryMs: 200, analysisMs: 25, heapPerMb: 3, cspellRatio: 10 } as const;
const GC_RUNS = 20;
const ALLOCATION_RUNS = 5;

const json = process.argv.includes('--json');
/** `--server-only`: just the server rows (runServerBench.ts), without the engine rows and cspell-lib. */
const serverOnly = process.argv.includes('--server-only');
const log = (message: string) => process.stderr.write(`${message}\n`);
const gc = (globalThis as { gc?: () => void }).gc;

function fullGc(): void {
  // Twice: the first pass can leave weak or finalizable objects for the second.
  gc?.();
  gc?.();
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const details: Record<string, unknown> = {};
  const described: string[] = [];
  if (!serverOnly) {
    runBuiltinBench(rows, details, log);
    described.push(await runEngineBench(rows, details));
  }

  // --- the server rows: the real server over stdio (runServerBench.ts) ---
  // After the engine rows this process holds about 110 MB of heap (cspell-lib's dictionaries among
  // it), and its GC pauses land in the client side of every round trip; so the server rows then run
  // in a fresh process of this script (`--server-only --json`), whose rows join this table.
  const serverArgs = process.env.BRIEFMARK_BENCH_SERVER_ARGS?.split(' ').filter(Boolean);
  const server = serverOnly ? await runServerBench({ log, gc: gc ? fullGc : undefined, nodeArgs: serverArgs }) : await runServerBenchInFreshProcess(log);
  rows.push(...server.rows);
  details.server = server.details;
  const index = server.details.index as { briefs: number; workers: number } | undefined;
  if (index) described.push(`server: 100 KB brief open, ${index.briefs.toLocaleString('en')}-brief workspace, ${index.workers} index workers`);

  // --- report ---
  const cpu = cpus();
  const context = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
  };
  const missed = rows.filter((r) => r.ok === false);
  if (json) {
    const jsonRows = rows.map((r) => ({ ...r, ok: r.ok ?? null })); // null: informational, no budget
    process.stdout.write(JSON.stringify({ version: 1, context, rows: jsonRows, missed: missed.map((r) => r.id), details }, null, 2) + '\n');
    return;
  }
  const out = [
    '',
    `Node ${context.node} · ${context.platform} · ${context.cores} cores (${context.cpu}) · ${described.join(' · ')}`,
    '',
    formatBenchTable(rows),
    '',
    missed.length === 0 ? 'All budgets met.' : `MISSED ${missed.length} budget${missed.length > 1 ? 's' : ''}: ${missed.map((r) => `${r.id} (${r.measured} vs ${r.budget})`).join('; ')}`,
    '',
  ];
  process.stdout.write(out.join('\n'));
}

/** The engine rows (in this process); returns the description of their inputs for the report's first line. */
async function runEngineBench(rows: BenchRow[], details: Record<string, unknown>): Promise<string> {
  // --- inputs ---
  log('generating inputs…');
  let start = performance.now();
  const glossaryInput = generateBenchGlossary(GLOSSARY_ENTRIES);
  const brief = generateBenchBrief(glossaryInput.file, { targetBytes: BRIEF_BYTES });
  const denseBrief = generateBenchBrief(glossaryInput.file, { targetBytes: BRIEF_BYTES, clauseRate: 0 });
  const text = brief.text;
  const textMb = brief.bytes / MB;
  details.inputs = {
    generateMs: performance.now() - start,
    brief: { bytes: brief.bytes, utf16Length: text.length, lines: text.split('\n').length, ...brief.stats },
    glossary: { entries: GLOSSARY_ENTRIES, concepts: glossaryInput.concepts, actors: glossaryInput.actors, phrases: glossaryInput.phrases, yamlBytes: Buffer.byteLength(glossaryInput.yaml), jsonBytes: Buffer.byteLength(glossaryInput.json) },
  };

  // --- glossary loaded and indexed ---
  log('glossary: parse + index…');
  const load = (path: string, source: string): BuiltGlossary => buildGlossary([parseGlossaryFile(path, source)]);
  const built = load('bench.glossary.yaml', glossaryInput.yaml);
  checkGlossary(built, 'YAML');
  checkGlossary(load('bench.glossary.json', glossaryInput.json), 'JSON');
  // No forced GC between runs: after a full GC V8 lowers its heap limit, and the next load (100+ MB
  // of short-lived allocation) then runs marking cycles that double its time. A first load in a
  // fresh process sees the same small heap; its time is shown as "first".
  const glossaryRuns = { warmups: 2, runs: 11 };
  const yamlStats = measureRuns(() => load('bench.glossary.yaml', glossaryInput.yaml), glossaryRuns);
  const jsonStats = measureRuns(() => load('bench.glossary.json', glossaryInput.json), glossaryRuns);
  const parseOnly = measureRuns(() => parseGlossaryFile('bench.glossary.yaml', glossaryInput.yaml), glossaryRuns);
  const yamlSource = parseGlossaryFile('bench.glossary.yaml', glossaryInput.yaml);
  const indexOnly = measureRuns(() => buildGlossary([yamlSource]), glossaryRuns);
  // The default: a team glossary merged with the built-in one, whose shared wordings are warned
  // about at their place in the team file.
  const withBuiltin = () => glossaryWith([parseGlossaryFile('bench.glossary.yaml', glossaryInput.yaml)], true);
  const warnings = [...withBuiltin().diagnostics.values()].flat().length;
  const mergedStats = measureRuns(withBuiltin, glossaryRuns);
  details.glossary = { yaml: yamlStats, json: jsonStats, yamlParseOnly: parseOnly, buildGlossaryOnly: indexOnly, withBuiltin: mergedStats, withBuiltinWarnings: warnings };
  const mbYaml = Buffer.byteLength(glossaryInput.yaml) / MB;
  rows.push({
    id: 'glossary.yaml',
    what: `glossary of ${GLOSSARY_ENTRIES.toLocaleString('en')} entries loaded and indexed (YAML, ${mbYaml.toFixed(1)} MB; parse ${ms(parseOnly.median)} + index ${ms(indexOnly.median)} ms)`,
    measured: `${ms(yamlStats.median)} ms (median of ${yamlStats.runs.length}; first ${ms(yamlStats.first)} ms)`,
    value: yamlStats.median,
    unit: 'ms',
    budget: `≤ ${BUDGET.glossaryMs} ms`,
    ok: yamlStats.median <= BUDGET.glossaryMs,
  });
  rows.push({
    id: 'glossary.json',
    what: `the same glossary as JSON (informational)`,
    measured: `${ms(jsonStats.median)} ms (median of ${jsonStats.runs.length}; first ${ms(jsonStats.first)} ms)`,
    value: jsonStats.median,
    unit: 'ms',
    budget: '—',
    ok: undefined,
  });
  rows.push({
    id: 'glossary.yaml.builtin',
    what: `the same YAML glossary merged with the built-in one, as by default (${warnings} warnings placed in the file; informational)`,
    measured: `${ms(mergedStats.median)} ms (median of ${mergedStats.runs.length}; first ${ms(mergedStats.first)} ms)`,
    value: mergedStats.median,
    unit: 'ms',
    budget: '—',
    ok: undefined,
  });

  // --- full analysis, warm ---
  const glossary = built.glossary;
  log('analysis: warm-up and timed runs…');
  // A full GC before each run: every run pays for its own garbage, not for the previous run's.
  const analysis = measureRuns(() => analyzeDocument(text, glossary), { warmups: 5, runs: 21, before: fullGc });
  const flat = flattenAnalysis(analyzeDocument(text, glossary));
  const byCode: Record<string, number> = {};
  for (const d of flat.diagnostics) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  const tokens = tokenize(text).count;
  details.analysis = { ...analysis, tokens, mentions: flat.mentions.length, claims: flat.claims.length, suggestions: flat.suggestions.length, diagnostics: byCode };
  const throughput = textMb / (analysis.median / 1000);
  rows.push({
    id: 'analysis.full',
    what: `full analysis of a ${textMb.toFixed(2)} MB brief, ${GLOSSARY_ENTRIES.toLocaleString('en')}-entry glossary, warm (${flat.mentions.length.toLocaleString('en')} mentions, ${(tokens / flat.mentions.length).toFixed(1)} words per mention; ${flat.claims.length} claims)`,
    measured: `${ms(analysis.median)} ms (median of ${analysis.runs.length}; min ${ms(analysis.min)}, max ${ms(analysis.max)})`,
    value: analysis.median,
    unit: 'ms',
    budget: `≤ ${BUDGET.analysisMs} ms median`,
    ok: analysis.median <= BUDGET.analysisMs,
  });
  rows.push({ id: 'analysis.throughput', what: 'analysis throughput (informational)', measured: `${throughput.toFixed(1)} MB/s`, value: throughput, unit: 'MB/s', budget: '—', ok: undefined });

  // The same at a mention density about 1.6 times that of the example brief: a stress figure.
  const dense = measureRuns(() => analyzeDocument(denseBrief.text, glossary), { warmups: 3, runs: 15, before: fullGc });
  const denseMentions = flattenAnalysis(analyzeDocument(denseBrief.text, glossary)).mentions.length;
  details.analysisDense = { ...dense, mentions: denseMentions, bytes: denseBrief.bytes, tokens: tokenize(denseBrief.text).count };
  rows.push({
    id: 'analysis.dense',
    what: `the same on denser prose, ${(tokenize(denseBrief.text).count / denseMentions).toFixed(1)} words per mention (${denseMentions.toLocaleString('en')} mentions; informational)`,
    measured: `${ms(dense.median)} ms (median of ${dense.runs.length})`,
    value: dense.median,
    unit: 'ms',
    budget: '—',
    ok: undefined,
  });

  // Prose in French, German and Spanish, with the built-in glossary: words beyond ASCII in every sentence.
  const foreign = multilingualBrief(BRIEF_BYTES);
  const builtin = builtinGlossary();
  const foreignRuns = measureRuns(() => analyzeDocument(foreign, builtin), { warmups: 3, runs: 15, before: fullGc });
  const foreignMentions = flattenAnalysis(analyzeDocument(foreign, builtin)).mentions.length;
  details.analysisForeign = { ...foreignRuns, mentions: foreignMentions, bytes: Buffer.byteLength(foreign) };
  rows.push({
    id: 'analysis.foreign',
    what: `the same size of French, German and Spanish prose written for the bench, built-in glossary (${foreignMentions.toLocaleString('en')} mentions; informational)`,
    measured: `${ms(foreignRuns.median)} ms (median of ${foreignRuns.runs.length})`,
    value: foreignRuns.median,
    unit: 'ms',
    budget: '—',
    ok: undefined,
  });

  // --- the collector: what the runs above, each after a full GC, leave out ---
  log('analysis: garbage collection and allocation…');
  const collected = await measureGc(() => analyzeDocument(text, glossary), GC_RUNS);
  const allocated = await measureAllocation(() => analyzeDocument(text, glossary), ALLOCATION_RUNS);
  details.analysisGc = { ...collected, allocatedBytesPerRun: allocated, allocatedBytesPerMention: allocated / flat.mentions.length };
  rows.push({
    id: 'analysis.gc',
    what: `garbage collection in ${GC_RUNS} full analyses of the 1 MB brief run back to back, no forced GC between (${collected.scavenges} scavenges, ${collected.markCompacts} mark-compacts; informational)`,
    measured: `${ms(collected.gcMs / GC_RUNS)} ms a run, ${((100 * collected.gcMs) / collected.wallMs).toFixed(0)} % of ${ms(collected.wallMs / GC_RUNS)} ms`,
    value: collected.gcMs / GC_RUNS,
    unit: 'ms',
    budget: '—',
    ok: undefined,
  });
  rows.push({
    id: 'analysis.allocation',
    what: `allocated by one full analysis of the 1 MB brief, garbage included (V8's sampling heap profiler, ${ALLOCATION_RUNS} runs; informational)`,
    measured: `${(allocated / MB).toFixed(1)} MB, ${(allocated / flat.mentions.length).toFixed(0)} bytes per mention`,
    value: allocated / MB,
    unit: 'MB',
    budget: '—',
    ok: undefined,
  });

  // --- heap per MB of open text ---
  log('heap: retained size of an analysis…');
  if (gc) {
    const samples: number[] = [];
    const keep: DocumentAnalysis[] = [];
    for (let i = 0; i < 3; i++) {
      fullGc();
      const before = process.memoryUsage().heapUsed;
      keep.push(analyzeDocument(text, glossary));
      fullGc();
      const after = process.memoryUsage().heapUsed;
      samples.push(after - before);
      if (keep[keep.length - 1]!.blocks.length === 0) log('(empty analysis?)'); // keeps the result alive past the gc
      keep.length = 0;
    }
    const retained = median(samples);
    const perMb = retained / MB / textMb;
    details.heap = { retainedBytes: retained, samples, perMb };
    rows.push({
      id: 'heap.perMb',
      what: `heap per MB of open text (retained by the analysis: ${(retained / MB).toFixed(2)} MB for ${textMb.toFixed(2)} MB)`,
      measured: `${perMb.toFixed(2)} MB/MB`,
      value: perMb,
      unit: 'MB/MB',
      budget: `≤ ${BUDGET.heapPerMb} MB`,
      ok: perMb <= BUDGET.heapPerMb,
    });
  } else {
    log('global.gc is not exposed: run with node --expose-gc to measure heap');
    rows.push({ id: 'heap.perMb', what: 'heap per MB of open text', measured: 'n/a (run with --expose-gc)', value: null, unit: 'MB/MB', budget: `≤ ${BUDGET.heapPerMb} MB`, ok: false });
  }

  // --- cspell-lib on the same text ---
  log('cspell-lib: warm-up and timed runs (slow)…');
  const cspell = await checkWithCspell(text);
  if (cspell.ok) {
    const { stats, issues, lastIssueOffset } = cspell;
    const ratio = stats.median / analysis.median;
    details.cspell = { ...stats, issues, lastIssueOffset, textLength: text.length };
    rows.push({
      id: 'cspell.full',
      what: `cspell-lib spellCheckDocument, same text (${issues.toLocaleString('en')} issues, checked to offset ${lastIssueOffset.toLocaleString('en')} of ${text.length.toLocaleString('en')})`,
      measured: `${ms(stats.median)} ms (median of ${stats.runs.length}; first ${ms(stats.first)} ms)`,
      value: stats.median,
      unit: 'ms',
      budget: '—',
      ok: undefined,
    });
    rows.push({
      id: 'cspell.ratio',
      what: 'Briefmark vs cspell-lib on the same file, same run (cspell ÷ Briefmark)',
      measured: `${ratio.toFixed(0)}× faster`,
      value: ratio,
      unit: '×',
      budget: `≥ ${BUDGET.cspellRatio}× faster`,
      ok: ratio >= BUDGET.cspellRatio,
    });
  } else {
    details.cspell = { error: cspell.error };
    rows.push({ id: 'cspell.ratio', what: 'Briefmark vs cspell-lib on the same file', measured: `n/a (${cspell.error})`, value: null, unit: '×', budget: `≥ ${BUDGET.cspellRatio}× faster`, ok: false });
  }

  details.processes = runProcessBench(glossaryInput, rows, log);

  const inputs = details.inputs as { brief: { lines: number; blocks: number; codeBlocks: number }; glossary: { phrases: number } };
  return `brief ${textMb.toFixed(2)} MB, ${inputs.brief.lines.toLocaleString('en')} lines, ${inputs.brief.blocks.toLocaleString('en')} blocks (${inputs.brief.codeBlocks} code) · glossary ${GLOSSARY_ENTRIES.toLocaleString('en')} entries, ${inputs.glossary.phrases.toLocaleString('en')} phrases`;
}

/** The generated glossary must load cleanly, or the benchmark measures an error path. */
function checkGlossary(built: BuiltGlossary, form: string): void {
  const problems = [...built.diagnostics.values()].flat();
  if (built.glossary.entries.length !== GLOSSARY_ENTRIES || problems.length > 0) {
    log(`warning: the generated ${form} glossary has ${built.glossary.entries.length} entries and ${problems.length} problems, e.g. ${problems.slice(0, 3).map((p) => p.message).join(' | ')}`);
  }
}

type CspellOutcome = { ok: true; stats: RunStats; issues: number; lastIssueOffset: number } | { ok: false; error: string };

async function checkWithCspell(text: string): Promise<CspellOutcome> {
  let lib: typeof import('cspell-lib');
  try {
    lib = await import('cspell-lib');
  } catch (error) {
    return { ok: false, error: `cannot load cspell-lib: ${(error as Error).message.split('\n')[0]}` };
  }
  const document = { uri: 'file:///bench/brief.md', text, languageId: 'markdown', locale: 'en' };
  const check = () => lib.spellCheckDocument(document, { noConfigSearch: true }, {});
  try {
    const coldStart = performance.now();
    const result = await check();
    const cold = performance.now() - coldStart;
    if (!result.checked || result.errors?.length) {
      return { ok: false, error: `cspell did not check the text: ${result.errors?.map((e) => e.message).join('; ') ?? 'checked = false'}` };
    }
    // The cold call above loaded the dictionaries and warmed it; then the median of 3.
    const stats = { ...(await measureRunsAsync(check, { warmups: 0, runs: 3, before: fullGc })), first: cold };
    const issues = result.issues;
    const lastIssueOffset = issues.reduce((max, issue) => Math.max(max, issue.offset), 0);
    return { ok: true, stats, issues: issues.length, lastIssueOffset };
  } catch (error) {
    return { ok: false, error: `cspell failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

main().catch((error: unknown) => {
  log(`benchmark crashed: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
});
