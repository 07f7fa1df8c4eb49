// End-to-end tests in a real VS Code, headless and offline (see test/e2e/README.md):
// for each VS Code version in versions.txt, install the packaged .vsix into a fresh profile,
// start VS Code's server, run the in-host suite (real `vscode` API) and the UI checks (Playwright).
// Then the same UI checks with the web build alone, in the web worker extension host (as in VS
// Code for the Web).
// usage: node test/e2e/runE2E.mjs [--only host|ui|web] [--versions 4.139.1,...] [--readme-shots]
// --readme-shots also writes the UI checks' screenshots to media/screenshots/ for the README.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSuite, buildVirtualRun, e2eDir, freshWorkspace, hostPath, packagedVsix, root, webOnlyVsix, workDir } from './prepare.mjs';
import { installVsix, serverInstall, startServer, stopServer } from './vscodeServer.mjs';
import { runInHostTests } from './workbench.mjs';
import { runUiChecks } from './uiChecks.mjs';

const { values: opts } = parseArgs({ options: { only: { type: 'string' }, versions: { type: 'string' }, 'readme-shots': { type: 'boolean' } } });
const artifacts = join(root, 'test-results', 'e2e');

function listedVersions() {
  return readFileSync(join(e2eDir, 'versions.txt'), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split(/\s+/)[0]);
}

// The virtual folder's address in the window, served by the test extension from a copy of examples/.
const virtualFolder = 'briefmark-memfs:/examples';

async function runVersion(csVersion, vsix, suites, web) {
  const install = serverInstall(csVersion);
  const name = `vscode-${install.vscodeVersion}${web ? '-web' : ''}`;
  const runDir = join(workDir, name);
  const shots = join(artifacts, name);
  rmSync(runDir, { recursive: true, force: true });
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const log = (line) => console.log(`[${name}] ${line}`);
  log(installVsix(install, runDir, vsix).split('\n').pop());
  const results = [];
  const virtualSeed = freshWorkspace(join(runDir, 'workspace-virtual'));
  const server = await startServer(install, runDir, { BRIEFMARK_E2E_ARTIFACTS: shots, BRIEFMARK_E2E_VIRTUAL_SEED: virtualSeed });
  log(`VS Code ${install.vscodeVersion} server at ${server.url}`);
  try {
    if (!web && opts.only !== 'ui') {
      const folder = freshWorkspace(join(runDir, 'workspace-host'));
      const code = await runInHostTests({ serverUrl: server.url, folder, hostPath, testsPath: suites.testsPath,
        timeoutMs: 600_000, log });
      results.push({ part: 'in-host tests', ok: code === 0 });
      const virtual = await runInHostTests({ serverUrl: server.url, folder: virtualFolder, hostPath: suites.virtual.extensionPath,
        testsPath: suites.virtual.testsPath, timeoutMs: 300_000, log });
      results.push({ part: 'in-host tests, virtual workspace', ok: virtual === 0 });
    }
    if (web || opts.only !== 'host') {
      const folder = freshWorkspace(join(runDir, 'workspace-ui'));
      const readmeShots = opts['readme-shots'] && !web ? join(root, 'media', 'screenshots') : undefined;
      if (readmeShots) mkdirSync(readmeShots, { recursive: true });
      const failures = await runUiChecks({ serverUrl: server.url, folder, shots, readmeShots, log, web });
      results.push({ part: web ? 'UI checks, web worker extension host' : 'UI checks', ok: failures === 0 });
    }
  } finally {
    stopServer(server.child);
    cpSync(join(runDir, 'server.log'), join(shots, 'server.log'));
    keepBriefmarkLogs(runDir, shots);
  }
  for (const r of results) log(`${r.ok ? 'PASS' : 'FAIL'} ${r.part}`);
  return results.every((r) => r.ok);
}

/**
 * The extension's own logs (its LogOutputChannels) beside the screenshots, one per extension
 * host: the run directory is wiped by the next run, and a failed UI check is explained there.
 */
function keepBriefmarkLogs(runDir, shots) {
  const logs = join(runDir, 'user-data', 'logs');
  if (!existsSync(logs)) return;
  for (const session of readdirSync(logs)) {
    for (const host of readdirSync(join(logs, session)).filter((d) => d.startsWith('exthost'))) {
      const dir = join(logs, session, host, 'briefmark.briefmark');
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)) cpSync(join(dir, file), join(shots, `${session}-${host}-${file}`));
    }
  }
}

async function main() {
  const vsix = packagedVsix();
  const versions = opts.versions ? opts.versions.split(',') : listedVersions();
  const setup = spawnSync('bash', [join(e2eDir, 'setup.sh'), ...versions], { stdio: 'inherit' });
  if (setup.status !== 0) throw new Error('machine setup for the end-to-end tests failed');
  const suites = { testsPath: await buildSuite(), virtual: await buildVirtualRun() };
  const webVsix = opts.only === 'host' || opts.only === 'ui' ? undefined : webOnlyVsix();
  let ok = true;
  for (const v of versions) {
    if (opts.only !== 'web') ok = (await runVersion(v, vsix, suites, false)) && ok;
    if (webVsix) ok = (await runVersion(v, webVsix, suites, true)) && ok;
  }
  console.log(`end-to-end: ${ok ? 'PASS' : 'FAIL'} (screenshots and logs in ${artifacts})`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => { console.error(`end-to-end: ${e.message}`); process.exitCode = 1; });
