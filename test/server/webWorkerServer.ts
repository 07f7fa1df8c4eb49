import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver-protocol/node';

// The web-worker build of the server (dist/browser/server.js), run where a test can reach it: in
// a Node worker thread, inside a vm context that has a web worker's globals and none of Node's
// (no process, require, Buffer or module). A message port named `self` carries the LSP messages,
// as in VS Code for the Web.

const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
let listener;
const self = {
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: () => {},
  removeEventListener: () => {},
  set onmessage(value) { listener = value; },
  get onmessage() { return listener; },
};
parentPort.on('message', (data) => listener && listener({ data }));
const globals = { self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, URLSearchParams, performance, structuredClone, AbortController, atob, btoa, crypto };
vm.runInContext(readFileSync(workerData.script, 'utf8'), vm.createContext(globals), { filename: workerData.script });
`;

/** dist/browser/server.js, seen from the sources (test/server/) or from a bundle in dist/ (the benchmark). */
export function browserServerScript(): string {
  const candidates = [resolve(__dirname, '../../dist/browser/server.js'), join(__dirname, 'browser', 'server.js')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`dist/browser/server.js not found (looked at ${candidates.join(', ')}); run npm run build first`);
  return found;
}

class PortReader extends AbstractMessageReader implements MessageReader {
  constructor(private readonly worker: Worker) {
    super();
    worker.on('error', (error) => this.fireError(error));
  }

  listen(callback: DataCallback): Disposable {
    const onMessage = (message: Message) => callback(message);
    this.worker.on('message', onMessage);
    return { dispose: () => this.worker.off('message', onMessage) };
  }
}

class PortWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly worker: Worker) {
    super();
  }

  async write(message: Message): Promise<void> {
    this.worker.postMessage(message);
  }

  end(): void {}
}

/** Starts the web-worker server; `exited` settles when its thread ends. */
export function startWebWorkerServer(script = browserServerScript()): { reader: MessageReader; writer: MessageWriter; exited: Promise<void>; terminate(): void; onLog(listener: (text: string) => void): void } {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { script }, stdout: true, stderr: true });
  const exited = new Promise<void>((done) => worker.once('exit', () => done()));
  return {
    reader: new PortReader(worker),
    writer: new PortWriter(worker),
    exited,
    terminate: () => void worker.terminate(),
    onLog(listener) {
      worker.stdout.on('data', (chunk: Buffer) => listener(chunk.toString()));
      worker.stderr.on('data', (chunk: Buffer) => listener(chunk.toString()));
    },
  };
}
