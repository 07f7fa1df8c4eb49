import { parseArgs } from 'node:util';
import { analyzeBriefs, DEFAULT_MAX_FILE_SIZE, loadGlossary, type BriefsReport } from '../core/analysis/analyzeBriefs';
import { DEFAULT_OPTIONS } from '../core/analysis/analyzeBlock';
import { applyInsertions } from '../core/review/claimTagEdits';
import { thresholdOf } from '../core/analysis/claimModel';
import { Codes } from '../core/diagnosticCodes';
import { glossaryJsonSchema } from '../core/glossary/glossarySchema';
import { LineIndex } from '../core/text/lineIndex';
import { EXPORT_FORMATS, formatExport } from '../core/export/formatExports';
import { formatJsonReport } from '../core/export/formatJsonReport';
import { parseReviewFile } from '../core/review/reviewFile';
import { reviewPathFor } from '../core/review/reviewPath';
import { formatDiff } from './formatDiff';
import { formatSarif } from './formatSarif';
import { writeJson } from './writeJson';
import { formatCheckText, formatSummaryMarkdown, formatSummaryText } from './formatText';
import { assertFile, CliError, collectBriefs, discoverGlossaries, nodeHost, readBytes, writeBytes } from './nodeHost';
import { planTags } from './planTags';
import { makeStyle } from './style';

declare const BRIEFMARK_VERSION: string | undefined;
const VERSION = typeof BRIEFMARK_VERSION === 'string' ? BRIEFMARK_VERSION : '0.0.0-dev';

export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  color: boolean;
  /** stdout is a terminal: reports are then indented for reading. */
  terminal?: boolean;
}

const USAGE = `Usage: briefmark <command> [options]

Commands:
  check   [paths…] [--glossary FILE]… [--no-builtin] [--format text|json|sarif]
          [--fail-on error|warning|unchecked|stale|never] [--require-source]
  summary [paths…] [--glossary FILE]… [--no-builtin] [--format text|json|markdown]
  export  claims|network [paths…] --format csv|json|markdown|graphml
  tag     [paths…] [--glossary FILE]… [--no-builtin] [--min-confidence likely|all] [--write]
          tags the sentences that read like claims: prints a diff, or changes the files with --write
  glossary validate [FILES…]     glossary schema

Paths are files or folders (every .md and .markdown below, skipping node_modules and .git); default ".".
Team glossaries (*.glossary.yaml|yml|json) are found below the current folder.
check, summary, export and tag skip briefs longer than --max-file-size N characters
(default ${DEFAULT_MAX_FILE_SIZE}; 0 = no limit).
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.
`;

// `check`'s JSON and SARIF reports are indented in a terminal, and one compact line when they go
// to a file or a pipe: the report of a large brief is ten times its size, twice that indented.
const jsonIndent = (io: CliIO) => (io.terminal ? 2 : 0);

const FAIL_ON = ['error', 'warning', 'unchecked', 'stale', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await dispatch([...argv], io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`briefmark: ${error.message}\n`);
      return 2;
    }
    io.stderr(`briefmark: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const command = argv.shift();
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'check':
      return check(argv, io);
    case 'summary':
      return summary(argv, io);
    case 'export':
      return exportCommand(argv, io);
    case 'tag':
      return tag(argv, io);
    case 'glossary':
      return glossaryCommand(argv, io);
    default:
      throw new CliError(`unknown command "${command}" (commands: check, summary, export, tag, glossary; see briefmark --help)`);
  }
}

const COMMON = {
  glossary: { type: 'string', multiple: true },
  'no-builtin': { type: 'boolean' },
  format: { type: 'string' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse<T extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
    throw new CliError(`${message.replace(/^Unknown option '([^']+)'$/, 'unknown option $1')} (see briefmark --help)`);
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T | undefined): T {
  if (value === undefined) {
    if (fallback === undefined) throw new CliError(`${name} is required: one of ${allowed.join(', ')}`);
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** `--max-file-size N`: characters (UTF-16 code units, as the editor counts); 0 is no limit. */
function maxFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  if (!/^\d+$/.test(value)) throw new CliError(`--max-file-size must be a whole number of characters (0 for no limit), not "${value}"`);
  const n = Number(value);
  return n === 0 ? Infinity : n;
}

type AnalysisValues = { glossary?: string[]; 'no-builtin'?: boolean; 'max-file-size'?: string };

async function runAnalysis(paths: string[], values: AnalysisValues, io: CliIO, requireSource = false): Promise<BriefsReport> {
  const limit = maxFileSize(values['max-file-size']);
  const briefs = await collectBriefs(paths, io.cwd);
  const files = await glossaryFiles(values.glossary ?? [], io);
  return analyzeBriefs({ host: nodeHost(io.cwd), files, builtin: !values['no-builtin'], briefs, options: { ...DEFAULT_OPTIONS, requireSource }, maxFileSize: limit, limitHint: '--max-file-size N; 0 for no limit' });
}

/** Explicit --glossary files first (they win), then those found below the current folder. */
async function glossaryFiles(explicit: string[], io: CliIO): Promise<string[]> {
  for (const file of explicit) await assertFile(io.cwd, file);
  const normalise = (p: string) => p.replace(/^\.\//, '');
  const seen = new Set(explicit.map(normalise));
  return [...explicit, ...(await discoverGlossaries(io.cwd)).filter((p) => !seen.has(normalise(p)))];
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, { ...COMMON, 'fail-on': { type: 'string' }, 'require-source': { type: 'boolean' } });
  if (values.help) return help(io);
  const format = oneOf('--format', values.format, ['text', 'json', 'sarif'] as const, 'text');
  const failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON, 'error');
  const report = await runAnalysis(positionals, values, io, values['require-source'] === true);
  // Written as it is made: the JSON of a large brief is many times its size.
  if (format === 'json' || format === 'sarif') {
    writeJson(format === 'json' ? formatJsonReport(report) : formatSarif(report, VERSION), io.stdout, jsonIndent(io));
    io.stdout('\n');
  } else io.stdout(formatCheckText(report, makeStyle(io.color)));
  return fails(report, failOn) ? 1 : 0;
}

