// The built-in glossary's index as JSON text, made by the project's own code: scripts/builtinGlossaryIndex.ts,
// bundled with the glossary YAML plugin into a temporary file and run. Used by the build, which
// embeds the result in the bundles, and by vitest, which serves it to the tests the same way.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { builtinIndexPlugin, glossaryYamlPlugin } from './glossaryYamlPlugin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function builtinIndexJson() {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefmark-index-'));
  try {
    const outfile = path.join(dir, 'builtinGlossaryIndex.cjs');
    await build({
      entryPoints: [path.join(root, 'scripts/builtinGlossaryIndex.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'warning',
      plugins: [glossaryYamlPlugin, builtinIndexPlugin(null)],
    });
    // ASCII only, every other character escaped: a process then reads the file as a one-byte
    // string, where a single "é" made node decode all 1.3 MB into a two-byte one (about 10 ms).
    return JSON.stringify(createRequire(import.meta.url)(outfile).builtinGlossaryIndex()).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
