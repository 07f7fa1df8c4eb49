import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The extension's bundle against its weight: the preview shares the core's glossary indexing and
// span scanning, but the core's YAML parsing and schema validation stay with the language server.

const root = join(__dirname, '..', '..', '..');
const SERVER_ONLY = ['zod', 'yaml', 'js-yaml'];

/** The source files that end up in dist/extension.js, bundled as scripts/build.mjs does. */
async function extensionInputs(): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['client/src/extension.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    loader: { '.yaml': 'text' },
    external: ['cspell-lib', 'vscode'],
    define: { BRIEFMARK_VERSION: '"0.0.0"' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.keys(output.inputs).map((path) => path.replace(/\\/g, '/'));
}

describe('extension bundle', () => {
  it('leaves out the server-only packages', async () => {
    const inputs = await extensionInputs();
    expect(inputs).toContain('client/src/preview/PreviewData.ts'); // the preview and its core are in
    expect(inputs).toContain('server/src/core/glossary/buildGlossary.ts');
    for (const name of SERVER_ONLY) expect(inputs.filter((path) => path.includes(`node_modules/${name}/`)), name).toEqual([]);
  });
});
