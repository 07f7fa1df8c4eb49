import path from 'node:path';
import { runWithCodeCache } from '../node/runWithCodeCache';

// `briefmark`: the CLI's bundle (main.ts, built as cli-main.js), started with its code cache. The
// build makes the cache by running a check with BRIEFMARK_WRITE_CODE_CACHE set (scripts/build.mjs).
const run = runWithCodeCache(path.join(__dirname, 'cli-main.js'), path.join(__dirname, 'cli-main.cache'));
if (process.env.BRIEFMARK_WRITE_CODE_CACHE === '1') process.once('exit', () => run.write());
