import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
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
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import type { FileHost } from '../../server/src/core/host';
import { nodeFileHost } from '../../server/src/node/nodeFileHost';
import { ListFilesRequest, ReadFileRequest, StatRequest, SummaryChangedNotification, type InitializationOptions } from '../../server/src/protocol';
import { startWebWorkerServer } from './webWorkerServer';

// A minimal LSP client for black-box tests and the benchmark: it starts `node dist/server.js
// --stdio` and speaks JSON-RPC over its stdin/stdout (or runs the web-worker build, see
// webWorkerServer.ts), and answers the requests a client answers.

/** dist/server.js, seen from the sources (test/server/) or from a bundle in dist/ (the benchmark). */
export function serverScript(): string {
  const candidates = [resolve(__dirname, '../../dist/server.js'), join(__dirname, 'server.js')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`dist/server.js not found (looked at ${candidates.join(', ')}); run npm run build first`);
  return found;
}

/** dist/indexWorker.js, the index workers' script, found as serverScript finds the server. */
export function indexWorkerScript(): string {
  return join(dirname(serverScript()), 'indexWorker.js');
}

export const fileUri = (path: string) => pathToFileURL(path).toString();

export interface ClientOptions {
  /** Workspace folders on disk. */
  folders: string[];
  /** Workspace folders by URI (a virtual workspace), after `folders`. */
  folderUris?: string[];
  /**
   * 'webWorker': the web-worker build (dist/browser/server.js), which reads files through the
   * client. A function starts a server of its own (inProcessServer.ts: the sources, in this process).
   */
  transport?: 'stdio' | 'webWorker' | (() => ServerTransport);
  /** What the client answers the server's file requests with (the web-worker build asks them); Node's fs by default. */
  files?: FileHost;
  /** Sent in `initialize`. */
  initializationOptions?: InitializationOptions;
  /** `briefmark.*` settings per scope URI ('' for the global scope). */
  settings?: (scopeUri: string | undefined) => Record<string, unknown>;
  /** Whether `workspace/applyEdit` requests are accepted. */
  acceptEdits?: boolean;
  capabilities?: ClientCapabilities;
  env?: NodeJS.ProcessEnv;
  /** Node options for the server process, e.g. ['--cpu-prof']. */
  nodeArgs?: string[];
}

export interface ProgressEvent {
  /** performance.now() in this process when the notification arrived. */
  at: number;
  token: string | number;
  kind: string;
  message?: string;
  percentage?: number;
}

