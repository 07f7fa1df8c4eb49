// Starts and stops VS Code's own server (the build inside the code-server npm package) for one
// end-to-end run, and installs a .vsix into a fresh extensions folder with the same server CLI.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const cacheDir = process.env.BRIEFMARK_CACHE || join(process.env.HOME, '.cache', 'briefmark');

/** The installed code-server release: its VS Code server entry, the Node it wants, the VS Code version. */
export function serverInstall(csVersion) {
  const dir = join(cacheDir, `code-server-${csVersion}`);
  const vscodeDir = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  const node = readFileSync(join(dir, 'node-path'), 'utf8').trim();
  const vscodeVersion = JSON.parse(readFileSync(join(vscodeDir, 'package.json'), 'utf8')).version;
  return { main: join(vscodeDir, 'out', 'server-main.js'), node, vscodeVersion };
}

function dataArgs(runDir) {
  return ['--server-data-dir', join(runDir, 'server-data'), '--user-data-dir', join(runDir, 'user-data'),
    '--extensions-dir', join(runDir, 'extensions')];
}

export function installVsix(install, runDir, vsix) {
  mkdirSync(runDir, { recursive: true });
  const result = spawnSync(install.node, [install.main, ...dataArgs(runDir), '--install-extension', vsix, '--force'],
    { encoding: 'utf8', timeout: 120_000 });
  const tail = (text) => text.trim().split('\n').slice(-5).map((l) => l.slice(0, 300)).join('\n');
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${tail(result.stdout)}\n${tail(result.stderr)}`);
  return result.stdout.trim();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server in its own process group: extension hosts and language servers outlive the
 * server process, so stopping kills the whole group. `env` reaches the extension host.
 */
export async function startServer(install, runDir, env) {
  const port = await freePort();
  mkdirSync(runDir, { recursive: true });
  const log = openSync(join(runDir, 'server.log'), 'a');
  // --enable-smoke-test-driver: without it VS Code 1.139 ignores the test payload in the URL.
  const child = spawn(install.node, [install.main, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--disable-workspace-trust', '--telemetry-level', 'off', ...dataArgs(runDir)],
  { detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...env } });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited early; see ${join(runDir, 'server.log')}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { stopServer(child); throw new Error('VS Code server did not answer within 60 s'); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child };
}

export function stopServer(child) {
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}
