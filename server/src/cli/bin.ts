import { createRequire } from 'node:module';
import path from 'node:path';
import { runWithCodeCache, type CodeCacheRun } from '../node/runWithCodeCache';

// `briefmark`: the CLI's bundle (main.ts, built as cli-main.js) and the packages it loads when first
// used (cli-yaml.js and the like: scripts/lazyPackagesPlugin.mjs), each started with its code cache
// beside it. The build makes the caches by running checks with BRIEFMARK_WRITE_CODE_CACHE set
// (scripts/build.mjs). A cache holds only for the Node that made it: under another, or when a
// bundle has changed, the run writes a new one on its way out, where it may (a folder it cannot
// write to leaves the CLI as it was: compiling on every start).

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
process.once('exit', () => {
  const always = process.env.BRIEFMARK_WRITE_CODE_CACHE === '1';
  for (const r of runs) {
    if (!always && r.use === 'used') continue;
    try {
      r.write();
    } catch {
      // A folder the user cannot write to, a full disk: the next start compiles, as without a cache.
    }
  }
});
