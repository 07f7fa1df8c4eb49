import { parseArgs } from 'node:util';
import { analyzeBriefs, loadGlossary, type BriefsReport } from '../core/analyzeBriefs';
import { DEFAULT_OPTIONS } from '../core/analyzeBlock';
import { glossaryJsonSchema } from '../core/glossarySchema';
import { LineIndex } from '../core/lineIndex';
import { EXPORT_FORMATS, formatExport } from '../core/formatExports';
import { formatJsonReport } from '../core/formatJsonReport';
import { formatSarif } from './formatSarif';
import { formatCheckText, formatSummaryMarkdown, formatSummaryText } from './formatText';
import { CliError, collectBriefs, discoverGlossaries, nodeHost } from './nodeHost';
import { makeStyle } from './style';

declare const BRIEFMARK_VERSION: string | undefined;
const VERSION = typeof BRIEFMARK_VERSION === 'string' ? BRIEFMARK_VERSION : '0.0.0-dev';

export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  color: boolean;
}

const USAGE = `Usage: briefmark <command> [options]

Commands:
  check   [paths…] [--glossary FILE]… [--no-builtin] [--format text|json|sarif]
          [--fail-on error|warning|unchecked|stale|never] [--require-source]
  summary [paths…] [--glossary FILE]… [--no-builtin] [--format text|json|markdown]
  export  claims|network [paths…] --format csv|json|markdown|graphml
  glossary validate [FILES…]     glossary schema

Paths are files or folders (every .md below, skipping node_modules and .git); default ".".
Team glossaries (*.glossary.yaml|yml|json) are found below the current folder.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.
`;

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
    case 'glossary':
      return glossaryCommand(argv, io);
    default:
      throw new CliError(`unknown command "${command}" (commands: check, summary, export, glossary; see briefmark --help)`);
  }
}

const COMMON = {
  glossary: { type: 'string', multiple: true },
  'no-builtin': { type: 'boolean' },
  format: { type: 'string' },
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

async function runAnalysis(paths: string[], values: { glossary?: string[]; 'no-builtin'?: boolean }, io: CliIO, requireSource = false): Promise<BriefsReport> {
  const briefs = await collectBriefs(paths, io.cwd);
  const files = await glossaryFiles(values.glossary ?? [], io);
  return analyzeBriefs({ host: nodeHost(io.cwd), files, builtin: !values['no-builtin'], briefs, options: { ...DEFAULT_OPTIONS, requireSource } });
}

/** Explicit --glossary files first (they win), then those found below the current folder. */
async function glossaryFiles(explicit: string[], io: CliIO): Promise<string[]> {
  const host = nodeHost(io.cwd);
  for (const file of explicit) {
    if ((await host.readFile(file)) === undefined) throw new CliError(`${file}: no such file`);
  }
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
  if (format === 'json') io.stdout(JSON.stringify(formatJsonReport(report), null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(formatSarif(report, VERSION), null, 2) + '\n');
  else io.stdout(formatCheckText(report, makeStyle(io.color)));
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
  if (format === 'json') io.stdout(JSON.stringify((formatJsonReport(report) as { summary: unknown }).summary, null, 2) + '\n');
  else if (format === 'markdown') io.stdout(formatSummaryMarkdown(report));
  else io.stdout(formatSummaryText(report, makeStyle(io.color)));
  return 0;
}

async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, COMMON);
  if (values.help) return help(io);
  const what = oneOf('export', positionals.shift(), ['claims', 'network'] as const, undefined);
  const format = oneOf('--format', values.format, EXPORT_FORMATS[what], undefined);
  const report = await runAnalysis(positionals, values, io);
  io.stdout(formatExport(report, what, format));
  return 0;
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
