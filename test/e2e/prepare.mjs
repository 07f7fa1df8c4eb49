// What both end-to-end runners share: the packaged .vsix, the bundled in-host suite and a fresh
// copy of the example workspace.
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

/** Bundles each in-host test file; mocha stays external and loads from node_modules. */
export async function buildSuite() {
  const suiteDir = join(e2eDir, 'suite');
  const entryPoints = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
  const outdir = join(workDir, 'suite');
  rmSync(outdir, { recursive: true, force: true });
  await build({ entryPoints, outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning' });
  return join(outdir, 'index.js');
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
