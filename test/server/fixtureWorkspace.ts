import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Position, Range, SemanticTokensLegend, TextEdit } from 'vscode-languageserver-protocol';
import { fileUri, LspClient, type ClientOptions } from './lspClient';

// Shared set-up of the black-box server tests: a fresh copy of test/fixtures/workspace per test
// file (or per test that writes to disk), a server started on it, and helpers that turn fixture
// text into exact positions.

export const FIXTURE = resolve(__dirname, '../fixtures/workspace');

export const BRIEF = 'energy-brief.md';
export const NOTES = 'notes/grid-notes.md';
export const GLOSSARY = 'team.glossary.yaml';
export const REVIEW = 'energy-brief.review.yaml';

/** A copy of the fixture workspace in a fresh temporary folder. */
export class FixtureWorkspace {
  private constructor(
    readonly dir: string,
    private readonly temp: string,
  ) {}

  /**
   * Copies the fixture; `without` leaves files out, `extra` adds (or replaces) files, and
   * `folderName` names the workspace folder (inside a fresh temporary folder).
   */
  static async create(options: { without?: string[]; extra?: Record<string, string>; folderName?: string } = {}): Promise<FixtureWorkspace> {
    const temp = await mkdtemp(join(tmpdir(), 'briefmark-server-'));
    const dir = options.folderName === undefined ? temp : join(temp, options.folderName);
    await cp(FIXTURE, dir, { recursive: true });
    const ws = new FixtureWorkspace(dir, temp);
    for (const rel of options.without ?? []) await rm(ws.path(rel));
    for (const [rel, text] of Object.entries(options.extra ?? {})) await ws.write(rel, text);
    return ws;
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  uri(rel: string): string {
    return fileUri(this.path(rel));
  }

  /** The fixture file as the test started it (read from the copy). */
  read(rel: string): Promise<string> {
    return readFile(this.path(rel), 'utf8');
  }

  exists(rel: string): boolean {
    return existsSync(this.path(rel));
  }

  async write(rel: string, text: string): Promise<void> {
    await mkdir(dirname(this.path(rel)), { recursive: true });
    await writeFile(this.path(rel), text);
  }

  async dispose(): Promise<void> {
    await rm(this.temp, { recursive: true, force: true });
  }
}

/** A server on the workspace; the client answers `workspace/configuration` with `settings`. */
export function startOn(ws: FixtureWorkspace, options: Partial<ClientOptions> = {}): Promise<LspClient> {
  return LspClient.start({ folders: [ws.dir], acceptEdits: true, ...options });
}

/** A fresh copy of the fixture with a server on it and the brief open: what most test files start from. */
export async function startWithBrief(options: Partial<ClientOptions> = {}, fixture: Parameters<typeof FixtureWorkspace.create>[0] = {}): Promise<{ ws: FixtureWorkspace; client: LspClient; uri: string; text: string }> {
  const ws = await FixtureWorkspace.create(fixture);
  const client = await startOn(ws, options);
  return { ws, client, ...(await openBrief(client, ws)) };
}

/** Stops the server and removes the copy (either may be missing when the start failed). */
export async function stopAll(client: LspClient | undefined, ws: FixtureWorkspace | undefined): Promise<void> {
  await client?.stop();
  await ws?.dispose();
}

/** Opens `rel` and waits for its first diagnostics. */
export async function openBrief(client: LspClient, ws: FixtureWorkspace, rel = BRIEF): Promise<{ uri: string; text: string }> {
  const uri = ws.uri(rel);
  const text = await ws.read(rel);
  client.diagnostics.delete(uri);
  await client.open(uri, text);
  await client.waitForVersion(uri, 1);
  return { uri, text };
}

/** Offset of the `occurrence`-th (0-based) `needle` in `text`; throws when absent, so a changed fixture fails loudly. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the text`);
  }
  return at;
}

/** Offsets where lines start, with LSP's line ends: "\r\n", "\r" or "\n". */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\r' || c === '\n') starts.push(i + 1);
  }
  return starts;
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, character: offset - starts[line]! };
}

/** Position of `needle` (plus `delta` code units into it). */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  return positionAt(text, offsetOf(text, needle, occurrence) + delta);
}

/** The range that `needle` covers. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  const start = offsetOf(text, needle, occurrence);
  return { start: positionAt(text, start), end: positionAt(text, start + needle.length) };
}

/** The range of `id` where it follows `prefix` (e.g. `id: `, `about=`), so that an id is told apart from the same words in prose. */
export function idAfter(text: string, prefix: string, id: string, occurrence = 0): Range {
  const start = positionOf(text, prefix + id, prefix.length, occurrence);
  return { start, end: { line: start.line, character: start.character + id.length } };
}

/** A position in `text` as an offset. */
export function offsetAt(text: string, position: Position): number {
  return lineStarts(text)[position.line]! + position.character;
}

/** Applies LSP text edits (all against the same original text), as a client would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Relative semantic-token encoding to absolute tokens, named with the server's own legend. */
export function decodeTokens(data: readonly number[], legend: SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaChar, length, type, bits] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaChar : deltaChar;
    out.push({ line, character, length, type: legend.tokenTypes[type]!, modifiers: legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0) });
  }
  return out;
}

/** The token for `needle` in `text`, as a decoded token would describe it. */
export function tokenAt(text: string, needle: string, type: string, modifiers: string[], occurrence = 0): DecodedToken {
  const { line, character } = positionOf(text, needle, 0, occurrence);
  return { line, character, length: needle.length, type, modifiers };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
