// Bundles each entry point into one file in dist/ (DESIGN.md section 7).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { builtinIndexJson } from './builtinIndex.mjs';
import { englishZodPlugin } from './englishZodPlugin.mjs';
import { builtinIndexPlugin, glossaryYamlPlugin, INDEX_FILE } from './glossaryYamlPlugin.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const entries = [
  { in: 'client/src/extension.ts', out: 'extension' },
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/node/main.ts', out: 'server' },
  { in: 'server/src/node/indexWorker.ts', out: 'indexWorker' },
  { in: 'test/bench/runBench.ts', out: 'bench' },
  { in: 'test/eval/runEval.ts', out: 'eval' },
  { in: 'test/eval/writeClaimModel.ts', out: 'trainClaims' },
];

// First the built-in glossary's index, made by the project's own code, for the bundles to embed:
// a process then starts with the glossary indexed instead of parsing and indexing ~2,000 entries.
// It goes beside the bundles, which read it when first asked (see builtinIndexPlugin).
mkdirSync('dist', { recursive: true });
writeFileSync(`dist/${INDEX_FILE}`, await builtinIndexJson());

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: [entry.in],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
      outfile: `dist/${entry.out}.js`,
      sourcemap: !production,
      minify: production,
      // The built-in glossary's index, built above; the YAML files themselves only where a bundle
      // imports them (the benchmark and the eval, which also read them as the tests do).
      plugins: [glossaryYamlPlugin, builtinIndexPlugin(undefined), englishZodPlugin],
      banner: entry.banner ? { js: entry.banner } : undefined,
      // cspell-lib is only for the benchmark's comparison: loaded from node_modules, not bundled.
      external: ['cspell-lib', 'vscode'],
      define: { BRIEFMARK_VERSION: JSON.stringify(version) },
    }),
  ),
);
