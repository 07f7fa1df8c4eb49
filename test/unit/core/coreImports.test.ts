import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The core is pure (README "Layout"): text and glossary in, plain data out, so that the CLI, the
// language server on Node and a server in a web worker can all run it. This holds it to that.

const CORE = path.join(__dirname, '..', '..', '..', 'server', 'src', 'core');
const NODE_BUILTINS = new Set(builtinModules);

/** The module specifiers a file imports or re-exports, statically or dynamically (TypeScript's own scanner). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** Why a core file may not import `specifier` from `file`, or undefined when it may. */
function forbidden(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!)) return 'a Node built-in';
  if (specifier === 'vscode' || /^vscode-language(server|client)/.test(specifier)) return 'an editor or LSP library';
  // Data may come from elsewhere (the built-in glossary's YAML files); code may not.
  const data = /\.(ya?ml|json)$/.test(specifier);
  if (specifier.startsWith('.') && !data && !path.resolve(path.dirname(file), specifier).startsWith(CORE + path.sep)) return 'code outside the core';
  return undefined;
}

function coreFiles(folder = CORE): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return coreFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the core imports', () => {
  it('are read from every form of import', () => {
    const source = ["import { a } from 'node:fs';", "import type { B } from './b';", "export * from '../c';", "const d = require('vscode');", "void import('yaml');"].join('\n');
    expect(importsOf(source)).toEqual(['node:fs', './b', '../c', 'vscode', 'yaml']);
    const file = path.join(CORE, 'text', 'x.ts');
    expect(importsOf(source).map((s) => forbidden(file, s))).toEqual(['a Node built-in', undefined, undefined, 'an editor or LSP library', undefined]);
    expect(forbidden(file, 'fs')).toBe('a Node built-in');
    expect(forbidden(file, 'vscode-languageserver/node')).toBe('an editor or LSP library');
    expect(forbidden(file, '../../lsp/hover')).toBe('code outside the core');
    expect(forbidden(file, '../../../glossaries/field/concepts.yaml')).toBeUndefined();
  });

  it('use no Node built-in, no vscode or LSP library, and nothing outside the core', () => {
    const files = coreFiles();
    expect(files.length).toBeGreaterThan(40);
    const problems: string[] = [];
    let count = 0;
    for (const file of files) {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        count++;
        const why = forbidden(file, specifier);
        if (why) problems.push(`${path.relative(CORE, file)} imports "${specifier}": ${why}`);
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
