// Bundles each entry point into one file in dist/ (DESIGN.md section 7).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

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

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: [entry.in],
      outfile: `dist/${entry.out}.js`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: !production,
      minify: production,
      loader: { '.yaml': 'text' },
      banner: entry.banner ? { js: entry.banner } : undefined,
      // cspell-lib is only for the benchmark's comparison: loaded from node_modules, not bundled.
      external: ['cspell-lib', 'vscode'],
      define: { BRIEFMARK_VERSION: JSON.stringify(version) },
      logLevel: 'warning',
    }),
  ),
);
