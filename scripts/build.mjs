// Bundles each entry point into one file in dist/ (DESIGN.md section 7).
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { builtinIndexPlugin, glossaryYamlPlugin } from './glossaryYamlPlugin.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const entries = [
  { in: 'client/src/extension.ts', out: 'extension' },
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/node/main.ts', out: 'server' },
  { in: 'server/src/node/indexWorker.ts', out: 'indexWorker' },
  { in: 'test/bench/runBench.ts', out: 'bench' },
  { in: 'test/eval/runEval.ts', out: 'eval' },
];

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' };

// First the built-in glossary's index, made by the project's own code, for the bundles to embed:
// a process then starts with the glossary indexed instead of parsing and indexing ~2,000 entries.
const indexBundle = 'dist/.build/builtinGlossaryIndex.cjs';
await build({ ...common, entryPoints: ['scripts/builtinGlossaryIndex.ts'], outfile: indexBundle, plugins: [glossaryYamlPlugin, builtinIndexPlugin(undefined)] });
const indexJson = JSON.stringify(createRequire(import.meta.url)(`../${indexBundle}`).builtinGlossaryIndex());
rmSync('dist/.build', { recursive: true, force: true });

await Promise.all(
  entries.map((entry) =>
    build({
      ...common,
      entryPoints: [entry.in],
      outfile: `dist/${entry.out}.js`,
      sourcemap: !production,
      minify: production,
      // The built-in glossary: each file's text (for go to definition) and its data parsed here,
      // so that no YAML is parsed at start-up; and its index, built above.
      plugins: [glossaryYamlPlugin, builtinIndexPlugin(indexJson)],
      banner: entry.banner ? { js: entry.banner } : undefined,
      // cspell-lib is only for the benchmark's comparison: loaded from node_modules, not bundled.
      external: ['cspell-lib', 'vscode'],
      define: { BRIEFMARK_VERSION: JSON.stringify(version) },
    }),
  ),
);
