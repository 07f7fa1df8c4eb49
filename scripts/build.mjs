// Bundles each entry point into one file in dist/ (DESIGN.md section 7).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { builtinIndexJson } from './builtinIndex.mjs';
import { englishZodPlugin } from './englishZodPlugin.mjs';
import { builtinIndexPlugin, glossaryYamlPlugin, INDEX_FILE } from './glossaryYamlPlugin.mjs';
import { lazyPackageFile, lazyPackagesPlugin } from './lazyPackagesPlugin.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const entries = [
  { in: 'client/src/extension.ts', out: 'extension' },
  { in: 'server/src/cli/bin.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/main.ts', out: 'cli-main', lazy: true },
  { in: 'server/src/node/bin.ts', out: 'server' },
  { in: 'server/src/node/main.ts', out: 'server-main' },
  { in: 'server/src/node/indexWorker.ts', out: 'indexWorker' },
  { in: 'test/bench/runBench.ts', out: 'bench' },
  { in: 'test/eval/runEval.ts', out: 'eval' },
  { in: 'test/eval/writeClaimModel.ts', out: 'trainClaims' },
];

// The packages the CLI loads when first used, each built into its own file (see lazyPackagesPlugin).
const LAZY_PACKAGES = ['yaml', 'js-yaml', 'zod'];
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', sourcemap: !production, minify: production };

// First the built-in glossary's index, made by the project's own code, for the bundles to embed:
// a process then starts with the glossary indexed instead of parsing and indexing ~2,000 entries.
// It goes beside the bundles, which read it when first asked (see builtinIndexPlugin).
mkdirSync('dist', { recursive: true });
const indexJson = await builtinIndexJson();
writeFileSync(`dist/${INDEX_FILE}`, indexJson);

// VS Code for the Web: the extension for the web worker extension host (CommonJS, as that host
// loads it), and the server for a web worker of its own, one self-contained script (a worker made
// from a blob: URL cannot import), with the built-in glossary's index inside it (no dist/ to read).
const browserEntries = [
  { in: 'client/src/browser/extension.ts', out: 'browser/extension', format: 'cjs' },
  { in: 'server/src/browser/main.ts', out: 'browser/server', format: 'iife' },
];

await Promise.all([
  ...entries.map((entry) =>
    build({
      ...common,
      entryPoints: [entry.in],
      outfile: `dist/${entry.out}.js`,
      // The built-in glossary's index, built above; the YAML files themselves only where a bundle
      // imports them (the benchmark and the eval, which also read them as the tests do).
      plugins: [glossaryYamlPlugin, builtinIndexPlugin(undefined), englishZodPlugin, ...(entry.lazy ? [lazyPackagesPlugin(LAZY_PACKAGES)] : [])],
      banner: entry.banner ? { js: entry.banner } : undefined,
      // cspell-lib is only for the benchmark's comparison: loaded from node_modules, not bundled.
      external: ['cspell-lib', 'vscode'],
      define: { BRIEFMARK_VERSION: JSON.stringify(version) },
    }),
  ),
  ...browserEntries.map((entry) =>
    build({
      ...common,
      platform: 'browser',
      target: 'es2022',
      format: entry.format,
      entryPoints: [entry.in],
      outfile: `dist/${entry.out}.js`,
      plugins: [glossaryYamlPlugin, builtinIndexPlugin(indexJson), englishZodPlugin],
      external: ['vscode'],
      define: { BRIEFMARK_VERSION: JSON.stringify(version) },
    }),
  ),
  ...LAZY_PACKAGES.map((name) =>
    build({
      ...common,
      stdin: { contents: `export * from ${JSON.stringify(name)};\n`, resolveDir: process.cwd(), sourcefile: `${name}.js` },
      outfile: `dist/${lazyPackageFile(name)}`,
      plugins: [englishZodPlugin],
    }),
  ),
]);

// The CLI's code caches (see server/src/node/runWithCodeCache.ts): a check of the example brief, in
// a folder of its own and run as a user runs the CLI (no V8 flags: a cache holds only for the flags
// it was made with), leaves every function the check ran compiled in dist/cli-*.cache. First with a
// team glossary and a review file, for the packages that reading them loads; then without, for the
// CLI's own bundle as most checks run it (a larger cache would cost every start more to read).
for (const file of readdirSync('dist')) if (file.endsWith('.cache')) rmSync(`dist/${file}`);
writeCodeCaches(['examples/sovereign-compute-brief.md', 'examples/sovereign-compute-brief.review.yaml', 'examples/team.glossary.yaml']);
writeCodeCaches(['examples/sovereign-compute-brief.md']);
if (!existsSync('dist/cli-main.cache')) throw new Error("the checks that make the CLI's code caches wrote no dist/cli-main.cache");

/** Runs `briefmark check` on a copy of the first file, with the others beside it, writing the code caches of what it loads. */
function writeCodeCaches(files) {
  const folder = mkdtempSync(path.join(tmpdir(), 'briefmark-code-cache-'));
  try {
    for (const file of files) copyFileSync(file, path.join(folder, path.basename(file)));
    const { NODE_OPTIONS: _, ...env } = process.env;
    const args = [path.resolve('dist/cli.js'), 'check', '--format', 'json', path.basename(files[0])];
    const run = spawnSync(process.execPath, args, { cwd: folder, env: { ...env, BRIEFMARK_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`the check that makes the CLI's code caches failed: ${run.stderr || run.error}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