/** performance.now() at each step of the start, in this process. */
export interface StartTimes {
  spawned: number;
  /** Right after the spawn, so the answer's time includes the server's boot. */
  initializeSent: number;
  initializeAnswered: number;
}

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    semanticTokens: { refreshSupport: true },
    symbol: { dynamicRegistration: false },
  },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionList: { itemDefaults: ['editRange'] }, completionItem: { snippetSupport: false } },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite'] } } },
    semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    publishDiagnostics: { relatedInformation: false },
  },
};

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** The document version each diagnostics list was published for (when the server said). */
  readonly diagnosticVersions = new Map<string, number | undefined>();
  /** What the server answered to `initialize`. */
  initializeResult!: InitializeResult;
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly progress: ProgressEvent[] = [];
  /** How many times diagnostics were published, per document. */
  readonly publishCount = new Map<string, number>();
  readonly times: StartTimes = { spawned: NaN, initializeSent: NaN, initializeAnswered: NaN };
  readonly logs: string[] = [];
  summaryChanged = 0;
  tokenRefreshes = 0;
  private readonly versions = new Map<string, number>();
  private readonly waiters: Array<() => void> = [];

  private constructor(
    readonly connection: ProtocolConnection,
    /** The server: a process (stdio), or a thread of this one or this one itself (no pid). */
    private readonly server: ServerHandle,
  ) {}

  static async start(options: ClientOptions): Promise<LspClient> {
    const spawned = performance.now();
    const { connection, server } = typeof options.transport === 'function' ? options.transport()
      : options.transport === 'webWorker' ? webWorkerTransport() : stdioTransport(options);
    const client = new LspClient(connection, server);
    client.times.spawned = spawned;
    server.onLog((text) => client.logs.push(text));
    const files = options.files ?? nodeFileHost;
    connection.onRequest(ReadFileRequest, async ({ uri }) => (await files.readFile(uri)) ?? null);
    connection.onRequest(ListFilesRequest, ({ uri }) => files.listFiles(uri));
    connection.onRequest(StatRequest, async ({ uri }) => (await files.stat(uri)) ?? null);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.diagnostics.set(params.uri, params.diagnostics);
      client.diagnosticVersions.set(params.uri, params.version);
      client.publishCount.set(params.uri, (client.publishCount.get(params.uri) ?? 0) + 1);
      client.wake();
    });
    connection.onNotification(SummaryChangedNotification, () => {
      client.summaryChanged++;
      client.wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logs.push(params.message);
    });
    connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string; message?: string; percentage?: number } }) => {
      client.progress.push({ at: performance.now(), token: params.token, kind: params.value.kind, message: params.value.message, percentage: params.value.percentage });
      client.wake();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'briefmark' ? (options.settings?.(item.scopeUri) ?? {}) : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(SemanticTokensRefreshRequest.type, () => {
      client.tokenRefreshes++;
      client.wake();
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      client.appliedEdits.push(params.edit);
      client.wake();
      return options.acceptEdits === false ? { applied: false, failureReason: 'refused by the test' } : { applied: true };
    });
    connection.listen();
    const folderUris = [...options.folders.map(fileUri), ...(options.folderUris ?? [])];
    client.times.initializeSent = performance.now();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUris[0] ?? null,
      workspaceFolders: folderUris.map((uri, i) => ({ uri, name: `folder${i}` })),
      capabilities: options.capabilities ?? CAPABILITIES,
      initializationOptions: options.initializationOptions,
    });
    client.times.initializeAnswered = performance.now();
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves when `check` returns a value other than undefined (checked after every message). */
  async waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}. Server log:\n${this.logs.join('\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next diagnostics published for `uri` that satisfy `accept`. */
  waitForDiagnostics(uri: string, accept: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const d = this.diagnostics.get(uri);
      return d && accept(d) ? d : undefined;
    }, `diagnostics of ${uri}`);
  }

  /** The next diagnostics published for `uri` for document version `version`. */
  waitForVersion(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitFor(() => (this.diagnosticVersions.get(uri) === version ? this.diagnostics.get(uri) : undefined), `diagnostics of ${uri} at version ${version}`);
  }

  /** The version the client last sent for `uri`. */
  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** A request by method name, for the tests' own checks. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: Array<{ range: Range; text: string } | { text: string }>): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Peak and current resident set size of the server process (threads included), in bytes; undefined off Linux. */
  memory(): { peakRss: number; rss: number } | undefined {
    if (process.platform !== 'linux' || this.server.pid === undefined) return undefined;
    try {
      const status = readFileSync(`/proc/${this.server.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
      return { peakRss: kb('VmHWM'), rss: kb('VmRSS') };
    } catch {
      return undefined;
    }
  }

  /**
   * CPU time the server process has used so far, user and system, in ms: its first thread (the
   * server's own) and every other thread (index workers, V8's helpers), most first; undefined off
   * Linux. Threads that have ended are counted in neither.
   */
  cpu(): ThreadCpu | undefined {
    if (process.platform !== 'linux' || this.server.pid === undefined) return undefined;
    const pid = this.server.pid;
    try {
      let mainMs = 0;
      const otherThreadsMs: number[] = [];
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const ms = threadCpuMs(readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8'));
        if (Number(task) === pid) mainMs = ms;
        else otherThreadsMs.push(ms);
      }
      return { mainMs, otherThreadsMs: otherThreadsMs.sort((a, b) => b - a) };
    } catch {
      return undefined;
    }
  }

  /** Shuts the server down and waits for its process to end (so --cpu-prof files are written). */
  async stop(): Promise<void> {
    const exited = this.server.exited;
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the server may already be gone
    }
    // A server without a process of its own cannot end itself (the browser's exit does nothing): its client ends it.
    const timer = setTimeout(() => this.server.kill(), this.server.pid === undefined ? 0 : 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** CPU time of a process in ms: its first thread's, and every other thread's, most first. */
export interface ThreadCpu {
  mainMs: number;
  otherThreadsMs: number[];
}

export interface ServerHandle {
  pid: number | undefined;
  exited: Promise<void>;
  kill(): void;
  onLog(listener: (text: string) => void): void;
}

export interface ServerTransport {
  connection: ProtocolConnection;
  server: ServerHandle;
}

/**
 * User and system time of a thread, in ms, from its /proc/<pid>/task/<tid>/stat line: fields 14 and
 * 15, counted after the command name (which may hold spaces and parentheses), in clock ticks of
 * 1/100 s (USER_HZ).
 */
export function threadCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function stdioTransport(options: ClientOptions): ServerTransport {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverScript(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    connection: createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)),
    server: { pid: child.pid, exited, kill: () => child.kill(), onLog: (listener) => child.stderr!.on('data', (chunk: Buffer) => listener(chunk.toString())) },
  };
}

function webWorkerTransport(): ServerTransport {
  const worker = startWebWorkerServer();
  return { connection: createProtocolConnection(worker.reader, worker.writer), server: { pid: undefined, exited: worker.exited, kill: worker.terminate, onLog: worker.onLog } };
}
