import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  SemanticTokensRefreshRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ProtocolConnection,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { CAPABILITIES, fileUri } from '../server/lspClient';

// The benchmark's own LSP client for `node dist/server.js --stdio`. test/server/lspClient.ts is the
// tests' client; this one differs where the benchmark needs it: it finds dist/server.js from the
// bundle (dist/bench.js) as well as from the sources, records when each `$/progress` arrived, and
// reads the server's peak memory from /proc.

/** dist/server.js, seen from dist/bench.js (bundled) or from test/bench/ (sources). */
export function serverScript(): string {
  const candidates = [join(__dirname, 'server.js'), resolve(__dirname, '../../dist/server.js')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`dist/server.js not found (looked at ${candidates.join(', ')}); run npm run build first`);
  return found;
}

export interface BenchServerOptions {
  folders: string[];
  /** `briefmark.*` settings, the same for every scope. */
  settings?: Record<string, unknown>;
  /** Node options for the server process, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
}

export interface ProgressEvent {
  /** performance.now() in this process when the notification arrived. */
  at: number;
  token: string | number;
  kind: string;
  message?: string;
}

/** performance.now() at each step of the start, in this process. */
export interface StartTimes {
  spawned: number;
  /** The initialize request was written (right after the spawn, so it includes the server's boot). */
  initializeSent: number;
  initializeAnswered: number;
}

export class BenchServer {
  readonly progress: ProgressEvent[] = [];
  readonly logs: string[] = [];
  readonly published = new Map<string, number>();
  private readonly versions = new Map<string, number>();
  private readonly waiters: Array<() => void> = [];

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
    readonly times: StartTimes,
  ) {}

  get pid(): number {
    return this.child.pid ?? -1;
  }

  static async start(options: BenchServerOptions): Promise<BenchServer> {
    const spawned = performance.now();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverScript(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const times: StartTimes = { spawned, initializeSent: NaN, initializeAnswered: NaN };
    const server = new BenchServer(connection, child, times);
    child.stderr!.on('data', (chunk: Buffer) => server.logs.push(chunk.toString()));
    connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string; message?: string } }) => {
      server.progress.push({ at: performance.now(), token: params.token, kind: params.value.kind, message: params.value.message });
      server.wake();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      server.published.set(params.uri, (server.published.get(params.uri) ?? 0) + 1);
      server.wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      server.logs.push(params.message);
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'briefmark' ? (options.settings ?? {}) : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(SemanticTokensRefreshRequest.type, () => undefined);
    connection.onRequest(ApplyWorkspaceEditRequest.type, () => ({ applied: false, failureReason: 'the benchmark applies no edits' }));
    connection.listen();
    times.initializeSent = performance.now();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.folders[0] ? fileUri(options.folders[0]) : null,
      workspaceFolders: options.folders.map((f, i) => ({ uri: fileUri(f), name: `folder${i}` })),
      capabilities: CAPABILITIES,
    });
    times.initializeAnswered = performance.now();
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves when `check` returns a value other than undefined (checked after every notification). */
  async waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}. Server log:\n${this.logs.join('\n')}`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          done();
        });
      });
    }
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Sends one incremental change; the promise settles once the message is written. */
  change(uri: string, range: Range, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** Peak and current resident set size of the server process (threads included), in bytes; undefined off Linux. */
  memory(): { peakRss: number; rss: number } | undefined {
    if (process.platform !== 'linux' || this.child.pid === undefined) return undefined;
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
      return { peakRss: kb('VmHWM'), rss: kb('VmRSS') };
    } catch {
      return undefined;
    }
  }

  /** Shuts the server down and waits for its process to end (so --cpu-prof files are written). */
  async stop(): Promise<void> {
    const exited = new Promise<void>((done) => (this.child.exitCode !== null ? done() : this.child.once('exit', () => done())));
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the server may already be gone
    }
    const timer = setTimeout(() => this.child.kill(), 10_000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
