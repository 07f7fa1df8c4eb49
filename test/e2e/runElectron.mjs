// The same in-host suite under @vscode/test-electron, for contributors whose machines can
// download VS Code (CI here cannot: it runs the suite through runE2E.mjs instead).
// The packaged .vsix is installed into a fresh extensions folder first, as a user would.
// usage: npm run test:electron [-- 1.100.3 stable]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { buildSuite, freshWorkspace, hostPath, packagedVsix } from './prepare.mjs';

const versions = process.argv.slice(2).length ? process.argv.slice(2) : ['1.100.3', 'stable'];

async function runVersion(version, vsix, testsPath) {
  const vscodeExecutablePath = await downloadAndUnzipVSCode(version);
  const profile = mkdtempSync(join(tmpdir(), `briefmark-electron-${version}-`));
  try {
    await runInProfile(version, vscodeExecutablePath, profile, vsix, testsPath);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function runInProfile(version, vscodeExecutablePath, profile, vsix, testsPath) {
  const dirs = ['--extensions-dir', join(profile, 'extensions'), '--user-data-dir', join(profile, 'user-data')];
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  const installed = spawnSync(cli, [...cliArgs, ...dirs, '--install-extension', vsix, '--force'],
    { stdio: 'inherit', shell: process.platform === 'win32' });
  if (installed.status !== 0) throw new Error(`installing ${vsix} into VS Code ${version} failed`);
  const workspace = freshWorkspace(join(profile, 'workspace'));
  await runTests({ vscodeExecutablePath, extensionDevelopmentPath: hostPath, extensionTestsPath: testsPath,
    launchArgs: [workspace, ...dirs, '--disable-workspace-trust'] });
}

async function main() {
  const vsix = packagedVsix();
  const testsPath = await buildSuite();
  for (const version of versions) await runVersion(version, vsix, testsPath);
}

main().catch((e) => { console.error(`test:electron: ${e.message}`); process.exitCode = 1; });
