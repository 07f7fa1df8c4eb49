// What both end-to-end runners share: the packaged .vsix, the bundled in-host suite and a fresh
// copy of the example workspace.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const e2eDir = dirname(fileURLToPath(import.meta.url));
export const root = resolve(e2eDir, '..', '..');
export const workDir = join(root, '.e2e-work');
export const hostPath = join(e2eDir, 'host');

export function packagedVsix() {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `${name}-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  return vsix;
}

/**
 * The web build alone: the packaged extension without its `main`, so that VS Code runs it in the
 * web worker extension host, as VS Code for the Web does (with a `main` too, a workbench served
 * by a VS Code server would pick the Node extension host). Packaged the same way, from a copy.
 */
export function webOnlyVsix() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete manifest.main;
  delete manifest.scripts; // no vscode:prepublish: dist/ is built already
  const staging = join(workDir, 'web-package');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const entry of ['.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'media', 'syntaxes', 'server/glossaries', 'server/schemas']) {
    cpSync(join(root, entry), join(staging, entry), { recursive: true });
  }
  writeFileSync(join(staging, 'package.json'), JSON.stringify(manifest, null, 2));
  const vsix = join(workDir, `${manifest.name}-${manifest.version}-web.vsix`);
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: staging, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`packaging the web build failed:\n${result.stdout}\n${result.stderr}`);
  return vsix;
}

// For code that runs in the Node extension host: mocha stays external and loads from node_modules.
const inHostBuild = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning' };

/** Bundles each in-host test file. */
export async function buildSuite() {
  const suiteDir = join(e2eDir, 'suite');
  const entryPoints = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
  const outdir = join(workDir, 'suite');
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...inHostBuild, entryPoints, outdir });
  return join(outdir, 'index.js');
}

/**
 * The virtual-workspace run: the test extension that serves `briefmark-memfs:` (its manifest
 * and bundle), and the in-host test with the suite's mocha entry beside it.
 */
export async function buildVirtualRun() {
  const sources = join(e2eDir, 'virtual');
  const extensionPath = join(workDir, 'virtual-extension');
  const suite = join(workDir, 'virtual-suite');
  rmSync(extensionPath, { recursive: true, force: true });
  rmSync(suite, { recursive: true, force: true });
  mkdirSync(extensionPath, { recursive: true });
  cpSync(join(sources, 'package.json'), join(extensionPath, 'package.json'));
  await build({ ...inHostBuild, entryPoints: [join(sources, 'memoryFileSystem.ts')], outfile: join(extensionPath, 'extension.js') });
  await build({ ...inHostBuild, entryPoints: [join(e2eDir, 'suite', 'index.ts')], outfile: join(suite, 'index.js') });
  await build({ ...inHostBuild, entryPoints: [join(sources, 'virtualWorkspace.test.ts')], outfile: join(suite, 'virtualWorkspace.test.js') });
  return { extensionPath, testsPath: join(suite, 'index.js') };
}

/** A fresh copy of examples/: the tests write review records and edits into it. */
export function freshWorkspace(dir) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'examples'), dir, { recursive: true });
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({
    'briefmark.reviewer': 'e2e-reviewer',
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    // Save dialogs as quick inputs, so tests answer them in the web and the desktop build alike.
    'files.simpleDialog.enable': true,
  }, null, 2));
  return dir;
}
