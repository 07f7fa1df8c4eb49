// Bundles a glossary YAML file as a module with its text (default export) and its data parsed at
// build time (`data`), so the built-in glossary costs no YAML parsing when a process starts. The
// unit tests check that `data` is what the full, validating parser makes of the text.
import { readFile } from 'node:fs/promises';
import { CORE_SCHEMA, load } from 'js-yaml';

/** The module source for one glossary file's text. */
export function glossaryModule(text) {
  const data = load(text, { schema: CORE_SCHEMA, json: false });
  // JSON.parse of a string literal is faster for V8 than an object literal of the same size.
  return `export default ${JSON.stringify(text)};\nexport const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

export const glossaryYamlPlugin = {
  name: 'glossary-yaml',
  setup(build) {
    build.onLoad({ filter: /\.yaml$/ }, async (args) => ({ contents: glossaryModule(await readFile(args.path, 'utf8')), loader: 'js' }));
  },
};

const INDEX_MODULE = 'briefmark:builtin-glossary-index';

/** The file, next to the bundles in dist/, that holds the built-in glossary's index. */
export const INDEX_FILE = 'builtin-glossary-index.json';

/**
 * Resolves the built-in glossary's index: a function that answers its JSON text. `json` embeds the
 * text (the tests); undefined reads INDEX_FILE beside the bundle when first asked (the bundles: a
 * 1.2 MB string literal would cost every process start its compilation); null is the placeholder
 * used while the index itself is built.
 */
export function builtinIndexPlugin(json) {
  return {
    name: 'builtin-glossary-index',
    setup(build) {
      build.onResolve({ filter: /^briefmark:builtin-glossary-index$/ }, () => ({ path: INDEX_MODULE, namespace: 'briefmark' }));
      build.onLoad({ filter: /.*/, namespace: 'briefmark' }, () => ({ contents: builtinIndexModule(json), loader: 'js', resolveDir: process.cwd() }));
    },
  };
}

/** The index module's source (see builtinIndexPlugin). */
export function builtinIndexModule(json) {
  if (json === null) return "export default () => { throw new Error('the built-in glossary index is being built'); };\n";
  if (json !== undefined) return `export default () => ${JSON.stringify(json)};\n`;
  return [
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'node:path';",
    'let text;',
    // Read as bytes, then decoded: Node 20's readFileSync(path, 'utf8') took 18 ms for the 1.3 MB
    // in a cold process, the two steps 12.
    `export default () => (text ??= readFileSync(join(__dirname, ${JSON.stringify(INDEX_FILE)})).toString('utf8'));`,
    '',
  ].join('\n');
}
