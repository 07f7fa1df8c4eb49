import { startWithCodeCaches } from '../node/runWithCodeCache';

// `briefmark`: the CLI's bundle (main.ts, built as cli-main.js) and the packages it loads when first
// used (cli-yaml.js and the like: scripts/lazyPackagesPlugin.mjs), each started with its code cache
// beside it. The build makes the caches by running checks (scripts/build.mjs).
startWithCodeCaches(__dirname, 'cli-main.js', /^\.\/cli-[\w-]+\.js$/);
