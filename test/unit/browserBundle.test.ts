import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { builtinIndexPlugin } from '../../scripts/glossaryYamlPlugin.mjs';

// The web builds (scripts/build.mjs) must hold no Node built-in: a web worker has none. The
// server must also be one script, as a worker made from a blob: URL cannot import anything.

const root = join(__dirname, '..', '..');
const NODE_BUILTINS = new Set(builtinModules);

async function bundle(entry: string, format: 'iife' | 'cjs') {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format,
    target: 'es2022',
    plugins: [builtinIndexPlugin('{}')],
    external: ['vscode'],
    define: { BRIEFMARK_VERSION: '"0.0.0"' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const builtins = inputs.filter((input) => input.startsWith('node:') || NODE_BUILTINS.has(input.replace(/^.*node_modules\//, '')));
  return { inputs, builtins, code: result.outputFiles[0]!.text };
}

describe('the web builds', () => {
  it('bundle the server with no Node built-in and no import or require left', async () => {
    const { inputs, builtins, code } = await bundle('server/src/browser/main.ts', 'iife');
    expect(inputs).toContain('server/src/lsp/startServer.ts');
    expect(builtins).toEqual([]);
    expect(code).not.toMatch(/\brequire\(["']/);
    expect(code).not.toMatch(/^\s*import\s/m);
  });

  it('bundle the extension with no Node built-in, and nothing of the desktop client', async () => {
    const { inputs, builtins, code } = await bundle('client/src/browser/extension.ts', 'cjs');
    expect(inputs).toContain('client/src/startClient.ts');
    expect(builtins).toEqual([]);
    expect(inputs.filter((input) => input.startsWith('client/src/node/'))).toEqual([]);
    // vscode is the only module it asks its host for.
    expect(new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]))).toEqual(new Set(['vscode']));
  });
});