/** error < warning < stale < unchecked: each level also fails on everything the one before does. */
export function fails(report: BriefsReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const diagnostics = report.documents.flatMap((d) => d.diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return true;
  if (failOn === 'error') return false;
  const claims = report.documents.flatMap((d) => d.claims);
  if (failOn === 'warning') return diagnostics.some((d) => d.severity === 'warning');
  if (claims.some((c) => c.status === 'stale')) return true;
  return failOn === 'unchecked' && claims.some((c) => c.status === 'unchecked');
}

async function summary(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, COMMON);
  if (values.help) return help(io);
  const format = oneOf('--format', values.format, ['text', 'json', 'markdown'] as const, 'text');
  const report = await runAnalysis(positionals, values, io);
  noteSkipped(report, io);
  if (format === 'json') io.stdout(JSON.stringify((formatJsonReport(report) as { summary: unknown }).summary, null, 2) + '\n');
  else if (format === 'markdown') io.stdout(formatSummaryMarkdown(report));
  else io.stdout(formatSummaryText(report, makeStyle(io.color)));
  return 0;
}

/** summary and export show no diagnostics: a brief left out for its size gets a note on stderr. */
function noteSkipped(report: BriefsReport, io: CliIO): void {
  for (const doc of report.documents) {
    for (const d of doc.diagnostics) if (d.code === Codes.fileTooLarge) io.stderr(`briefmark: ${doc.path}: ${d.message}\n`);
  }
}

async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, COMMON);
  if (values.help) return help(io);
  const what = oneOf('export', positionals.shift(), ['claims', 'network'] as const, undefined);
  const format = oneOf('--format', values.format, EXPORT_FORMATS[what], undefined);
  const report = await runAnalysis(positionals, values, io);
  noteSkipped(report, io);
  io.stdout(formatExport(report, what, format));
  return 0;
}

const MIN_CONFIDENCE = ['likely', 'all'] as const;

/**
 * `briefmark tag`: wraps the sentences that read like claims, from --min-confidence up, in
 * `[…]{.claim #id kind=… layer=…}`. Prints a unified diff, or with --write rewrites each file,
 * changing no byte but the inserted markup.
 */
