import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCodeCacheFile, runWithCodeCache } from '../../../server/src/node/runWithCodeCache';

describe('runWithCodeCache', () => {
  let dir: string;
  let bundle: string;
  let cache: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'briefmark-code-cache-'));
    bundle = path.join(dir, 'bundle.js');
    cache = path.join(dir, 'bundle.cache');
    writeFileSync(path.join(dir, 'dep.js'), 'module.exports = "beside";\n');
    writeFileSync(bundle, source(42));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Runs the bundle from a copy under a name of its own: V8 keeps what a process compiled by source
   * and name, and would answer a second run of the same file from memory without reading the cache.
   */
  let copies = 0;
  const run = () => {
    const copy = path.join(dir, `copy-${copies++}.js`);
    copyFileSync(bundle, copy);
    return runWithCodeCache(copy, cache);
  };

  /** A module that runs a function only when called, so that the cache has more than the top level. */
  const source = (answer: number) => `const dep = require('./dep.js');\nfunction answer() { return ${answer}; }\nmodule.exports = { answer: answer(), dep, file: __filename, dir: __dirname };\n`;

  it('runs the bundle as a CommonJS module, requiring files beside it', () => {
    const first = runWithCodeCache(bundle, cache);
    expect(first.use).toBe('none');
    expect(first.exports).toEqual({ answer: 42, dep: 'beside', file: bundle, dir });
  });

  it('gives the bundle the require it is given', () => {
    const asked: string[] = [];
    const run = runWithCodeCache(bundle, cache, (id) => (asked.push(id), 'given'));
    expect(asked).toEqual(['./dep.js']);
    expect(run.exports).toMatchObject({ answer: 42, dep: 'given' });
  });

  it('writes a cache that the next run uses, holding the bundle as it was', () => {
    run().write();
    expect(readCodeCacheFile(readFileSync(cache))!.bundle).toEqual(readFileSync(bundle));
    const second = run();
    expect(second.use).toBe('used');
    expect(second.exports).toMatchObject({ answer: 42, dep: 'beside' });
  });

  it('runs the bundle as it is now when the cache was made for other code of the same length', () => {
    // V8 alone would take this cache (it checks the length) and run the old code: 42.
    run().write();
    writeFileSync(bundle, source(43));
    const changed = run();
    expect(changed.use).toBe('stale');
    expect(changed.exports).toMatchObject({ answer: 43 });
  });

  /** Writes a cache, replaces it with `change(cache, where V8's data starts)`, and runs the bundle again. */
  const runAfter = (change: (whole: Buffer, dataStart: number) => Buffer) => {
    run().write();
    const whole = readFileSync(cache);
    writeFileSync(cache, change(whole, whole.length - readCodeCacheFile(whole)!.data.length));
    return run();
  };

  it('runs the bundle when the cache is cut short, is not a cache, or wraps the bundle otherwise', () => {
    const breaks = [
      (whole: Buffer) => whole.subarray(0, 3),
      (whole: Buffer, dataStart: number) => whole.subarray(0, dataStart),
      () => Buffer.from('not a cache at all'),
      (whole: Buffer) => Buffer.concat([Buffer.from('['), whole.subarray(1)]),
    ];
    for (const broken of breaks) {
      const again = runAfter(broken);
      expect(again.use).toBe('stale');
      expect(again.exports).toMatchObject({ answer: 42 });
    }
  });

  it('runs the bundle when V8 refuses the cache (made by another version of it)', () => {
    // V8's data starts with its magic number and version hash.
    const refused = runAfter((whole, dataStart) => Buffer.concat([whole.subarray(0, dataStart), Buffer.alloc(16, 7), whole.subarray(dataStart + 16)]));
    expect(refused.use).toBe('rejected');
    expect(refused.exports).toMatchObject({ answer: 42 });
  });

  it('throws when it cannot write the cache, and leaves no file behind', () => {
    // A folder where the cache should go: the cache is written beside it, and cannot replace it.
    const taken = path.join(dir, 'taken.cache');
    mkdirSync(taken);
    writeFileSync(path.join(taken, 'inside'), '');
    expect(() => runWithCodeCache(bundle, taken).write()).toThrow();
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(readdirSync(taken)).toEqual(['inside']);
  });
});
