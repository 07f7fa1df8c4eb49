import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { builtinIndexPlugin } from '../../scripts/glossaryYamlPlugin.mjs';

// The web-worker server must be one script with no Node built-in in it: a web worker has none,
// and a worker made from a blob: URL cannot import anything.

const root = join(__dirname, '..', '..');
const NODE_BUILTINS = new Set(builtinModules);

describe('the web-worker server bundle', () => {
  it('bundles with no Node built-in and no import or require left', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['server/src/browser/main.ts'],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      plugins: [builtinIndexPlugin('{}')],
      define: { BRIEFMARK_VERSION: '"0.0.0"' },
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('server/src/lsp/startServer.ts');
    const builtins = inputs.filter((input) => input.startsWith('node:') || NODE_BUILTINS.has(input.replace(/^.*node_modules\//, '')));
    expect(builtins).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\(["']/);
    expect(code).not.toMatch(/^\s*import\s/m);
  });
});
