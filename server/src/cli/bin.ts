import { createRequire } from 'node:module';
import path from 'node:path';
import { runWithCodeCache, type CodeCacheRun } from '../node/runWithCodeCache';

// `briefmark`: the CLI's bundle (main.ts, built as cli-main.js) and the packages it loads when first
// used (cli-yaml.js and the like: scripts/lazyPackagesPlugin.mjs), each started with its code cache
// beside it. The build makes the caches by running checks with BRIEFMARK_WRITE_CODE_CACHE set
// (scripts/build.mjs).

const runs: CodeCacheRun[] = [];
const nodeRequire = createRequire(__filename);

function run(file: string): unknown {
  const started = runWithCodeCache(path.join(__dirname, file), path.join(__dirname, file.replace(/\.js$/, '.cache')), requireBeside);
  runs.push(started);
  return started.exports;
}

/** The bundles' `require`: a package file beside them starts with its cache too. */
function requireBeside(id: string): unknown {
  return /^\.\/cli-[\w-]+\.js$/.test(id) ? run(id.slice(2)) : nodeRequire(id);
}

run('cli-main.js');
if (process.env.BRIEFMARK_WRITE_CODE_CACHE === '1') process.once('exit', () => runs.forEach((r) => r.write()));
