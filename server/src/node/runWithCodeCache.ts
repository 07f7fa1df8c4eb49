import { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

// Runs a CommonJS bundle with V8's code cache for it, so that a short-lived process (a `briefmark
// check` of one brief) compiles neither the bundle nor the functions it runs on every start.
//
// The cache file holds the bundle's own bytes, then V8's data. V8 checks only that a cache was made
// for a script of the same length (and the same V8 and flags): given a cache made for other code of
// that length, it runs the old code. So the cache is used only when the bytes it was made for are
// the bundle's bytes now. Whatever is wrong with the cache (missing, stale, made by another Node),
// the bundle is compiled as usual.

/** How the cache was used: V8 took it, V8 refused it, it was made for other bytes, or there was none. */
export type CodeCacheUse = 'used' | 'rejected' | 'stale' | 'none';

export interface CodeCacheRun {
  use: CodeCacheUse;
  /** What the bundle put in `module.exports`. */
  exports: unknown;
  /** Writes the cache of the bundle as compiled so far (every function it has run is in it); throws when it cannot, leaving no file behind. */
  write(): void;
}

/** A CommonJS module's source as the function Node makes of it. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/**
 * A cache file: the wrapper with nothing inside, the bundle's length (4 bytes) and bytes, then V8's
 * data. The script V8 compiled is the wrapper around the bundle: both must be as they were.
 */
const WRAPPER = Buffer.from(wrap(''));
const LENGTH = 4;

/** The parts of a cache file, or undefined when it is not one made by this loader. */
export function readCodeCacheFile(file: Buffer): { bundle: Buffer; data: Buffer } | undefined {
  const at = WRAPPER.length + LENGTH;
  if (file.length < at || !WRAPPER.equals(file.subarray(0, WRAPPER.length))) return undefined;
  const length = file.readUInt32LE(WRAPPER.length);
  if (file.length <= at + length) return undefined;
  return { bundle: file.subarray(at, at + length), data: file.subarray(at + length) };
}

/**
 * Runs `file` as a CommonJS module, with the code cache in `cacheFile` when it fits. Its `require`
 * is Node's, from the file's folder, unless one is given.
 */
export function runWithCodeCache(file: string, cacheFile: string, require: (id: string) => unknown = createRequire(file)): CodeCacheRun {
  const bytes = readFileSync(file);
  const cached = cacheFor(bytes, cacheFile);
  const script = new Script(wrap(bytes.toString('utf8')), { filename: file, cachedData: typeof cached === 'string' ? undefined : cached });
  const use: CodeCacheUse = typeof cached === 'string' ? cached : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as unknown };
  script.runInThisContext()(module.exports, require, module, file, path.dirname(file));
  return {
    use,
    get exports() {
      return module.exports;
    },
    write() {
      const length = Buffer.alloc(LENGTH);
      length.writeUInt32LE(bytes.length);
      // Renamed into place, so that a process starting meanwhile reads the old file or the new one.
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, Buffer.concat([WRAPPER, length, bytes, script.createCachedData()]));
        renameSync(temporary, cacheFile);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
  };
}

/** V8's data from `cacheFile` when it was made for `bytes`, else why not. */
function cacheFor(bytes: Buffer, cacheFile: string): Buffer | 'stale' | 'none' {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return 'none';
  }
  const parts = readCodeCacheFile(file);
  return parts && parts.bundle.equals(bytes) ? parts.data : 'stale';
}

/**
 * Starts the bundle `main` of the folder `dir` with its code cache (`<name>.cache` beside it), and
 * the files beside it that it requires by a name `beside` matches (packages loaded when first
 * used) with theirs. A cache holds only for the Node that made it: under another, or when a bundle
 * has changed, the process writes a new one on its way out, where it may (a folder it cannot write
 * to leaves it as it was: compiling on every start). With BRIEFMARK_WRITE_CODE_CACHE=1 it always
 * writes them (the build, to make them).
 */
export function startWithCodeCaches(dir: string, main: string, beside?: RegExp): void {
  const runs: CodeCacheRun[] = [];
  const nodeRequire = createRequire(path.join(dir, main));
  const requireBeside = (id: string): unknown => (beside?.test(id) ? run(id.slice(2)) : nodeRequire(id));
  const run = (file: string): unknown => {
    const started = runWithCodeCache(path.join(dir, file), path.join(dir, file.replace(/\.js$/, '.cache')), requireBeside);
    runs.push(started);
    return started.exports;
  };
  run(main);
  process.once('exit', () => {
    const always = process.env.BRIEFMARK_WRITE_CODE_CACHE === '1';
    if (!always && runs.every((r) => r.use === 'used')) return;
    // An installation the user cannot write to (a global one, another Node): not worth serialising
    // the caches on every run only to fail writing them.
    if (!canWrite(dir)) return;
    for (const r of runs) {
      if (!always && r.use === 'used') continue;
      try {
        r.write();
      } catch {
        // A full disk, a file in the way: the next start compiles, as without a cache.
      }
    }
  });
}

function canWrite(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