async function tag(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, {
    glossary: COMMON.glossary,
    'no-builtin': COMMON['no-builtin'],
    'max-file-size': COMMON['max-file-size'],
    'min-confidence': { type: 'string' },
    write: { type: 'boolean' },
    help: COMMON.help,
  });
  if (values.help) return help(io);
  const level = oneOf('--min-confidence', values['min-confidence'], MIN_CONFIDENCE, 'likely');
  const limit = maxFileSize(values['max-file-size']);
  const threshold = thresholdOf(level);
  const briefs = await collectBriefs(positionals, io.cwd);
  const host = nodeHost(io.cwd);
  const loaded = await loadGlossary({ host, files: await glossaryFiles(values.glossary ?? [], io), builtin: !values['no-builtin'] });
  for (const [file, problems] of loaded.diagnostics) {
    if (problems.some((d) => d.severity === 'error')) io.stderr(`briefmark: ${file} has errors (briefmark check lists them); tagging goes on with the entries that could be read\n`);
  }
  // Every brief is read and planned before any is written: a usage or read error changes nothing.
  const writes: Array<{ path: string; bytes: Buffer; tagged: string; count: number }> = [];
  let analysed = 0;
  let changed = 0;
  let below = 0;
  for (const path of briefs) {
    const bytes = await readBytes(io.cwd, path);
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      io.stderr(`briefmark: ${path}: not tagged: it is not UTF-8 text\n`);
      continue;
    }
    if (text.length > limit) {
      io.stderr(`briefmark: ${path}: not tagged: it has ${text.length.toLocaleString('en')} characters, more than --max-file-size ${limit.toLocaleString('en')}\n`);
      continue;
    }
    analysed++;
    const reviewText = await host.readFile(reviewPathFor(path));
    const reviewIds = reviewText === undefined ? [] : parseReviewFile(reviewText).records.keys();
    const plan = planTags(text, loaded.glossary, threshold, reviewIds);
    below += plan.below;
    if (plan.ids.length === 0) continue;
    changed++;
    if (values.write) writes.push({ path, bytes, tagged: applyInsertions(text, plan.insertions), count: plan.ids.length });
    else io.stdout(formatDiff(path, text, plan.insertions, makeStyle(io.color)));
  }
  if (changed === 0) {
    // A brief skipped above already has its note.
    if (analysed === 0 && briefs.length > 0) return 0;
    io.stderr(
      briefs.length === 0
        ? 'briefmark: nothing to tag: no brief found\n'
        : below > 0 && level === 'likely'
        ? `briefmark: nothing to tag at --min-confidence likely; ${below} ${below === 1 ? 'sentence reads' : 'sentences read'} like a claim with less confidence (--min-confidence all tags ${below === 1 ? 'it' : 'them'})\n`
        : 'briefmark: nothing to tag: no untagged sentence reads like a claim\n',
    );
    return 0;
  }
  for (const change of writes) {
    // The file must still be the one analysed: an editor may have saved it in the meantime.
    if (!(await readBytes(io.cwd, change.path)).equals(change.bytes)) {
      io.stderr(`briefmark: ${change.path}: not written: it changed while being tagged\n`);
      continue;
    }
    await writeBytes(io.cwd, change.path, Buffer.from(change.tagged, 'utf8'));
    io.stdout(`tagged ${change.count} ${change.count === 1 ? 'claim' : 'claims'} in ${change.path}\n`);
  }
  return 0;
}

/**
 * The text of UTF-8 bytes, a byte order mark kept; undefined when they are not valid UTF-8 (the
 * text would not encode back to the same bytes, and --write must change nothing but its markup).
 */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

async function glossaryCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return help(io);
  const action = oneOf('glossary', positionals.shift(), ['validate', 'schema'] as const, undefined);
  if (action === 'schema') {
    io.stdout(JSON.stringify(glossaryJsonSchema(), null, 2) + '\n');
    return 0;
  }
  const format = oneOf('--format', values.format, ['text', 'json'] as const, 'text');
  const host = nodeHost(io.cwd);
  const files = positionals.length > 0 ? positionals : await discoverGlossaries(io.cwd);
  for (const file of files) if ((await host.readFile(file)) === undefined) throw new CliError(`${file}: no such file`);
  const loaded = await loadGlossary({ host, files, builtin: true });
  const results = loaded.sources
    .filter((s) => !s.builtin)
    .map((s) => {
      const lines = new LineIndex(s.text);
      return { path: s.path, valid: s.file !== undefined, diagnostics: (loaded.diagnostics.get(s.path) ?? []).map((d) => lines.diagnostic(d)) };
    });
  const broken = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  if (format === 'json') {
    io.stdout(JSON.stringify({ version: 1, files: results.map((r) => ({ path: r.path, valid: r.valid, diagnostics: r.diagnostics.map(({ data: _data, ...d }) => d) })), concepts: loaded.glossary.concepts.size, actors: loaded.glossary.actors.size }, null, 2) + '\n');
    return broken ? 1 : 0;
  }
  const style = makeStyle(io.color);
  if (results.length === 0) io.stdout(`No team glossary found below this folder; the built-in glossary is valid (${loaded.glossary.concepts.size} concepts, ${loaded.glossary.actors.size} actors).\n`);
  for (const r of results) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    io.stdout(`${errors ? style.red('✖') : style.green('✔')} ${style.bold(r.path)}${r.diagnostics.length ? '' : style.dim(' valid')}\n`);
    for (const d of r.diagnostics) {
      const paint = d.severity === 'error' ? style.red : style.yellow;
      io.stdout(`  ${style.dim(`${d.range.start.line + 1}:${d.range.start.character + 1}`)}  ${paint(d.severity)}  ${style.dim(d.code)}  ${d.message}\n`);
    }
  }
  return broken ? 1 : 0;
}

function help(io: CliIO): number {
  io.stdout(USAGE);
  return 0;
}
